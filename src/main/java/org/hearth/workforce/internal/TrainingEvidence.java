package org.hearth.workforce.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hearth.platform.Dates;
import org.hearth.strategy.Bvpi225Evidence;
import org.hearth.strategy.Bvpi225Proposal;
import org.hearth.workforce.Ambassador;
import org.hearth.workforce.Ambassadors;
import org.hearth.workforce.Attendance;
import org.hearth.workforce.Training;
import org.hearth.workforce.TrainingAudience;
import org.hearth.workforce.TrainingSession;
import org.springframework.stereotype.Component;

/**
 * BVPI 225 item 11 from the workforce's records: yes when multi-agency training in the 12 months to the day reached
 * both front-line and managerial staff of at least two of the five groups the indicator names (housing, social
 * services, education, health, front-line police). Multi-agency training is a session attended by staff of two or
 * more groups, and the DV ambassadors' training (the network's course, first or refresher, taken with staff of other
 * agencies): each ambassador trained in the 12 months counts once in their staff group, as front-line or managerial.
 * No evidence when neither has been recorded in those 12 months.
 */
@Component
class TrainingEvidence implements Bvpi225Evidence {

    private final Training training;
    private final Ambassadors ambassadors;

    TrainingEvidence(Training training, Ambassadors ambassadors) {
        this.training = training;
        this.ambassadors = ambassadors;
    }

    @Override
    public Bvpi225Proposal propose(LocalDate today) {
        LocalDate from = today.minusYears(1).plusDays(1);
        List<TrainingSession> sessions = training.between(from, today);
        List<Ambassador> trainedAmbassadors = ambassadors.all().stream()
                .filter(a -> a.trainedOn().stream().anyMatch(d -> !d.isBefore(from) && !d.isAfter(today)))
                .filter(a -> a.leftOn() == null || !a.leftOn().isBefore(from)).toList();
        if (sessions.isEmpty() && trainedAmbassadors.isEmpty()) {
            return new Bvpi225Proposal(11, null, "No evidence: no training has been recorded in the 12 months to "
                    + Dates.DAY.format(today) + ".", List.of());
        }
        List<TrainingSession> multiAgency = sessions.stream().filter(TrainingSession::multiAgency).toList();
        Map<TrainingAudience, int[]> reached = new EnumMap<>(TrainingAudience.class);
        for (TrainingSession s : multiAgency) {
            for (Attendance a : s.attendance()) {
                int[] counts = reached.computeIfAbsent(a.audience(), k -> new int[2]);
                counts[0] += a.frontLine();
                counts[1] += a.managerial();
            }
        }
        for (Ambassador a : trainedAmbassadors) {
            reached.computeIfAbsent(a.group(), k -> new int[2])[a.manager() ? 1 : 0]++;
        }
        List<String> workings = new ArrayList<>();
        workings.add(sessions.size() + " training " + (sessions.size() == 1 ? "session" : "sessions") + " from "
                + Dates.DAY.format(from) + " to " + Dates.DAY.format(today) + ", " + multiAgency.size() + " multi-agency");
        if (!trainedAmbassadors.isEmpty()) {
            long managers = trainedAmbassadors.stream().filter(Ambassador::manager).count();
            workings.add(trainedAmbassadors.size() + " DV " + (trainedAmbassadors.size() == 1 ? "ambassador" : "ambassadors")
                    + " trained or refreshed in the same 12 months (" + (trainedAmbassadors.size() - managers)
                    + " front-line, " + managers + " managerial), counted in their staff groups below");
        }
        List<String> groups = new ArrayList<>();
        for (TrainingAudience group : TrainingAudience.values()) {
            if (!group.namedByBvpi225()) {
                continue;
            }
            int[] counts = reached.getOrDefault(group, new int[2]);
            boolean both = counts[0] > 0 && counts[1] > 0;
            if (both) {
                groups.add(group.label().toLowerCase(Locale.UK));
            }
            workings.add(group.label() + ": " + counts[0] + " front-line, " + counts[1] + " managerial"
                    + (both ? "" : " (not both)"));
        }
        boolean yes = groups.size() >= 2;
        String reasoning = yes
                ? "Yes: multi-agency training in the last 12 months reached front-line and managerial staff in "
                        + groups.size() + " of the named groups (" + String.join(", ", groups) + ")."
                : "No: multi-agency training in the last 12 months reached front-line and managerial staff in "
                        + (groups.isEmpty() ? "none" : "only " + groups.size()) + " of the named groups; two are needed.";
        return new Bvpi225Proposal(11, yes, reasoning, workings);
    }
}
