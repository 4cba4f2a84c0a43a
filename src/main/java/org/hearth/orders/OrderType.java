package org.hearth.orders;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A type of protective order, as data (table {@code order_type}, seeded by migration V160 and changed by a row, not
 * by code).
 *
 * @param minDays the shortest length in days (counting the first and the last day), or null
 * @param maxDays the longest length in days, or null
 * @param endRequired an end date must be recorded (a fixed-length order)
 * @param warningDays the involved agencies are warned this many days before the order ends: per type, so a short
 *     order is not flagged as ending on its first day
 * @param authorisation who must authorise it (a DVPN: a superintendent or above), or null
 * @param noticeType the code of the notice this order follows (a DVPO follows a DVPN), or null
 * @param noticeRequired the time that notice was given must be recorded (a DVPO; a DAPO may be applied for without)
 * @param availableFrom the first day the type can be made (the DAPO pilot: 27 November 2024), or null
 * @param areas where the type is available, when only in some places (a pilot)
 */
public record OrderType(String code, String name, String shortName, String legislation, Integer minDays,
        Integer maxDays, boolean endRequired, int warningDays, String authorisation, Set<Applicant> applicants,
        boolean electronicMonitoring, String noticeType, boolean noticeRequired, LocalDate availableFrom, LocalDate availableTo,
        String availabilityNote, String breachNote, List<ClockRule> clocks, List<PilotArea> areas) {

    public OrderType {
        applicants = Set.copyOf(applicants);
        clocks = List.copyOf(clocks);
        areas = List.copyOf(areas);
    }

    /** An area where a type is available, from a date (null: not confirmed) and perhaps until one. */
    public record PilotArea(String name, LocalDate from, LocalDate to, String note) {
    }

    /** The order's length in days, counting the day it starts and the day it ends. */
    public static long lengthInDays(LocalDate startsOn, LocalDate endsOn) {
        return ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
    }

    /**
     * Whether an order of this type ending on {@code endsOn} is to be warned about on {@code today}: from
     * {@code warningDays} days before its last day to its last day. A 14-day DVPO with a 3-day lead time warns from
     * its 11th day, never on its first.
     */
    public boolean warnsOn(LocalDate endsOn, LocalDate today) {
        return endsOn != null && !today.isAfter(endsOn) && !today.isBefore(endsOn.minusDays(warningDays));
    }

    /** Why an order from {@code startsOn} to {@code endsOn} is too short or too long for this type, if it is. */
    public Optional<String> lengthProblem(LocalDate startsOn, LocalDate endsOn) {
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            return Optional.empty();
        }
        long days = lengthInDays(startsOn, endsOn);
        if (maxDays != null && days > maxDays) {
            return Optional.of(shortName + "s last " + maxDays + " days at most: this one lasts " + days
                    + " days");
        }
        if (minDays != null && days < minDays) {
            return Optional.of(shortName + "s last at least " + minDays + " days: this one lasts " + days
                    + (days == 1 ? " day" : " days"));
        }
        return Optional.empty();
    }

    public Optional<ClockRule> clock(ClockRule.Kind kind) {
        return clocks.stream().filter(c -> c.kind() == kind).findFirst();
    }

    /** The length in words, e.g. "14 to 28 days", or "No fixed length". */
    public String lengthWords() {
        if (minDays == null && maxDays == null) {
            return "No fixed length";
        }
        if (minDays != null && maxDays != null) {
            return minDays + " to " + maxDays + " days";
        }
        return minDays != null ? "At least " + minDays + " days" : "Up to " + maxDays + " days";
    }
}
