package org.hearth.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.hearth.access.ApiClientPrincipal;
import org.hearth.access.ApiClients;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request by its {@code Authorization: Bearer} token, for this request only (nothing is
 * kept in a session). An unknown or revoked token is answered 401 at once, as a problem detail.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    /** API requests that carry a bearer token; only these go through the token chain. */
    static final RequestMatcher BEARER_API = request -> {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && SecurityProblems.isApi(request);
    };

    private final ApiClients clients;

    ApiTokenFilter(ApiClients clients) {
        this.clients = clients;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).trim();
        Optional<ApiClientPrincipal> client = clients.authenticate(token);
        if (client.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            SecurityProblems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "The API token is not valid, or has been revoked.");
            return;
        }
        ApiClientPrincipal principal = client.get();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.authorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
