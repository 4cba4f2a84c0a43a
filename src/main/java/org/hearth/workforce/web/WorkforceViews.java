package org.hearth.workforce.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.platform.Dates;
import org.hearth.platform.web.Option;
import org.hearth.workforce.Ambassador;
import org.hearth.workforce.Holder;
import org.hearth.workforce.QualityMark;
import org.hearth.workforce.QualityMarkApplication;
import org.hearth.workforce.QualityMarkHolding;
import org.hearth.workforce.QualityMarkStandard;

/** Rows, words and dates for the workforce pages (Quality Mark and ambassadors). */
final class WorkforceViews {

    private WorkforceViews() {
    }

    /** A holder of the Quality Mark: name, kind, level, dates and a status tag. */
    record HolderRow(String name, String kind, String level, String awarded, String expires, String status,
            String colour) {
    }

    /** An open application. */
    record ApplicationRow(String id, String name, String kind, String level, String opened, String progress) {
    }

    /** A standard on an application: evidence and decision. */
    record StandardRow(String code, int position, String title, String description, String level,
            List<EvidenceRow> evidence, String decision, String decisionColour, String decisionNote) {
    }

    /** A piece of evidence. */
    record EvidenceRow(String note, String fileName, String href, String added) {
    }

    /** An ambassador in the register. */
    record AmbassadorRow(String id, String name, String jobTitle, String agency, String group, String role,
            String firstTrained, String refresherDue, boolean overdue, int colleaguesSupported) {
    }

    static HolderRow holder(QualityMarkHolding h, LocalDate today) {
        boolean lapsed = h.expiresOn().isBefore(today);
        boolean due = !lapsed && !h.expiresOn().isAfter(today.plusMonths(QualityMark.RENEWAL_MONTHS));
        return new HolderRow(h.holder().name(), h.holder().kind().label(), "Level " + h.level(),
                Dates.DAY.format(h.awardedOn()), Dates.DAY.format(h.expiresOn()),
                lapsed ? "Lapsed" : due ? "Renewal due" : "Held", lapsed ? "red" : due ? "yellow" : "green");
    }

    static ApplicationRow application(QualityMarkApplication a, List<QualityMarkStandard> standards) {
        List<QualityMarkStandard> needed = standards.stream().filter(s -> s.neededFor(a.levelSought())).toList();
        long evidenced = needed.stream().filter(s -> !a.evidenceFor(s.code()).isEmpty()).count();
        long met = needed.stream().filter(s -> a.decisionOn(s.code()).map(QualityMarkApplication.Decision::met)
                .orElse(false)).count();
        return new ApplicationRow(a.id().toString(), a.holder().name(), a.holder().kind().label(),
                "Level " + a.levelSought(), Dates.DAY.format(a.openedOn()),
                evidenced + " of " + needed.size() + " standards with evidence, " + met + " met");
    }

    static List<StandardRow> standards(QualityMarkApplication a, List<QualityMarkStandard> standards) {
        List<StandardRow> rows = new ArrayList<>();
        for (QualityMarkStandard s : standards) {
            List<EvidenceRow> evidence = a.evidenceFor(s.code()).stream().map(e -> new EvidenceRow(e.note(),
                    e.fileName(), e.fileName() == null ? null
                            : "/workforce/quality-mark/applications/" + a.id() + "/evidence/" + e.id(),
                    Dates.DAY.format(e.addedOn()))).toList();
            QualityMarkApplication.Decision d = a.decisionOn(s.code()).orElse(null);
            rows.add(new StandardRow(s.code(), s.position(), s.title(), s.description(), "Level " + s.level(), evidence,
                    d == null ? "Not assessed" : d.met() ? "Met" : "Not met",
                    d == null ? "grey" : d.met() ? "green" : "red", d == null ? null : d.note()));
        }
        return rows;
    }

    static AmbassadorRow ambassador(Ambassador a, LocalDate today) {
        return new AmbassadorRow(a.id().toString(), a.name(), a.jobTitle() == null ? "" : a.jobTitle(), a.agencyName(),
                a.group().label(), a.manager() ? "Manager" : "Front-line", Dates.DAY.format(a.firstTrained()),
                Dates.DAY.format(a.refresherDue()), a.refresherOverdue(today), a.colleaguesSupported());
    }

    static List<Option> holders(List<Holder> candidates) {
        List<Option> options = new ArrayList<>(List.of(new Option("", "Choose an agency or school")));
        candidates.stream().map(h -> new Option(h.kind().name() + ":" + h.id(),
                h.name() + " (" + h.kind().label().toLowerCase(java.util.Locale.UK) + ")")).forEach(options::add);
        return options;
    }

    static List<Option> standardOptions(List<QualityMarkStandard> standards) {
        List<Option> options = new ArrayList<>(List.of(new Option("", "Choose a standard")));
        standards.forEach(s -> options.add(new Option(s.code(), s.position() + ". " + s.title())));
        return options;
    }

    static final List<Option> LEVELS = List.of(Option.hinted("1", "Level 1", "Every level 1 standard: the whole organisation responds safely"),
            Option.hinted("2", "Level 2", "Every standard of levels 1 and 2, with policy for staff, perpetrators and MARAC"));

    static final List<Option> YES_NO = List.of(new Option("yes", "Yes"), new Option("no", "No"));
}
