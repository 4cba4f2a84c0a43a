package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.platform.UiShell.NavLink;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The navigation every role sees, on every page of its navigation, is the one recorded in
 * {@code navigation-by-role.txt}: the menu's links (label, path, the current one marked), the second row of the
 * section the page is in, and each section page's list. Recorded before the items moved from beans to
 * {@link Navigation} on the handlers; a change to the navigation is a change to that file. The text rendered is
 * written to {@code target/navigation-by-role.txt}, to compare.
 */
@HearthIntegrationTest
class NavigationByRoleTest {

    private static final String RECORDED = "navigation-by-role.txt";

    @Autowired
    UiShell shell;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void everyRoleSeesTheNavigationRecorded() throws IOException {
        StringBuilder text = new StringBuilder();
        for (Role role : Role.values()) {
            render(text, role.name(), role.authority(), StaffPrincipal.SIGNED_IN);
        }
        render(text, "PARTNERSHIP_COORDINATOR and ANALYST", Role.PARTNERSHIP_COORDINATOR.authority(),
                Role.ANALYST.authority(), StaffPrincipal.SIGNED_IN);
        render(text, "every role", Stream.concat(Stream.of(Role.values()).map(Role::authority),
                Stream.of(StaffPrincipal.SIGNED_IN)).toArray(String[]::new));
        render(text, "SIGNED_IN only", StaffPrincipal.SIGNED_IN);
        render(text, "ROLE_HUB_COORDINATOR without SIGNED_IN (a sign-in half done)", Role.HUB_COORDINATOR.authority());
        String rendered = text.toString();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", RECORDED), rendered);
        String recorded;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(RECORDED), RECORDED)) {
            recorded = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(rendered).isEqualTo(recorded);
    }

    private void render(StringBuilder text, String who, String... authorities) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "someone", null, AuthorityUtils.createAuthorityList(authorities)));
        text.append("== ").append(who).append('\n');
        at("/");
        Set<String> pages = new LinkedHashSet<>(List.of("/"));
        shell.navigation().forEach(l -> pages.add(l.path()));
        for (NavigationSection section : NavigationSection.values()) {
            shell.section(section).forEach(l -> pages.add(l.path()));
        }
        for (String page : pages) {
            at(page);
            text.append("at ").append(page).append('\n');
            text.append("  menu: ").append(links(shell.navigation())).append('\n');
            shell.sectionMenu().ifPresent(m -> text.append("  ").append(m.label()).append(": ")
                    .append(links(m.links())).append('\n'));
        }
        at("/");
        for (NavigationSection section : NavigationSection.values()) {
            text.append("  section ").append(section.slug()).append(' ').append(links(shell.section(section)))
                    .append('\n');
        }
    }

    private static void at(String path) {
        RequestContextHolder.setRequestAttributes(
                new ServletRequestAttributes(new MockHttpServletRequest("GET", path)));
    }

    private static String links(List<NavLink> links) {
        return links.stream().map(l -> (l.current() ? "*" : "") + l.label() + " <" + l.path() + ">")
                .collect(Collectors.joining(" | "));
    }
}
