package org.hearth.strategy;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Strategy periods for tests: whole years far ahead, unique within the run (tests share one database). */
public final class StrategyYears {

    private static final AtomicInteger YEAR = new AtomicInteger(2100 + 3 * ThreadLocalRandom.current().nextInt(2000));

    private StrategyYears() {
    }

    /** The first day of a year no other test's strategy covers (the strategy runs that calendar year). */
    public static LocalDate next() {
        return LocalDate.of(YEAR.getAndAdd(3), 1, 1);
    }
}
