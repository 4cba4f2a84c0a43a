package org.hearth.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The client's address and whether it came over HTTPS, believing {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto} only from the proxies listed in {@code hearth.security.trusted-proxies} (addresses or
 * CIDR ranges). Runs before everything else (sessions, Spring Security, the audit), so the session cookie is
 * {@code Secure} whenever the request arrived over HTTPS, the sign-in throttle counts the real client, and the
 * audit records it.
 *
 * <p>The client is the right-most address in {@code X-Forwarded-For} that is not itself a trusted proxy: anything
 * to the left of it was written by the client and may be forged. The scheme is the right-most
 * {@code X-Forwarded-Proto} value (the one the nearest proxy wrote). {@code X-Forwarded-Host} and
 * {@code Forwarded} are never believed, and every forwarding header is hidden from the rest of the application,
 * so nothing downstream can build a URL from a forged one.
 */
class TrustedProxyFilter extends OncePerRequestFilter {

    private static final Set<String> FORWARDING_HEADERS = Set.of("forwarded", "x-forwarded-for",
            "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "x-forwarded-prefix", "x-forwarded-ssl");

    private final List<IpAddressMatcher> trusted;

    TrustedProxyFilter(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(String::trim).filter(s -> !s.isEmpty()).map(IpAddressMatcher::new)
                .toList();
    }

    boolean isTrusted(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        for (IpAddressMatcher matcher : trusted) {
            try {
                if (matcher.matches(address)) {
                    return true;
                }
            } catch (IllegalArgumentException notAnAddress) {
                return false;
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = request.getRemoteAddr();
        boolean https = request.isSecure();
        if (isTrusted(client)) {
            List<String> hops = values(request, "X-Forwarded-For");
            for (int i = hops.size() - 1; i >= 0; i--) {
                String hop = hops.get(i);
                if (!looksLikeAddress(hop)) {
                    break;
                }
                client = hop;
                if (!isTrusted(hop)) {
                    break;
                }
            }
            List<String> protos = values(request, "X-Forwarded-Proto");
            if (!protos.isEmpty()) {
                https = "https".equalsIgnoreCase(protos.get(protos.size() - 1));
            }
        }
        chain.doFilter(new Forwarded(request, client, https), response);
    }

    private static List<String> values(HttpServletRequest request, String header) {
        List<String> values = new ArrayList<>();
        Enumeration<String> headers = request.getHeaders(header);
        while (headers != null && headers.hasMoreElements()) {
            for (String part : headers.nextElement().split(",")) {
                if (!part.isBlank()) {
                    values.add(part.trim());
                }
            }
        }
        return values;
    }

    private static boolean looksLikeAddress(String s) {
        return s.length() <= 45 && s.matches("[0-9A-Fa-f.:]+");
    }

    /** The request as the client made it: its address and scheme, without forwarding headers. */
    static final class Forwarded extends HttpServletRequestWrapper {

        private final String client;
        private final boolean https;

        Forwarded(HttpServletRequest request, String client, boolean https) {
            super(request);
            this.client = client;
            this.https = https;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }

        @Override
        public boolean isSecure() {
            return https;
        }

        @Override
        public String getScheme() {
            return https ? "https" : "http";
        }

        @Override
        public String getHeader(String name) {
            return hidden(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = new ArrayList<>();
            Enumeration<String> all = super.getHeaderNames();
            while (all != null && all.hasMoreElements()) {
                String name = all.nextElement();
                if (!hidden(name)) {
                    names.add(name);
                }
            }
            return Collections.enumeration(names);
        }

        private static boolean hidden(String name) {
            return name != null && FORWARDING_HEADERS.contains(name.toLowerCase(Locale.ROOT));
        }
    }
}
