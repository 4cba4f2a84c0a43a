package org.hearth.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The Domestic Abuse Quality Mark (seed 003, 3.5): agencies and schools apply, add evidence per standard, an
 * assessor decides each standard, and the Quality Mark is awarded at level 1 or 2 for {@link #AWARD_YEARS} years.
 * Every change is audited. Input is refused with {@link org.hearth.platform.InvalidInputException} (a message per
 * field) and nothing is written.
 */
public interface QualityMark {

    /** How long an award holds. */
    int AWARD_YEARS = 3;
    /** How far ahead of its expiry an award is due for renewal (My work, the figures). */
    int RENEWAL_MONTHS = 3;

    /** The active standards, in order. */
    List<QualityMarkStandard> standards();

    /** Every standard, active or retired, in order. */
    List<QualityMarkStandard> allStandards();

    /**
     * Adds a standard at the end (its code is made from its position, e.g. {@code S10}): level 1 or 2, a title of up
     * to 200 characters and a description of what it asks of up to 2,000. From then on an award at that level needs it.
     */
    QualityMarkStandard addStandard(Integer level, String title, String description);

    /**
     * Changes a standard's level, title and description (the same rules as {@link #addStandard}); refused when it
     * would leave level 1 with no active standard. {@link java.util.NoSuchElementException} for an unknown code.
     */
    QualityMarkStandard changeStandard(String code, Integer level, String title, String description);

    /**
     * Retires a standard (awards no longer need it; its evidence is kept) or brings it back; refused when retiring
     * it would leave level 1 with no active standard.
     */
    QualityMarkStandard setStandardActive(String code, boolean active);

    /** The organisations that may apply: active agencies, then schools, each by name. */
    List<Holder> candidates();

    /** Opens an application (refused for an unknown holder, a level other than 1 or 2, or one already open). */
    QualityMarkApplication apply(HolderKind kind, UUID holderId, int levelSought);

    Optional<QualityMarkApplication> find(QualityMarkApplicationId id);

    /** Applications not yet awarded, oldest first. */
    List<QualityMarkApplication> open();

    /**
     * Adds evidence for a standard: a note, a file, or both (refused when neither, for an unknown standard, for an
     * awarded application, or a file over 10 MB).
     */
    QualityMarkApplication.Evidence addEvidence(QualityMarkApplicationId id, String standardCode, String note,
            String fileName, String contentType, byte[] content);

    Optional<EvidenceFile> evidenceFile(QualityMarkApplicationId id, UUID evidenceId);

    /** Records (or replaces) the assessor's decision on a standard; "met" is refused without evidence for it. */
    void decide(QualityMarkApplicationId id, String standardCode, boolean met, String note);

    /**
     * Awards the Quality Mark at {@code level} on {@code awardedOn}: refused, with the standards named, unless every
     * standard of that level and below has evidence and has been decided as met; refused too for a date in the
     * future. Nothing is written when refused.
     */
    QualityMarkApplication award(QualityMarkApplicationId id, int level, LocalDate awardedOn);

    /** Each organisation's latest award, by name (including lapsed ones: see {@link QualityMarkHolding#holdsOn}). */
    List<QualityMarkHolding> latestAwards();

    /** The organisations holding the Quality Mark on {@code day}, by name. */
    default List<QualityMarkHolding> holders(LocalDate day) {
        return latestAwards().stream().filter(h -> h.holdsOn(day)).toList();
    }

    /**
     * Latest awards due for renewal on {@code day}: expiring within {@link #RENEWAL_MONTHS} months, or expired in
     * the last {@link #RENEWAL_MONTHS} months, soonest first.
     */
    default List<QualityMarkHolding> dueForRenewal(LocalDate day) {
        return latestAwards().stream().filter(h -> !h.expiresOn().isAfter(day.plusMonths(RENEWAL_MONTHS))
                && !h.expiresOn().isBefore(day.minusMonths(RENEWAL_MONTHS)))
                .sorted(java.util.Comparator.comparing(QualityMarkHolding::expiresOn)).toList();
    }

    /** Today in the partnership's time zone. */
    LocalDate today();
}
