package org.hearth.housing;

/** The sanctuary measures (CLG practice guide 2010), one job each. */
public enum Measure {
    LOCKS("Locks changed or added"),
    DOOR("Door replaced or reinforced"),
    WINDOW_LOCKS("Window locks"),
    ALARM("Alarm"),
    LIGHTING("Outside lighting"),
    SAFE_ROOM("Safe room (solid door opening outwards, bolts, hinge bolts, viewer)"),
    PROPERTY_MARKING("Property marking"),
    OTHER("Other measure");

    private final String label;

    Measure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
