package org.hearth.encompass.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A school's (or GP practice's) key adult, holding no other role, reaches their own establishment's notifications,
 * their account and the home page, and nothing else (403): not the partnership's groups, not the agencies, not a
 * MARAC list, however harmless each may be. Roles that open records are refused further by the security rules.
 */
@Configuration
class KeyAdultConfinement implements WebMvcConfigurer, HandlerInterceptor {

    static final List<String> ALLOWED = List.of("/", "/account", "/account/**", "/login/**", "/logout", "/error",
            "/denied", "/api/me", "/establishment/**", "/api/establishment/**", "/v3/api-docs");
    private static final AntPathMatcher PATHS = new AntPathMatcher();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/css/**", "/js/**", "/images/**", "/webjars/**",
                "/assets/**", "/favicon.ico", "/robots.txt");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        var me = Actor.current();
        if (me.isPresent() && me.get() instanceof StaffPrincipal p && p.roles().contains(Role.ESTABLISHMENT_CONTACT)
                && p.roles().size() == 1) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (ALLOWED.stream().noneMatch(pattern -> PATHS.match(pattern, path))) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return false;
            }
        }
        return true;
    }
}
