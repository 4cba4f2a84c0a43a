package org.hearth.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without JavaScript, over real HTTP: keeps cookies, follows no redirects by itself, and
 * submits forms with the CSRF token of the page they came from. Exercises the whole stack, including
 * PostgreSQL-backed sessions.
 */
public class WebSession {

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private final String clientAddress;
    private Page last;

    public WebSession(int port) {
        this(port, null);
    }

    /**
     * A browser at another address: each request says {@code X-Forwarded-For: clientAddress}, which Hearth believes
     * because the test context trusts loopback as a proxy ({@code hearth.security.trusted-proxies}).
     */
    public WebSession(int port, String clientAddress) {
        this.clientAddress = clientAddress;
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A response, with its HTML parsed. */
    public record Page(int status, HttpResponse<String> response, Document html) {

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String location() {
            return header("Location");
        }

        public String body() {
            return response.body();
        }

        public String errorSummary() {
            Element summary = html.selectFirst(".govuk-error-summary");
            return summary == null ? null : summary.text();
        }

        public String csrf() {
            Element token = html.selectFirst("input[name=_csrf]");
            return token == null ? null : token.attr("value");
        }
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** GETs and follows redirects within Hearth, as a browser would. */
    public Page open(String path) {
        Page page = get(path);
        for (int i = 0; i < 5 && page.status() / 100 == 3; i++) {
            page = get(page.location());
        }
        return page;
    }

    /** Posts a form with the CSRF token from the last page seen. */
    public Page post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (last != null && last.csrf() != null) {
            all.putIfAbsent("_csrf", last.csrf());
        }
        return postRaw(path, all);
    }

    /** Posts exactly these fields (no CSRF token added). */
    public Page postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Page send(HttpRequest.Builder request) {
        if (clientAddress != null) {
            request.setHeader("X-Forwarded-For", clientAddress);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            last = new Page(response.statusCode(), response, Jsoup.parse(response.body(), base));
            return last;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Username and password; returns the page reached (the code or enrolment page, or home for demo users). */
    public Page signIn(String username, String password) {
        open("/login");
        Page result = post("/login", Map.of("username", username, "password", password));
        return result.status() / 100 == 3 ? open(result.location()) : result;
    }

    /** Password then TOTP code: a complete sign-in. */
    public Page signIn(Fixtures.TestUser user) {
        signIn(user.username(), user.password());
        Page result = post("/login/code", Map.of("code", user.code(0)));
        return result.status() / 100 == 3 ? open(result.location()) : result;
    }

    /**
     * Breaks the glass on {@code person} with a reason the form accepts, as the person page's form does, and returns
     * the person page read afterwards. Fails unless the opening was recorded (303) and the page then shows the record.
     */
    public Page breakGlass(java.util.UUID person) {
        open("/people/" + person);
        Page opened = post("/people/" + person + "/break-glass",
                Map.of("reason", "Called about a safeguarding concern today"));
        if (opened.status() != 303) {
            throw new AssertionError("break-glass on " + person + " answered " + opened.status());
        }
        Page page = get("/people/" + person);
        if (page.html().select("#person-details").isEmpty()) {
            throw new AssertionError("the record of " + person + " does not show after breaking the glass");
        }
        return page;
    }

    public String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("HEARTH_SESSION"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    public URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
