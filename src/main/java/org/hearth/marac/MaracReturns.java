package org.hearth.marac;

import java.math.BigDecimal;
import java.util.List;

/**
 * The SafeLives MARAC data return, per meeting and per quarter of a MARAC ("Guidelines for Marac data collection"):
 * cases discussed (repeats included), repeat cases, cases by referring agency and the share from partner agencies
 * other than the police, children in the households, victims who are Black, Asian or racially minoritised, LGBT+,
 * disabled, male, aged 16-17, cases with a perpetrator aged 17 or under, and cases per 10,000 women aged 16+ over
 * the 12 months to the period's end against the recommended 40. A case is discussed when it was on the agenda of a
 * meeting that was held (the database view {@code marac_case_discussed}, the one definition insights uses too).
 *
 * <p>Hub/MARAC coordinators see the figures as they are and, for each, the cases behind it (each list audited with
 * the cases and their victims); partnership coordinators, administrators and analysts see the figures through
 * insights' small-number suppression and never a case. Administrators set the women aged 16+ of each area.
 */
public interface MaracReturns {

    /** SafeLives' recommended volume: cases a year per 10,000 women aged 16 and over. */
    int RECOMMENDED_PER_10000 = 40;
    /** The national repeat rate, 12 months to 30 September 2024 (SafeLives). */
    BigDecimal NATIONAL_REPEAT_RATE = new BigDecimal("31");

    /** Whether the current user may see returns (suppressed unless {@link #maySeeCases}). */
    boolean maySeeReturns();

    /** Whether the current user sees the raw figures and the cases behind them: hub/MARAC coordinators. */
    boolean maySeeCases();

    /** The MARACs, by name, whose returns may be seen. */
    List<Marac> maracs();

    /** The quarter's return of a MARAC. @throws java.util.NoSuchElementException for no such MARAC */
    SafeLivesReturn quarter(MaracId marac, Quarter quarter);

    /** One meeting's return (empty until the meeting is held). @throws java.util.NoSuchElementException */
    SafeLivesReturn meeting(MaracMeetingId meeting);

    /**
     * The cases behind a figure of a quarter's return ({@link ReturnLine#key}), for coordinators only (else
     * {@link org.springframework.security.access.AccessDeniedException}, checked first); audited with every case and
     * victim listed.
     *
     * @throws java.util.NoSuchElementException for no such MARAC or figure
     */
    List<ReturnCase> quarterCases(MaracId marac, Quarter quarter, String figure);

    /** The cases behind a figure of a meeting's return (as {@link #quarterCases}). */
    List<ReturnCase> meetingCases(MaracMeetingId meeting, String figure);

    /** The return as CSV (figure, number, share, note), the figures as the caller sees them. */
    byte[] csv(SafeLivesReturn r);

    /** The return as an XLSX workbook (as the CSV). */
    byte[] xlsx(SafeLivesReturn r);

    /** Every area with its women aged 16+ (system administrators). */
    List<AreaWomen> women();

    /**
     * Sets the women aged 16+ of the areas (null or blank: cleared), system administrators only; audited.
     *
     * @throws org.hearth.platform.InvalidInputException for a figure that is not a whole number above 0
     */
    void setWomen(java.util.Map<org.hearth.partnership.AreaId, String> women16Plus,
            java.util.Map<org.hearth.partnership.AreaId, String> sources);
}
