package org.hearth.reviews.web;

import org.hearth.platform.web.DateParts;

/** A recommendation added to the action plan. */
public class RecommendationForm {

    /** The fields in page order, for the error summary. */
    static final java.util.List<String> FIELDS = java.util.List.of("text", "theme", "owner", "dueBy");

    private String text = "";
    private String theme = "";
    private String owner = "";
    private DateParts dueBy = new DateParts();

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public DateParts getDueBy() {
        return dueBy;
    }

    public void setDueBy(DateParts dueBy) {
        this.dueBy = dueBy;
    }
}
