package org.hearth.casework;

/**
 * Why a case closed (a row of {@code casework_closure_reason}: data). A reason that does not need outcomes (the
 * victim disengaged, declined, could not be contacted) closes a case without exit outcomes.
 */
public record ClosureReason(String code, String label, boolean needsOutcomes) {
}
