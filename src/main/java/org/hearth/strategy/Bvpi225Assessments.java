package org.hearth.strategy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The strategy module's BVPI 225 API. A period is named like "2026/27" (or "2026-27" in URLs, accepted everywhere).
 * Every change is recorded in the audit trail.
 */
public interface Bvpi225Assessments {

    /** The 11 questions in order. */
    List<Bvpi225Question> questions();

    /** The latest revision of every period, newest period first. */
    List<Bvpi225Assessment> periods();

    /** The latest revision of a period. */
    Optional<Bvpi225Assessment> find(String period);

    /** Every revision of a period, first to latest. */
    List<Bvpi225Assessment> revisions(String period);

    /** The latest reported revision of every period that has been reported, oldest period first (for the board). */
    List<Bvpi225Assessment> reportedHistory();

    /** Starts a draft; fails with {@link IllegalArgumentException} when the period exists or the dates are wrong. */
    Bvpi225Assessment start(String period, LocalDate startsOn, LocalDate endsOn);

    /**
     * Saves answers to a draft (questions not given keep their answer). An answer other than Hearth's proposal needs
     * evidence ({@link IllegalArgumentException}); a reported period is locked ({@link Bvpi225LockedException}).
     */
    Bvpi225Assessment answer(String period, List<Bvpi225Answer> answers);

    /** Marks the draft reported on {@code on}, locking it; every question must be answered with a RAG status. */
    Bvpi225Assessment report(String period, LocalDate on);

    /** Starts a correction of a reported period: a new draft revision copied from the last. */
    Bvpi225Assessment correct(String period);

    /** What Hearth proposes for each of the 11 questions today, in order. */
    List<Bvpi225Proposal> proposals(LocalDate today);

    /** Today in the partnership's time zone. */
    LocalDate today();
}
