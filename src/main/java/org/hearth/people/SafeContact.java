package org.hearth.people;

/**
 * Whether and how a person may be contacted safely. A null permission means nobody has asked yet, which
 * the page shows as a warning. The safe phone number and safe address show only to allocated workers.
 */
public record SafeContact(Boolean callOk, Boolean voicemailOk, Boolean textOk, Boolean postOk, Boolean emailOk,
        String safeTimes, String safePhone, String safeAddress, String notes) {

    public static SafeContact notYetAsked() {
        return new SafeContact(null, null, null, null, null, null, null, null, null);
    }

    public boolean anyUnknown() {
        return callOk == null || voicemailOk == null || textOk == null || postOk == null || emailOk == null;
    }

    /** The same rules without the safe phone number and address. */
    public SafeContact withoutContactDetails() {
        return new SafeContact(callOk, voicemailOk, textOk, postOk, emailOk, safeTimes, null, null, notes);
    }
}
