package org.hearth.subjectaccess;

import java.time.LocalDate;

/**
 * Someone making a request for the person (UK GDPR Art. 15 through an agent): who they are, the authority they showed
 * (a signed authority, a court order, parental responsibility) and the check of their own identity (the day and what
 * was seen, or both null until checked). The release goes to them; the redaction stays the person's own.
 */
public record Representative(String name, RepresentativeKind kind, String authority, LocalDate checkedOn,
        String evidence) {

    public boolean checked() {
        return checkedOn != null;
    }

    /** "Ms A Solicitor (a solicitor)", for the output's "released to". */
    public String describe() {
        return name + " (" + kind.label().substring(0, 1).toLowerCase() + kind.label().substring(1) + ")";
    }
}
