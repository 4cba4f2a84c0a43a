package org.hearth.retention;

/** Why a coordinator keeps a record past its retention date. */
public enum HoldKind {
    LEGAL_HOLD("Legal hold", "Litigation, a court order, an inquiry or a police investigation needs the record"),
    SAFEGUARDING("Safeguarding concern", "A current safeguarding concern or an expected new referral"),
    OTHER("Other", "Another reason, given below");

    private final String label;
    private final String hint;

    HoldKind(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }
}
