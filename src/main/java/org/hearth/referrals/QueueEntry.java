package org.hearth.referrals;

import java.time.LocalDate;
import org.hearth.people.PersonId;
import org.hearth.risk.RiskGrade;

/**
 * A referral waiting for triage, as the queue shows it. The risk fields come from the victim's latest
 * assessment, if any ({@code riskGrade} null when never assessed).
 */
public record QueueEntry(ReferralId id, String reference, PersonId victim, String victimName, String agencyName,
        String areaName, LocalDate receivedOn, int daysWaiting, Integer riskScore, RiskGrade riskGrade,
        boolean visibleHighRisk, boolean repeatVictim, boolean childrenPresent) {
}
