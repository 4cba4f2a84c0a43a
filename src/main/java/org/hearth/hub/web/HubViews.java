package org.hearth.hub.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hearth.hub.HubMeetings;
import org.hearth.hub.HubMeetings.AgendaCase;
import org.hearth.partnership.Agency;
import org.hearth.partnership.Partnerships;
import org.hearth.people.People;
import org.hearth.people.PersonId;
import org.hearth.platform.Dates;
import org.hearth.platform.web.Flags;
import org.hearth.platform.web.Option;
import org.springframework.stereotype.Component;

/**
 * The hub pages' view adapter: a case as the agenda, the case page and the minutes show it (words, not ids: the ids
 * go in links), a case with no area as the coordinators' list shows it, the agency choices, and a typed day.
 */
@Component
class HubViews {

    private final People people;
    private final Partnerships partnerships;

    HubViews(People people, Partnerships partnerships) {
        this.people = people;
        this.partnerships = partnerships;
    }

    /** A case as the agenda shows it: words, not ids (the ids go in links). */
    record Row(String id, int position, String reference, String victim, String perpetrators, String children,
            String risk, String riskColour, List<String> flags, String status, boolean waiting, String received) {
    }

    /** A case with no area as the coordinators' list shows it. */
    record UnplacedRow(String referral, String reference, String received, String victim, String risk,
            int children) {
    }

    /** A case in the minutes. */
    record MinutesCase(Row row, List<HubMeetings.Information> information, List<HubMeetings.Action> actions,
            String decisions) {
    }

    Row row(AgendaCase c) {
        List<String> flags = new Flags().add(c.carriedOver(), "Carried over").add(c.repeatVictim(), "Repeat victim")
                .add(c.serialPerpetrator(), "Serial perpetrator").add(c.childrenPresent() > 0, "Children present")
                .add(!c.areaKnown(), "Area chosen by the hub").words();
        String colour = c.grade() == null ? "grey" : switch (c.grade()) {
            case HIGH -> "red";
            case MEDIUM -> "orange";
            case STANDARD -> "blue";
        };
        return new Row(c.id().toString(), c.position(), c.reference(), name(c.victim()), names(c.perpetrators(), "Not known"),
                names(c.children(), "None named"), risk(c.grade(), c.score()), colour, flags, c.status().label(),
                c.status() == HubMeetings.CaseStatus.WAITING, Dates.DAY.format(c.receivedOn()));
    }

    UnplacedRow unplaced(HubMeetings.Unplaced u) {
        return new UnplacedRow(u.referral().toString(), u.reference(), Dates.DAY.format(u.receivedOn()), name(u.victim()),
                risk(u.grade(), u.score()), u.children());
    }

    static String risk(org.hearth.risk.RiskGrade grade, Integer score) {
        return grade == null ? "Not assessed" : grade.label() + (score == null ? "" : " (" + score + ")");
    }

    String name(PersonId p) {
        return people.name(p).orElse("Unknown");
    }

    private String names(List<PersonId> ps, String none) {
        return ps.isEmpty() ? none : String.join(", ", ps.stream().map(this::name).toList());
    }

    /** The partnership's active agencies, after a "Choose an agency" prompt. */
    List<Option> agencyOptions() {
        List<Option> out = new ArrayList<>(List.of(new Option("", "Choose an agency")));
        out.addAll(Option.of(partnerships.agencies().stream().filter(Agency::active).toList(), a -> a.id().value(),
                Agency::name));
        return out;
    }

    private static final DateTimeFormatter TYPED = new DateTimeFormatterBuilder()
            .parseCaseInsensitive().appendPattern("d MMMM uuuu").toFormatter(Locale.UK);

    /** A day typed as "7 December 2026" (as the page shows dates) or 2026-12-07. */
    static LocalDate day(String typed) {
        String t = typed.trim();
        return t.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(t) : LocalDate.parse(t, TYPED);
    }

    static LocalDate today() {
        return LocalDate.now(Dates.UK);
    }
}
