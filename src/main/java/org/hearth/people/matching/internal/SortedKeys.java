package org.hearth.people.matching.internal;

import java.util.Arrays;

/**
 * Record indices sorted by a 64-bit key, packed as {@code (key with its low bits cleared) | index} in one
 * long array: sorting and lookup without boxing. Keys that collide in their high bits share a range;
 * callers confirm with the full key. Key 0 (missing) is left out.
 */
final class SortedKeys {

    final long[] packed;
    final int bits;
    final long mask;

    SortedKeys(long[] keys) {
        int n = keys.length;
        bits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1)));
        mask = (1L << bits) - 1;
        int count = 0;
        for (long k : keys) {
            if (k != 0) {
                count++;
            }
        }
        packed = new long[count];
        int p = 0;
        for (int i = 0; i < n; i++) {
            if (keys[i] != 0) {
                packed[p++] = (keys[i] & ~mask) | i;
            }
        }
        if (count > 100_000) {
            Arrays.parallelSort(packed);
        } else {
            Arrays.sort(packed);
        }
    }

    int index(int position) {
        return (int) (packed[position] & mask);
    }

    long high(int position) {
        return packed[position] & ~mask;
    }

    /** First position of the range holding {@code key}. */
    int from(long key) {
        long lo = key & ~mask;
        int p = Arrays.binarySearch(packed, lo);
        if (p < 0) {
            return -p - 1;
        }
        while (p > 0 && high(p - 1) == lo) {
            p--;
        }
        return p;
    }

    /** Position after the range holding {@code key}. */
    int to(long key, int from) {
        long lo = key & ~mask;
        int p = from;
        while (p < packed.length && high(p) == lo) {
            p++;
        }
        return p;
    }
}
