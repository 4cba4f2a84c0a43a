package org.hearth.strategy.web;

/**
 * Adding an objective under a theme, with its first status (the status, its date and note as {@link StatusForm}).
 * Fields as typed, so nothing fails to bind; the module checks them.
 */
public class ObjectiveForm extends StatusForm {

    private String theme = "";
    private String text = "";

    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
