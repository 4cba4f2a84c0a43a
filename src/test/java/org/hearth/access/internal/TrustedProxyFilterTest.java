package org.hearth.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Forwarding headers are believed only from trusted proxies, and only the hop the nearest proxy saw. */
class TrustedProxyFilterTest {

    private final TrustedProxyFilter filter = new TrustedProxyFilter(List.of("192.0.2.0/24", "2001:db8::/32"));

    @Test
    void theClientAddressComesFromTrustedProxiesOnly() throws Exception {
        assertThat(seen("192.0.2.10", "198.51.100.7", null).getRemoteAddr()).isEqualTo("198.51.100.7");
        assertThat(seen("2001:db8::1", "198.51.100.7", null).getRemoteAddr()).isEqualTo("198.51.100.7");
        assertThat(seen("203.0.113.9", "198.51.100.7", null).getRemoteAddr()).as("an untrusted sender's header")
                .isEqualTo("203.0.113.9");
        assertThat(seen("192.0.2.10", "6.6.6.6, 198.51.100.7", null).getRemoteAddr())
                .as("the right-most untrusted hop, not what the client wrote on the left").isEqualTo("198.51.100.7");
        assertThat(seen("192.0.2.10", "198.51.100.7, 192.0.2.11", null).getRemoteAddr()).isEqualTo("198.51.100.7");
        assertThat(seen("192.0.2.10", "<script>", null).getRemoteAddr()).as("not an address").isEqualTo("192.0.2.10");
    }

    @Test
    void httpsComesFromTrustedProxiesOnly() throws Exception {
        assertThat(seen("192.0.2.10", null, "https").isSecure()).isTrue();
        assertThat(seen("192.0.2.10", null, "https").getScheme()).isEqualTo("https");
        assertThat(seen("192.0.2.10", null, "http").isSecure()).isFalse();
        assertThat(seen("192.0.2.10", null, "https, http").isSecure()).as("the nearest proxy's word").isFalse();
        assertThat(seen("203.0.113.9", null, "https").isSecure()).as("a client claiming HTTPS itself").isFalse();
    }

    @Test
    void forwardingHeadersAreHiddenFromTheApplication() throws Exception {
        MockHttpServletRequest request = request("192.0.2.10", "198.51.100.7", "https");
        request.addHeader("X-Forwarded-Host", "evil.example");
        request.addHeader("Forwarded", "host=evil.example");
        HttpServletRequest seen = filter(request);
        assertThat(seen.getHeader("X-Forwarded-Host")).isNull();
        assertThat(seen.getHeader("Forwarded")).isNull();
        assertThat(seen.getHeaders("X-Forwarded-For").hasMoreElements()).isFalse();
        assertThat(java.util.Collections.list(seen.getHeaderNames())).doesNotContain("X-Forwarded-Host");
    }

    private HttpServletRequest seen(String remote, String forwardedFor, String proto) throws Exception {
        return filter(request(remote, forwardedFor, proto));
    }

    private static MockHttpServletRequest request(String remote, String forwardedFor, String proto) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setRemoteAddr(remote);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        if (proto != null) {
            request.addHeader("X-Forwarded-Proto", proto);
        }
        return request;
    }

    private HttpServletRequest filter(MockHttpServletRequest request) throws Exception {
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set((HttpServletRequest) req));
        return seen.get();
    }
}
