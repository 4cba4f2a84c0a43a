package org.hearth.platform;

import java.util.Set;

/**
 * A link in the service navigation, contributed by a module as a bean. Shown to users holding any of
 * {@code authorities} (e.g. {@code ROLE_SYSTEM_ADMIN}, or {@code SIGNED_IN} for everyone signed in).
 */
public record NavigationItem(String label, String path, int order, Set<String> authorities) {

    public NavigationItem(String label, String path, int order, String... authorities) {
        this(label, path, order, Set.of(authorities));
    }
}
