package org.hearth.strategy.web;

import java.util.ArrayList;
import java.util.List;

/** Adding an action area, mapped to objectives. Fields as typed, so nothing fails to bind; the module checks them. */
public class AreaForm {

    private String title = "";
    private List<String> objectives = new ArrayList<>();

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public List<String> getObjectives() { return objectives; }
    public void setObjectives(List<String> objectives) { this.objectives = objectives; }
}
