package org.hearth.strategy;

/** A checklist question; {@code problem} is the common problem a "no" reveals (null for none). */
public record ChecklistQuestion(String code, ChecklistArea area, int position, String text,
        PartnershipProblem problem) {
}
