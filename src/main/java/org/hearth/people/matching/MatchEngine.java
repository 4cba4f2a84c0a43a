package org.hearth.people.matching;

import java.util.ArrayList;
import java.util.List;
import org.hearth.people.matching.internal.Linkage;
import org.hearth.people.matching.internal.ReferencePopulation;
import org.hearth.people.matching.internal.TrainingSample;

/**
 * Finds the records that belong to one person. Unsupervised: every run estimates its model from the records
 * it is given (u from random pairs, m by EM, the prior from the candidate pairs); no labels are used.
 * Thread-safe and stateless; a run uses all cores.
 *
 * <p>The single configured threshold is a posterior match probability (default 0.5: more likely the same
 * person than not). Clustering joins two groups of several records through a link weaker than
 * {@code strongLink} (default 0.99) only when a second matched pair supports it.
 */
public final class MatchEngine {

    /** Posterior probability at or above which two records are declared one person. */
    public static final double DEFAULT_THRESHOLD = 0.5;
    /** Links at or above this probability may join two multi-record groups on their own. */
    public static final double DEFAULT_STRONG_LINK = 0.99;

    private final Linkage.Settings settings;

    private MatchEngine(Linkage.Settings settings) {
        this.settings = settings;
    }

    /** The engine with the default threshold. */
    public static MatchEngine withDefaults() {
        return new MatchEngine(new Linkage.Settings(DEFAULT_THRESHOLD, DEFAULT_STRONG_LINK, 1_000_000, 10_000, 42));
    }

    /** A copy with another match threshold (a probability in (0, 1)). */
    public MatchEngine withThreshold(double probability) {
        if (!(probability > 0 && probability < 1)) {
            throw new IllegalArgumentException("threshold must be a probability strictly between 0 and 1");
        }
        return new MatchEngine(new Linkage.Settings(probability, settings.strongLink(), settings.uSamplePairs(),
                settings.maxBlockSize(), settings.seed()));
    }

    /** Records in the synthetic reference population added to every training run of an online index. */
    public static final int REFERENCE_RECORDS = 10_000;
    private static final String REFERENCE_PREFIX = "\u0000reference:";

    /**
     * An online index of {@code stored} for matching one record at a time. The model is trained on the
     * stored records together with a deterministic synthetic reference population (no real data) that holds
     * persons recorded more than once, then hidden: candidates are only ever stored records. The reference
     * population is added whatever the store's size: a small store has too few pairs to learn from, and a
     * register the front door keeps free of duplicates (a repeat is linked, not stored twice) has no matching
     * pairs at all, so a model trained on it alone weighs even an exact name and date of birth as no evidence
     * ({@code DeduplicatedStoreTest}). Record ids must be unique.
     */
    public PersonIndex index(List<MatchRecord> stored) {
        return index(stored, Integer.MAX_VALUE);
    }

    /**
     * As {@link #index(List)}, the model trained on at most {@code trainingSample} of the stored records (a
     * random sample, the same for the same records and seed) with the reference population, and every stored record
     * indexed, scored with the whole store's term frequencies. So training's memory is bounded by the sample, and the
     * heap grows with the online index only. A store no larger than the sample is trained on whole, exactly as
     * {@link #index(List)}.
     */
    public PersonIndex index(List<MatchRecord> stored, int trainingSample) {
        if (trainingSample < 1) {
            throw new IllegalArgumentException("the training sample must hold at least one record");
        }
        List<MatchRecord> reference = ReferencePopulation.generate(REFERENCE_RECORDS, settings.seed(), REFERENCE_PREFIX);
        boolean whole = stored.size() <= trainingSample;
        List<MatchRecord> training = whole ? stored : TrainingSample.of(stored, trainingSample, settings.seed());
        List<MatchRecord> all = new ArrayList<>(training.size() + reference.size());
        all.addAll(training);
        all.addAll(reference);
        Linkage trained = new Linkage(all, null, settings).run();
        if (whole) {
            return new PersonIndex(trained.index()).with(List.of(), reference.stream().map(MatchRecord::id).toList());
        }
        return new PersonIndex(trained.indexOf(stored));
    }

    /** Groups one list's records into persons. Record ids must be unique. */
    public MatchResult dedupe(List<MatchRecord> records) {
        return new MatchResult(new Linkage(records, null, settings).run());
    }

    /**
     * As {@link #dedupe(List)}, the model trained on at most {@code trainingSample} of the records (the sample
     * {@link #index(List, int)} trains on, without the reference population) and every pair scored with it: how well a
     * model trained on a sample matches, measured as a batch ({@code bench/match --sample}).
     */
    public MatchResult dedupe(List<MatchRecord> records, int trainingSample) {
        if (records.size() <= trainingSample) {
            return dedupe(records);
        }
        Linkage trained = new Linkage(TrainingSample.of(records, trainingSample, settings.seed()), null, settings).run();
        return new MatchResult(new Linkage(records, null, settings).runWith(trained.model()));
    }

    /**
     * Links two lists, each assumed free of duplicates: only pairs with one record from each side are
     * compared. Result indices run over {@code left} then {@code right}.
     */
    public MatchResult link(List<MatchRecord> left, List<MatchRecord> right) {
        List<MatchRecord> all = new ArrayList<>(left.size() + right.size());
        all.addAll(left);
        all.addAll(right);
        byte[] source = new byte[all.size()];
        for (int i = left.size(); i < source.length; i++) {
            source[i] = 1;
        }
        return new MatchResult(new Linkage(all, source, settings).run());
    }

    /**
     * How two recorded dates of birth compare, as the engine compares them: {@link Evidence#EXACT},
     * {@link Evidence#DAY_AND_MONTH_SWAPPED}, {@link Evidence#ONE_DIGIT_DIFFERENT}, {@link Evidence#WITHIN_A_YEAR},
     * {@link Evidence#DIFFERENT} or {@link Evidence#MISSING} (either is null, blank or not a date).
     */
    public static Evidence datesOfBirth(String a, String b) {
        return org.hearth.people.matching.internal.Comparison.datesOfBirth(a, b);
    }
}
