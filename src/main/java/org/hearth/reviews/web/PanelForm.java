package org.hearth.reviews.web;

/** A named member of staff added to the panel. */
public class PanelForm {

    /** The fields in page order, for the error summary. */
    static final java.util.List<String> FIELDS = java.util.List.of("member");

    private String member = "";

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }
}
