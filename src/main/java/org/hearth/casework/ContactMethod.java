package org.hearth.casework;

import java.util.function.Function;
import org.hearth.people.SafeContact;

/**
 * How contact was attempted, and the safe-contact rule of the {@code people} module that covers it (null for a
 * method no rule covers: in person, through another agency).
 */
public enum ContactMethod {
    PHONE_CALL("Phone call", SafeContact::callOk),
    VOICEMAIL("Voicemail", SafeContact::voicemailOk),
    TEXT("Text message", SafeContact::textOk),
    POST("Letter", SafeContact::postOk),
    EMAIL("Email", SafeContact::emailOk),
    IN_PERSON("In person", null),
    THROUGH_AGENCY("Through another agency", null);

    private final String label;
    private final Function<SafeContact, Boolean> rule;

    ContactMethod(String label, Function<SafeContact, Boolean> rule) {
        this.label = label;
        this.rule = rule;
    }

    public String label() {
        return label;
    }

    /** Whether the person's rules mark this channel as not safe (an explicit "no"; unknown is not a "no"). */
    public boolean unsafeUnder(SafeContact rules) {
        return rule != null && rules != null && Boolean.FALSE.equals(rule.apply(rules));
    }
}
