package org.hearth.strategy;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** BVPI 225 periods for tests: far in the future and unique within the test run (tests share one database). */
public final class Bvpi225Periods {

    private static final AtomicInteger YEAR = new AtomicInteger(3000 + ThreadLocalRandom.current().nextInt(5000));

    private Bvpi225Periods() {
    }

    /** A period ("3456/57") no other test uses. */
    public static String next() {
        int y = YEAR.getAndAdd(2);
        return y + "/" + String.format("%02d", (y + 1) % 100);
    }
}
