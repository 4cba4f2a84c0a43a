package org.hearth.strategy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A checklist run summed up by area: its strengths (answered yes) and gaps (partly or no); and the common problems
 * it reveals: a problem is <em>found</em> when a question that tests for it is answered no, and <em>at risk</em>
 * when answered partly (and not found elsewhere).
 */
public record ChecklistSummary(List<AreaSummary> areas, List<PartnershipProblem> found,
        List<PartnershipProblem> atRisk) {

    public ChecklistSummary {
        areas = List.copyOf(areas);
        found = List.copyOf(found);
        atRisk = List.copyOf(atRisk);
    }

    /** One area: its strengths and gaps. */
    public record AreaSummary(ChecklistArea area, List<ChecklistResponse> strengths, List<ChecklistResponse> gaps) {

        public AreaSummary {
            strengths = List.copyOf(strengths);
            gaps = List.copyOf(gaps);
        }

        public long no() {
            return gaps.stream().filter(r -> r.answer() == ChecklistAnswer.NO).count();
        }

        public long partly() {
            return gaps.stream().filter(r -> r.answer() == ChecklistAnswer.PARTLY).count();
        }

        /** "Strength" when every answer is yes, "Gap" when any is no, else "Partly in place". */
        public String verdict() {
            return gaps.isEmpty() ? "Strength" : no() > 0 ? "Gap" : "Partly in place";
        }
    }

    public static ChecklistSummary of(List<ChecklistResponse> responses) {
        Map<ChecklistArea, List<ChecklistResponse>> strengths = new EnumMap<>(ChecklistArea.class);
        Map<ChecklistArea, List<ChecklistResponse>> gaps = new EnumMap<>(ChecklistArea.class);
        List<PartnershipProblem> found = new ArrayList<>();
        List<PartnershipProblem> atRisk = new ArrayList<>();
        for (ChecklistResponse r : responses) {
            ChecklistArea area = r.question().area();
            (r.gap() ? gaps : strengths).computeIfAbsent(area, k -> new ArrayList<>()).add(r);
            PartnershipProblem p = r.question().problem();
            if (p != null && r.answer() == ChecklistAnswer.NO && !found.contains(p)) {
                found.add(p);
            } else if (p != null && r.answer() == ChecklistAnswer.PARTLY && !atRisk.contains(p)) {
                atRisk.add(p);
            }
        }
        atRisk.removeAll(found);
        found.sort(null);
        atRisk.sort(null);
        List<AreaSummary> areas = new ArrayList<>();
        for (ChecklistArea area : ChecklistArea.values()) {
            if (strengths.containsKey(area) || gaps.containsKey(area)) {
                areas.add(new AreaSummary(area, strengths.getOrDefault(area, List.of()), gaps.getOrDefault(area, List.of())));
            }
        }
        return new ChecklistSummary(areas, found, atRisk);
    }
}
