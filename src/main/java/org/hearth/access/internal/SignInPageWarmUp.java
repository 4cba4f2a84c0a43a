package org.hearth.access.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * One sign-in page through the real HTTP stack on this instance's own address, for {@link SignInWarmUp}:
 * {@code GET /login} (filters, Spring Security, the controller, Thymeleaf and the layout), then {@code POST /logout}
 * with the page's session cookie and CSRF token, so the session the page's CSRF token made is not kept. Neither is
 * audited and no password is sent, so {@link LoginThrottle} counts nothing.
 */
@Component
class SignInPageWarmUp {

    private static final Logger log = LoggerFactory.getLogger(SignInPageWarmUp.class);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final Environment env;
    private HttpClient client;
    private URI base;

    SignInPageWarmUp(Environment env) {
        this.env = env;
    }

    /** Whether a web server is listening (none in a test without one): the port Spring Boot publishes once it is. */
    boolean available() {
        String port = env.getProperty("local.server.port");
        if (port == null) {
            return false;
        }
        try {
            base = new URI("http", null, host(env.getProperty("server.address", "")), Integer.parseInt(port),
                    env.getProperty("server.servlet.context-path", ""), null, null);
        } catch (URISyntaxException | IOException | NumberFormatException e) {
            log.warn("Sign-in warm-up: no page requests, the server's address is not usable: {}", e.toString());
            return false;
        }
        client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return true;
    }

    /** Loopback unless the server listens on one address only. */
    private static String host(String address) throws IOException {
        if (address.isBlank()) {
            return InetAddress.getLoopbackAddress().getHostAddress();
        }
        InetAddress bound = InetAddress.getByName(address);
        return (bound.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : bound).getHostAddress();
    }

    /**
     * Renders the sign-in page once and ends its session, each request waiting at most {@code timeout} (the first page
     * on a cold JVM of a busy machine can take seconds); false (with a WARN saying why) when either failed.
     */
    boolean renderOnce(Duration timeout) {
        try {
            HttpResponse<String> page = client.send(request("/login", timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                return failed("GET /login answered " + page.statusCode());
            }
            String cookies = cookies(page);
            if (cookies.isEmpty()) {
                return true; // no session made: none to end
            }
            Matcher token = CSRF.matcher(page.body());
            if (!token.find()) {
                return failed("the sign-in page has no CSRF token, so its session cannot be ended");
            }
            HttpResponse<Void> logout = client.send(request("/logout", timeout).header("Cookie", cookies)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.discarding());
            return logout.statusCode() / 100 == 3 || failed("POST /logout answered " + logout.statusCode());
        } catch (IOException e) {
            return failed(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("interrupted");
        }
    }

    private HttpRequest.Builder request(String path, Duration timeout) {
        return HttpRequest.newBuilder(base.resolve(base.getPath() + path)).timeout(timeout);
    }

    /** The cookies the answer set (the session's), as a {@code Cookie} header. */
    private static String cookies(HttpResponse<?> response) {
        List<String> set = response.headers().allValues("Set-Cookie");
        return set.stream().map(c -> c.split(";", 2)[0]).collect(Collectors.joining("; "));
    }

    private static boolean failed(String reason) {
        log.warn("Sign-in warm-up: no more sign-in pages, {}", reason);
        return false;
    }
}
