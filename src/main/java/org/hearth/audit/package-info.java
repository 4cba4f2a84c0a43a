/**
 * The audit trail: an append-only, hash-chained record of who read or changed what, when, from
 * where and why. Record with one line, {@code auditTrail.record(AuditAction.READ, "person", id)},
 * or annotate a handler with {@link org.hearth.audit.Audited}; every web handler must carry
 * {@code @Audited} or {@link org.hearth.audit.NotAudited} (a guard test enforces it).
 * {@link org.hearth.audit.AuditTrail#verify()} recomputes the chain and reports the first break. System
 * administrators search the trail, and check it, at {@code /audit}; each search is itself recorded.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.hearth.audit;
