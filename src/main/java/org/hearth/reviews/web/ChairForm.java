package org.hearth.reviews.web;

/** The independent chair. */
public class ChairForm {

    /** The fields in page order, for the error summary. */
    static final java.util.List<String> FIELDS = java.util.List.of("chair");

    private String chair = "";

    public String getChair() {
        return chair;
    }

    public void setChair(String chair) {
        this.chair = chair;
    }
}
