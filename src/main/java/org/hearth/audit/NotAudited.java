package org.hearth.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a web handler (or every handler of a class) needs no audit entry of its own, and says why:
 * it touches no person data, or the module API it calls records the entry itself (e.g. {@code People.record}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface NotAudited {

    /** Why no audit entry is needed. */
    String value();
}
