package org.hearth.marac.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.hearth.marac.MaracAction;
import org.hearth.marac.MaracMeetings;
import org.hearth.marac.MaracMeetings.Attendance;
import org.hearth.marac.MaracMeetings.CaseFile;
import org.hearth.marac.MaracMeetings.Run;
import org.hearth.marac.Member;
import org.hearth.marac.ResearchTask;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.SafeContact;
import org.hearth.platform.Dates;
import org.hearth.platform.web.Option;
import org.hearth.platform.web.SummaryRow;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * Rows, words and choices of the chair's meeting pages ({@link MeetingPages}, {@link MeetingCasePages}) and the
 * action pages: the case lines and attendance choices of a meeting, a case file's safe-contact rules, summary, risk,
 * research by agency and actions, and agencies by name.
 */
@Component
class MeetingViews {

    private final Partnerships partnerships;

    MeetingViews(Partnerships partnerships) {
        this.partnerships = partnerships;
    }

    /** A case line on the chair's page. */
    record CaseRow(String id, int number, String reference, boolean repeat, String score, String outcome,
            String colour, int actions) {
    }

    /** A member agency's attendance choice. */
    record AttendanceRow(String name, String field, String agency, String value, List<Option> options) {
    }

    /** An action as the pages show it. */
    record ActionRow(String id, String meeting, String reference, String subject, String description, String risk,
            String owner, String due, String state, String colour) {
    }

    /** Research by agency: facts, opinion apart, what was withheld and why. */
    record ResearchRow(String agency, String state, String victim, String children, String perpetrator,
            String opinion, String withheld) {
    }

    /** The module's answer, or 404 when what the path names does not exist. */
    static <T> T found(Supplier<T> call) {
        try {
            return call.get();
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    String agency(AgencyId id) {
        return partnerships.agency(id).map(a -> a.name()).orElse("Unknown agency");
    }

    ActionRow row(MaracAction a) {
        LocalDate today = LocalDate.now(Dates.UK);
        String state = !a.open() ? "Done" : a.overdue(today) ? "Overdue" : "Open";
        return new ActionRow(a.id().toString(), Dates.day(a.meetsOn()), a.reference(), a.subject().label(),
                a.description(), a.risk(), agency(a.owner()), Dates.day(a.dueOn()), state,
                !a.open() ? "green" : a.overdue(today) ? "red" : "blue");
    }

    /** The chair's page of a meeting: its cases in order, attendance by member agency, the minutes' recipients. */
    String run(Run run, Model model) {
        model.addAttribute("run", run);
        model.addAttribute("date", Dates.day(run.meeting().meetsOn()));
        List<CaseRow> rows = new ArrayList<>();
        for (int i = 0; i < run.cases().size(); i++) {
            MaracMeetings.CaseLine c = run.cases().get(i);
            rows.add(new CaseRow(c.referral().toString(), i + 1, c.reference(), c.repeat(),
                    c.riskScore() == null ? "Not assessed" : String.valueOf(c.riskScore()), c.outcome().label(),
                    switch (c.outcome()) {
                        case CLOSED -> "green";
                        case ADJOURNED -> "orange";
                        default -> "grey";
                    }, c.actions()));
        }
        model.addAttribute("cases", rows);
        List<Option> options = Arrays.stream(Attendance.values()).map(a -> new Option(a.name(), a.label())).toList();
        model.addAttribute("attendance", run.marac().members().stream().map(m -> new AttendanceRow(agency(m.agency()),
                "a-" + m.agency(), m.agency().toString(),
                run.attendance().containsKey(m.agency()) ? run.attendance().get(m.agency()).name() : null, options))
                .sorted(Comparator.comparing(AttendanceRow::name)).toList());
        model.addAttribute("recipients", agencies(run.marac().members()));
        return "marac/meeting";
    }

    /** The minutes form of a case, filled from what is recorded. */
    static CaseNotesForm notes(CaseFile file) {
        CaseNotesForm notes = new CaseNotesForm();
        notes.setMinutes(file.minutes());
        notes.setIdvaUpdate(file.idvaUpdate());
        notes.setShareAddress(file.sharedAddress() != null);
        return notes;
    }

    /** A case at the meeting: safe-contact rules first, the referral, risk, research, earlier and agreed actions. */
    String caseFile(CaseFile f, Model model) {
        model.addAttribute("file", f);
        model.addAttribute("date", Dates.day(f.meeting().meetsOn()));
        model.addAttribute("open", f.outcome() != MaracMeetings.Outcome.ADJOURNED);
        SafeContact s = f.safeContact();
        model.addAttribute("safe", List.of(new SummaryRow("Phone calls", yes(s.callOk())),
                new SummaryRow("Voicemail", yes(s.voicemailOk())), new SummaryRow("Text messages", yes(s.textOk())),
                new SummaryRow("Post", yes(s.postOk())), new SummaryRow("Email", yes(s.emailOk())),
                new SummaryRow("Safe times", s.safeTimes() == null ? "Not recorded" : s.safeTimes()),
                new SummaryRow("Notes", s.notes() == null ? "None" : s.notes())));
        model.addAttribute("summary", List.of(new SummaryRow("Victim", f.victimName()),
                new SummaryRow("Perpetrators", f.perpetratorNames().isEmpty() ? "None named"
                        : String.join(", ", f.perpetratorNames())),
                new SummaryRow("Criteria", String.join(", ", f.referral().criteria().stream()
                        .map(org.hearth.risk.MaracCriterion.Kind::label).toList())),
                new SummaryRow("Evidence", f.referral().evidence()),
                new SummaryRow("Repeat", f.referral().repeat() ? "Yes" + (f.referral().repeatOfReference() == null ? ""
                        : ", of " + f.referral().repeatOfReference()) : "No"),
                new SummaryRow("Referred", Dates.day(f.referral().referredOn()) + " by " + f.referral().referredBy()),
                new SummaryRow("Address", f.address() != null ? f.address()
                        : f.confidentialAddress() ? "Confidential: not shown" : "None recorded")));
        model.addAttribute("risk", f.risk().stream().map(r -> new SummaryRow(Dates.day(r.assessedOn()),
                r.score() + " (" + r.grade() + "), " + r.questionnaire())).toList());
        model.addAttribute("research", f.research().stream().map(this::researchRow).toList());
        model.addAttribute("previous", f.previousActions().stream().map(this::row).toList());
        model.addAttribute("agreed", f.actions().stream().map(this::row).toList());
        model.addAttribute("subjects", Arrays.stream(MaracAction.Subject.values())
                .map(x -> new Option(x.name(), x.label())).toList());
        List<Option> owners = new ArrayList<>();
        owners.add(new Option("", "Choose an agency"));
        owners.addAll(agencies(f.marac().members()));
        model.addAttribute("owners", owners);
        return "marac/meeting-case";
    }

    private List<Option> agencies(List<Member> members) {
        return members.stream().map(Member::agency).map(a -> new Option(a.toString(), agency(a)))
                .sorted(Comparator.comparing(Option::label)).toList();
    }

    private ResearchRow researchRow(ResearchTask t) {
        var a = t.answers();
        if (a == null) {
            return new ResearchRow(agency(t.agency()), "Not returned", null, null, null, null, null);
        }
        if (a.nothingHeld()) {
            return new ResearchRow(agency(t.agency()), "Holds nothing", null, null, null, null, null);
        }
        return new ResearchRow(agency(t.agency()), "Returned", a.victimFacts(), a.childrenFacts(), a.perpetratorFacts(),
                a.opinion(), a.withheld() == null ? null : a.withheld() + " (why: " + a.withheldReason() + ")");
    }

    private static String yes(Boolean b) {
        return b == null ? "Not yet asked" : b ? "Safe" : "Not safe";
    }
}
