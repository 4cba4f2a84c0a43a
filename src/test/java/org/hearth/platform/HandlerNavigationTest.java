package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.Set;
import org.hearth.audit.NotAudited;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The navigation is read from {@link Navigation} on the handlers; a declaration that cannot be a link stops the
 * start.
 */
class HandlerNavigationTest {

    /** Why the handlers below are not audited (AuditCoverageTest scans test classes too). */
    static final String FIXTURE = "a test fixture read by HandlerNavigation, never served";

    @Controller
    @NotAudited(FIXTURE)
    @RequestMapping("/things")
    static class Things {
        @Navigation(label = "Things", order = 2, section = NavigationSection.PEOPLE,
                roles = {"HUB_COORDINATOR", "ANALYST"})
        @Navigation(label = "All things", order = 1, roles = Navigation.SIGNED_IN)
        @GetMapping
        String list() {
            return "things";
        }

        @GetMapping("/{id}")
        String one() {
            return "thing";
        }
    }

    @Controller
    @NotAudited(FIXTURE)
    static class SameOrder {
        @Navigation(label = "Other", order = 2, roles = "ANALYST")
        @GetMapping("/other")
        String other() {
            return "other";
        }
    }

    @Controller
    @NotAudited(FIXTURE)
    static class WithVariable {
        @Navigation(label = "A thing", order = 3, roles = "ANALYST")
        @GetMapping("/things/{id}/more")
        String more() {
            return "more";
        }
    }

    @Controller
    @NotAudited(FIXTURE)
    static class PostOnly {
        @Navigation(label = "Post", order = 4, roles = "ANALYST")
        @PostMapping("/post")
        String post() {
            return "post";
        }
    }

    @Controller
    @NotAudited(FIXTURE)
    static class Prefixed {
        @Navigation(label = "Prefixed", order = 5, roles = "ROLE_ANALYST")
        @GetMapping("/prefixed")
        String prefixed() {
            return "prefixed";
        }
    }

    @Test
    void eachDeclarationIsALinkToItsHandlersPathInOrder() {
        assertThat(items(Things.class)).containsExactly(
                new NavigationItem("All things", "/things", 1, Set.of("SIGNED_IN"), null),
                new NavigationItem("Things", "/things", 2, Set.of("ROLE_HUB_COORDINATOR", "ROLE_ANALYST"),
                        NavigationSection.PEOPLE));
    }

    @Test
    void twoLinksOfOneOrderAreRefused() {
        assertThatIllegalStateException().isThrownBy(() -> items(Things.class, SameOrder.class))
                .withMessageContaining("same order, 2");
    }

    @Test
    void aLinkNeedsOneGetPathWithoutVariablesAndRolesWithoutThePrefix() {
        assertThatIllegalStateException().isThrownBy(() -> items(WithVariable.class))
                .withMessageContaining("one GET path without variables");
        assertThatIllegalStateException().isThrownBy(() -> items(PostOnly.class))
                .withMessageContaining("one GET path without variables");
        assertThatIllegalStateException().isThrownBy(() -> items(Prefixed.class))
                .withMessageContaining("without ROLE_");
    }

    private static List<NavigationItem> items(Class<?>... controllers) {
        StaticWebApplicationContext context = new StaticWebApplicationContext();
        for (Class<?> c : controllers) {
            context.registerSingleton(c.getSimpleName(), c);
        }
        context.refresh();
        RequestMappingHandlerMapping mapping = new RequestMappingHandlerMapping();
        mapping.setApplicationContext(context);
        mapping.afterPropertiesSet();
        return HandlerNavigation.items(List.of(mapping));
    }
}
