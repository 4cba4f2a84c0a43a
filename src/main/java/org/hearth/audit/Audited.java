package org.hearth.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Audits a successful call of the annotated method. {@code ids} and {@code reason} are SpEL
 * expressions over the method's parameters by name (e.g. {@code "#id"}); the entry is written in
 * the method's transaction, so a failed write leaves no entry and no entry is lost.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {

    AuditAction action();

    String recordType();

    /** SpEL for the record id or ids (a single value or a collection); empty for none. */
    String ids() default "";

    /** SpEL for the stated reason; empty for none. */
    String reason() default "";
}
