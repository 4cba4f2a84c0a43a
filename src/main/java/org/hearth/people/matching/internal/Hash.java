package org.hearth.people.matching.internal;

/** 64-bit hashes for exact comparison and blocking keys; 0 stands for "missing". */
final class Hash {

    private Hash() {
    }

    static long of(String s) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return nonZero(fmix(h));
    }

    /** Combines two hashes; missing if either is missing. */
    static long and(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return nonZero(fmix(a * 0x9E3779B97F4A7C15L + Long.rotateLeft(b, 31) + 0x632BE59BD9B4E019L));
    }

    static long ofInt(int v) {
        return nonZero(fmix(v * 0xC2B2AE3D27D4EB4FL + 0x165667B19E3779F9L));
    }

    private static long nonZero(long h) {
        return h == 0 ? 1 : h;
    }

    static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
