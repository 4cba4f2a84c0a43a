package org.hearth.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An organisation's application for the Quality Mark: the level sought, the evidence added per standard, the
 * assessor's decision per standard and, once awarded, the award.
 */
public record QualityMarkApplication(QualityMarkApplicationId id, Holder holder, int levelSought, LocalDate openedOn,
        List<Evidence> evidence, List<Decision> decisions, Award award) {

    public QualityMarkApplication {
        evidence = List.copyOf(evidence);
        decisions = List.copyOf(decisions);
    }

    /** A piece of evidence for one standard: a note, a file, or both (the file's bytes are read separately). */
    public record Evidence(UUID id, String standardCode, String note, String fileName, LocalDate addedOn) {
    }

    /** The assessor's decision on one standard. */
    public record Decision(String standardCode, boolean met, String note, LocalDate decidedOn) {
    }

    /** The award: its level, the day it was made and the last day it holds. */
    public record Award(int level, LocalDate awardedOn, LocalDate expiresOn) {
    }

    public boolean awarded() {
        return award != null;
    }

    public List<Evidence> evidenceFor(String standardCode) {
        return evidence.stream().filter(e -> e.standardCode().equals(standardCode)).toList();
    }

    public Optional<Decision> decisionOn(String standardCode) {
        return decisions.stream().filter(d -> d.standardCode().equals(standardCode)).findFirst();
    }
}
