package org.hearth.strategy.web;

/** Adding a theme to a strategy. Fields as typed, so nothing fails to bind; the module checks them. */
public class ThemeForm {

    private String name = "";

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
