package org.hearth.subjectaccess;

/** Who a representative is to the person a request is about. */
public enum RepresentativeKind {
    SOLICITOR("A solicitor"),
    ADVOCATE("An advocate (for example, an IDVA or a mental capacity advocate)"),
    PARENT("A parent, for a young child"),
    OTHER("Someone else with the person's written authority");

    private final String label;

    RepresentativeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
