package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 10, point 11: the session cookie is {@code Secure} whenever the request arrived over HTTPS (as a trusted
 * proxy reports it), and redirects never carry a forged {@code Host}.
 */
@HearthIntegrationTest
class CookieAndRedirectTest {

    @LocalServerPort
    int port;

    @Test
    void theSessionCookieIsSecureWhenTheRequestCameOverHttps() {
        WebSession viaHttps = new WebSession(port, "10.9.8.7");
        var https = viaHttps.send(HttpRequest.newBuilder(viaHttps.uri("/login")).header("X-Forwarded-Proto", "https").GET());
        assertThat(sessionCookie(https.response().headers().allValues("Set-Cookie")))
                .contains("HttpOnly").containsIgnoringCase("SameSite=Strict").contains("Secure");

        WebSession plain = new WebSession(port);
        var http = plain.get("/login");
        assertThat(sessionCookie(http.response().headers().allValues("Set-Cookie")))
                .as("plain HTTP for local use: a Secure cookie would never come back").doesNotContain("Secure");
    }

    @Test
    void redirectsNeverReflectAForgedHost() throws IOException {
        for (String path : List.of("/", "/people", "/admin/users")) {
            String response = raw("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
            assertThat(response).startsWith("HTTP/1.1 302");
            assertThat(location(response)).isEqualTo("/login");
        }
        String forwarded = raw("GET /people HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Host: evil.example\r\n"
                + "X-Forwarded-Proto: https\r\nConnection: close\r\n\r\n");
        assertThat(location(forwarded)).isEqualTo("/login");
    }

    private static String sessionCookie(List<String> setCookies) {
        return setCookies.stream().filter(c -> c.startsWith("HEARTH_SESSION=")).findFirst().orElseThrow();
    }

    private static String location(String response) {
        return response.lines().filter(l -> l.regionMatches(true, 0, "Location:", 0, 9)).findFirst()
                .map(l -> l.substring(9).trim()).orElse(null);
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
