package org.hearth.platform;

import java.util.Set;

/**
 * A link in the service navigation, contributed by a module as a bean. Shown to users holding any of
 * {@code authorities} (e.g. {@code ROLE_SYSTEM_ADMIN}, or {@code SIGNED_IN} for everyone signed in). An item in a
 * {@code section} (null for none) is shown under the section's one link when the user has two or more of its
 * items, so a role with many areas gets a navigation that fits on one line; the section's items then show as a
 * second row on its pages.
 */
public record NavigationItem(String label, String path, int order, Set<String> authorities, NavigationSection section) {

    public NavigationItem(String label, String path, int order, String... authorities) {
        this(label, path, order, Set.of(authorities), null);
    }

    public NavigationItem(String label, String path, int order, Set<String> authorities) {
        this(label, path, order, authorities, null);
    }

    /** This item, in a section. */
    public NavigationItem in(NavigationSection section) {
        return new NavigationItem(label, path, order, authorities, section);
    }
}
