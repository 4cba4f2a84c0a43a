package org.hearth.strategy;

/** The five areas of the LGA/Tavistock partnership self-assessment checklist (seed 000 §2.3, seed 001 §4-8). */
public enum ChecklistArea {
    SUSTAINABILITY_LEADERSHIP("Sustainability and leadership"),
    STRUCTURES("Structures for partnership working"),
    STRATEGY_RESOURCES("A realistic strategy founded on resources"),
    PRACTICE_DELIVERY("Practice development and service delivery"),
    COORDINATOR("The coordinator role");

    private final String label;

    ChecklistArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
