package org.hearth.referrals;

import java.time.LocalDate;
import java.util.Comparator;
import org.hearth.people.PersonId;
import org.hearth.risk.RiskGrade;
import org.hearth.risk.RiskSummary;

/**
 * A referral waiting for triage, as the queue shows it. The risk fields come from the victim's latest
 * assessment, if any ({@code riskGrade} null when never assessed).
 */
public record QueueEntry(ReferralId id, String reference, PersonId victim, String victimName, String agencyName,
        String areaName, LocalDate receivedOn, int daysWaiting, Integer riskScore, RiskGrade riskGrade,
        boolean visibleHighRisk, boolean repeatVictim, boolean childrenPresent) {

    /** Queue order: high risk first, then medium, standard, not yet assessed; then the longest waiting. */
    public static final Comparator<QueueEntry> RISK_THEN_WAITING = Comparator
            .comparingInt((QueueEntry e) -> e.riskGrade() == null ? -1 : e.riskGrade().ordinal()).reversed()
            .thenComparing(Comparator.comparingInt(QueueEntry::daysWaiting).reversed());

    public QueueEntry withRisk(RiskSummary risk) {
        return risk == null ? this : new QueueEntry(id, reference, victim, victimName, agencyName, areaName, receivedOn,
                daysWaiting, risk.score(), risk.finalGrade(), risk.visibleHighRisk(), repeatVictim, childrenPresent);
    }
}
