package org.hearth.encompass.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUserId;
import org.hearth.partnership.AgencyId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.handler.MappedInterceptor;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The key adult's confinement, one layer down from the pages: a school's key adult holding no other role reaches
 * their own establishment's pages, their account and the home page, and is refused (403) everything else a
 * signed-in user could otherwise open (the partnership's groups, the agencies, MARAC lists), whatever the context
 * path. A key adult who also holds a casework role, and every other user, is left to the security rules.
 */
class KeyAdultConfinementGuardTest {

    private final KeyAdultConfinement confinement = new KeyAdultConfinement();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void actAs(Role... roles) {
        StaffPrincipal p = new StaffPrincipal(new StaffUserId(UUID.randomUUID()), "user", "A User",
                new AgencyId(UUID.randomUUID()), Set.of(roles), true, false, true, null);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
    }

    /** The status the interceptor leaves (200 when it lets the request through) and whether it let it through. */
    private record Answer(boolean through, int status) {
    }

    private Answer ask(String contextPath, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", contextPath + path);
        request.setContextPath(contextPath);
        MockHttpServletResponse response = new MockHttpServletResponse();
        boolean through = confinement.preHandle(request, response, new Object());
        return new Answer(through, response.getStatus());
    }

    private static final List<String> ELSEWHERE = List.of("/partnership", "/partnership/groups", "/agencies",
            "/marac", "/maracs/" + UUID.randomUUID(), "/people/" + UUID.randomUUID(), "/api/people",
            "/api/referrals", "/hub", "/directory", "/accounts", "/establishments");

    private static final List<String> OWN = List.of("/", "/account", "/account/password", "/login/totp", "/logout",
            "/error", "/denied", "/api/me", "/establishment/notifications",
            "/establishment/notifications/" + UUID.randomUUID(), "/api/establishment/notifications", "/v3/api-docs");

    @Test
    void aKeyAdultAloneIsRefusedEverythingButTheirOwnPagesWhateverTheContextPath() throws Exception {
        actAs(Role.ESTABLISHMENT_CONTACT);
        for (String context : List.of("", "/hearth")) {
            for (String path : ELSEWHERE) {
                assertThat(ask(context, path)).as(context + path).isEqualTo(new Answer(false, 403));
            }
            for (String path : OWN) {
                assertThat(ask(context, path)).as(context + path).isEqualTo(new Answer(true, 200));
            }
        }
        // the context path is taken off before matching, never matched as part of the path
        assertThat(ask("/establishment", "/partnership")).isEqualTo(new Answer(false, 403));
    }

    @Test
    void aKeyAdultWithAnotherRoleAndEveryoneElseAreLeftToTheSecurityRules() throws Exception {
        actAs(Role.ESTABLISHMENT_CONTACT, Role.PRACTITIONER);
        assertThat(ask("", "/partnership")).isEqualTo(new Answer(true, 200));
        actAs(Role.PRACTITIONER);
        assertThat(ask("", "/marac")).isEqualTo(new Answer(true, 200));
        SecurityContextHolder.clearContext();
        assertThat(ask("", "/agencies")).isEqualTo(new Answer(true, 200));
    }

    private static MockHttpServletRequest parsed(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        ServletRequestPathUtils.parseAndCache(request);
        return request;
    }

    @Test
    void theConfinementIsRegisteredForEveryPathButStaticFiles() {
        class Registry extends InterceptorRegistry {
            List<Object> registered() {
                return getInterceptors();
            }
        }
        Registry registry = new Registry();
        confinement.addInterceptors(registry);
        assertThat(registry.registered()).hasSize(1);
        MappedInterceptor mapped = (MappedInterceptor) registry.registered().get(0);
        assertThat(mapped.getInterceptor()).isSameAs(confinement);
        for (String path : List.of("/partnership", "/marac", "/api/people", "/")) {
            assertThat(mapped.matches(parsed(path))).as(path).isTrue();
        }
        for (String path : List.of("/css/app.css", "/js/a.js", "/images/a.png", "/webjars/x/y.js",
                "/assets/fonts/a.woff2", "/favicon.ico", "/robots.txt")) {
            assertThat(mapped.matches(parsed(path))).as(path).isFalse();
        }
    }
}
