package org.hearth.casework;

import java.time.Instant;

/** One version of a case's safety plan, section by section (any may be blank). */
public record SafetyPlan(int version, String safeContacts, String escapePlan, String documentsAndBag,
        String codeWord, String children, String technology, String atHome, String atWork, String recordedBy,
        Instant recordedAt) {

    /** The sections as written, without the version and who wrote it. */
    public record Sections(String safeContacts, String escapePlan, String documentsAndBag, String codeWord,
            String children, String technology, String atHome, String atWork) {
    }
}
