package org.hearth.people.matching.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Groups of forenames that stand for one another (William, Bill, Liam), from {@code nicknames.txt}. */
final class Nicknames {

    static final Nicknames DEFAULT = load();

    private final Map<String, int[]> groups;

    private Nicknames(Map<String, int[]> groups) {
        this.groups = groups;
    }

    /** Sorted ids of the groups the (normalised) name belongs to, or null. */
    int[] groupsOf(String name) {
        return name == null ? null : groups.get(name);
    }

    static boolean share(int[] a, int[] b) {
        if (a == null || b == null) {
            return false;
        }
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return true;
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    private static Nicknames load() {
        Map<String, List<Integer>> byName = new HashMap<>();
        try (var in = Nicknames.class.getResourceAsStream("/org/hearth/people/matching/nicknames.txt");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int group = 0;
            for (String line; (line = reader.readLine()) != null;) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                for (String n : line.split("\\s+")) {
                    List<Integer> g = byName.computeIfAbsent(n, k -> new ArrayList<>());
                    if (!g.contains(group)) {
                        g.add(group);
                    }
                }
                group++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, int[]> groups = new HashMap<>();
        byName.forEach((n, g) -> {
            int[] ids = g.stream().mapToInt(Integer::intValue).toArray();
            Arrays.sort(ids);
            groups.put(n, ids);
        });
        return new Nicknames(groups);
    }
}
