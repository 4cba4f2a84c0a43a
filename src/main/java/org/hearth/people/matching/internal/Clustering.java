package org.hearth.people.matching.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Matched pairs into persons: union-find over the pairs, strongest first. A link below the strong-link
 * weight may attach a single record to a group, but joins two groups of several records only when a second
 * matched pair between them supports it, so one weak link cannot chain two people together.
 */
final class Clustering {

    private Clustering() {
    }

    /** Cluster label per record (the smallest record index of its cluster). */
    static int[] cluster(int n, int[] left, int[] right, double[] weight, double strongWeight) {
        int[] parent = new int[n];
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
        Integer[] order = new Integer[left.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (x, y) -> Double.compare(weight[y], weight[x]));
        int[] deferred = new int[left.length];
        int deferredCount = 0;
        for (int k : order) {
            int a = find(parent, left[k]);
            int b = find(parent, right[k]);
            if (a == b) {
                continue;
            }
            if (size[a] == 1 || size[b] == 1 || weight[k] >= strongWeight) {
                union(parent, size, a, b);
            } else {
                deferred[deferredCount++] = k;
            }
        }
        // weak links between groups: join when at least two matched pairs connect them
        Map<Long, Integer> support = new HashMap<>();
        for (int d = 0; d < deferredCount; d++) {
            int k = deferred[d];
            int a = find(parent, left[k]);
            int b = find(parent, right[k]);
            if (a != b) {
                support.merge((long) Math.min(a, b) << 32 | Math.max(a, b), 1, Integer::sum);
            }
        }
        for (int d = 0; d < deferredCount; d++) {
            int k = deferred[d];
            int a = find(parent, left[k]);
            int b = find(parent, right[k]);
            if (a != b) {
                Integer s = support.get((long) Math.min(a, b) << 32 | Math.max(a, b));
                if (s != null && s >= 2) {
                    union(parent, size, a, b);
                }
            }
        }
        int[] label = new int[n];
        int[] smallest = new int[n];
        Arrays.fill(smallest, Integer.MAX_VALUE);
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            smallest[r] = Math.min(smallest[r], i);
        }
        for (int i = 0; i < n; i++) {
            label[i] = smallest[find(parent, i)];
        }
        return label;
    }

    static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int[] size, int a, int b) {
        if (size[a] < size[b]) {
            int t = a;
            a = b;
            b = t;
        }
        parent[b] = a;
        size[a] += size[b];
    }
}
