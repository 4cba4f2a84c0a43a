package org.hearth.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A link in the service navigation to the page this handler shows: its path is the handler's one GET path, so the
 * link always names a page that exists. Shown to users holding any of {@code roles} (role names as in
 * {@code hasAnyRole}, e.g. {@code "HUB_COORDINATOR"}, or {@link #SIGNED_IN} for everyone signed in). Links are
 * shown by {@code order}, which no two links share. A link in a {@code section} is shown under the section's one
 * link when the user has two or more of its links, so a role with many areas gets a navigation that fits on one line;
 * the section's links then show as a second row on its pages. Repeat the annotation for a page that two groups of
 * roles find under different names ("Refuge vacancies" for referrers, "Refuge providers" for coordinators).
 * {@link UiShell} collects them from the handler mappings at start.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(Navigation.List.class)
public @interface Navigation {

    /** Everyone fully signed in (the access module's {@code StaffPrincipal.SIGNED_IN} authority). */
    String SIGNED_IN = "SIGNED_IN";

    String label();

    /** Its place in the navigation, unique: 0 is Home, 1000 "Your account". */
    int order();

    /** Role names ({@code "SYSTEM_ADMIN"}), or {@link #SIGNED_IN}. */
    String[] roles();

    /** The section it is in; none by default. */
    NavigationSection[] section() default {};

    /** Several links to one page. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {
        Navigation[] value();
    }
}
