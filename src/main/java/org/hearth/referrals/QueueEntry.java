package org.hearth.referrals;

import java.time.LocalDate;

/** A referral waiting for triage, as the queue shows it. */
public record QueueEntry(ReferralId id, String reference, String victimName, String agencyName, String areaName,
        LocalDate receivedOn, int daysWaiting, Integer riskScore, String riskGrade, boolean repeatVictim,
        boolean childrenPresent) {
}
