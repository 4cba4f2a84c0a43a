package org.hearth.platform;

import java.util.Set;

/**
 * A link in the service navigation, as a module declares it with {@link Navigation} on its page's handler: shown to
 * users holding any of {@code authorities} (e.g. {@code ROLE_SYSTEM_ADMIN}, or {@code SIGNED_IN} for everyone signed
 * in), in its {@code section} (null for none).
 */
record NavigationItem(String label, String path, int order, Set<String> authorities, NavigationSection section) {
}
