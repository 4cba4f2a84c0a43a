package org.hearth.people.matching.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Heap peak measurement and the one-line JSON every benchmark ends with. */
public final class BenchReport {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    public BenchReport put(String key, Object value) {
        fields.put(key, value);
        return this;
    }

    public String json() {
        StringBuilder b = new StringBuilder("{");
        fields.forEach((k, v) -> {
            if (b.length() > 1) {
                b.append(", ");
            }
            b.append('"').append(k).append("\": ");
            if (v instanceof Double d) {
                b.append(String.format(Locale.ROOT, d >= 100 ? "%.1f" : "%.4f", d));
            } else if (v instanceof Number || v instanceof Boolean || v == null) {
                b.append(v);
            } else {
                b.append('"').append(v.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        });
        return b.append('}').toString();
    }

    /** Forgets the heap peaks so far. */
    public static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of each heap pool's peak since the last reset, in MiB (an upper bound on the heap's peak). */
    public static double peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / (1024.0 * 1024.0);
    }
}
