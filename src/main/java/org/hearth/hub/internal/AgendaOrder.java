package org.hearth.hub.internal;

import java.util.Comparator;
import org.hearth.referrals.HubCandidate;
import org.hearth.risk.RiskGrade;

/**
 * The order of the hub's agenda: high risk, then medium, then not assessed, then standard (the higher of Hearth's
 * latest assessment and the police's DASH grade); within a band, cases carried over from an earlier meeting first,
 * then repeat victims, then serial perpetrators, then the highest score, then the longest waiting.
 */
final class AgendaOrder {

    private AgendaOrder() {
    }

    /** A candidate with whether it was carried over. */
    record Ranked(HubCandidate candidate, boolean carriedOver) {
    }

    static int band(RiskGrade grade) {
        if (grade == null) {
            return 2;
        }
        return switch (grade) {
            case HIGH -> 0;
            case MEDIUM -> 1;
            case STANDARD -> 3;
        };
    }

    static final Comparator<Ranked> ORDER = Comparator
            .comparingInt((Ranked r) -> band(r.candidate().grade()))
            .thenComparing(r -> !r.carriedOver())
            .thenComparing(r -> !r.candidate().repeatVictim())
            .thenComparing(r -> !r.candidate().serialPerpetrator())
            .thenComparing(r -> r.candidate().score() == null ? Integer.MAX_VALUE : -r.candidate().score())
            .thenComparing(r -> r.candidate().receivedOn())
            .thenComparing(r -> r.candidate().reference());
}
