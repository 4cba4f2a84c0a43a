package org.hearth.casework.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.StaffUserId;
import org.hearth.casework.Case;
import org.hearth.casework.CaseService;
import org.hearth.casework.ContactAttempt;
import org.hearth.casework.Handover;
import org.hearth.partnership.AreaId;
import org.hearth.people.PersonRecord;
import org.hearth.people.SafeContact;
import org.hearth.platform.Dates;
import org.hearth.platform.web.Option;
import org.hearth.platform.web.SummaryRow;

/**
 * Rows, words and choices of a case's page: its summary, contact attempts, the person's safe-contact rules (the safe
 * number only for the person's allocated worker), the colleagues and services a case may be handed to, and whether
 * the reader may accept a waiting handover.
 */
final class CasePageViews {

    private CasePageViews() {
    }

    record ContactRow(String id, String when, String method, String outcome, String notes, boolean unsafe,
            boolean waiting, String by) {
    }

    record RuleRow(String channel, String answer, String colour) {
    }

    /** The person's safe-contact rules as the page shows them; nothing known when the reader may not see them. */
    record SafeContactView(boolean known, List<RuleRow> rules, String safeTimes, String notes, String safePhone) {

        static final SafeContactView UNKNOWN = new SafeContactView(false, List.of(), null, null, null);
    }

    static List<SummaryRow> summary(Case c) {
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(new SummaryRow("Service", c.serviceName()));
        rows.add(new SummaryRow("Status", c.status().label()));
        rows.add(new SummaryRow("Worker", c.workerName() == null ? "Not allocated yet" : c.workerName()));
        rows.add(new SummaryRow("Referred", Dates.DAY.format(c.referredOn()) + " by " + c.referredBy() + " ("
                + c.source().label() + ")"));
        rows.add(new SummaryRow("Reason", c.reason() == null ? "" : c.reason()));
        rows.add(new SummaryRow("First contact", CaseViews.firstContact(c)));
        rows.add(new SummaryRow("Engagement", c.engagement() == null ? "Not recorded" : c.engagement().label()));
        if (c.closedOn() != null) {
            rows.add(new SummaryRow("Closed", Dates.DAY.format(c.closedOn()) + ": " + c.closureReason()));
        }
        return rows;
    }

    /**
     * The rules of a record the reader may view in full ({@code null} when they may not view it): the channels, safe
     * times and notes; the safe number only when the record is allocated to the reader.
     */
    static SafeContactView safeContact(PersonRecord record) {
        if (record == null || !record.full()) {
            return SafeContactView.UNKNOWN;
        }
        SafeContact r = record.safeContact();
        if (r == null) {
            return SafeContactView.UNKNOWN;
        }
        return new SafeContactView(true, ruleRows(r), r.safeTimes(), r.notes(),
                record.allocatedToMe() ? r.safePhone() : null);
    }

    static List<RuleRow> ruleRows(SafeContact r) {
        return List.of(rule("Phone call", r.callOk()), rule("Voicemail", r.voicemailOk()),
                rule("Text message", r.textOk()), rule("Letter", r.postOk()), rule("Email", r.emailOk()));
    }

    private static RuleRow rule(String channel, Boolean ok) {
        return new RuleRow(channel, ok == null ? "Not asked yet" : ok ? "Safe" : "Not safe",
                ok == null ? "yellow" : ok ? "green" : "red");
    }

    /** Attempts, newest first as given; an attempt on an unsafe channel waits until a manager acknowledges it. */
    static List<ContactRow> contactRows(List<ContactAttempt> contacts) {
        return contacts.stream().map(a -> new ContactRow(a.id().toString(), CaseViews.when(a.attemptedAt()),
                a.method().label(), a.outcome().label(), a.notes(), a.unsafeChannel(),
                a.unsafeChannel() && a.acknowledgedAt() == null, a.recordedBy())).toList();
    }

    /** The service's workers but the case's own, after "Not to a colleague". */
    static List<Option> colleagueChoices(CaseService service, StaffUserId worker) {
        List<Option> colleagues = new ArrayList<>(List.of(new Option("", "Not to a colleague")));
        service.workers().stream().filter(w -> !w.user().equals(worker))
                .forEach(w -> colleagues.add(new Option(w.user().toString(), w.name())));
        return colleagues;
    }

    /**
     * The services a case of the {@code from} service may be handed over to ({@link CaseService#takesOverFrom}, which
     * the module applies again on submit), by agency and name, each as "Agency: service (area)", after "Not to
     * another service".
     */
    static List<Option> serviceChoices(List<CaseService> services, CaseService from, Map<AreaId, String> areas) {
        List<Option> out = new ArrayList<>(List.of(new Option("", "Not to another service")));
        services.stream().filter(s -> s.takesOverFrom(from))
                .sorted(Comparator.comparing(CaseService::agencyName).thenComparing(CaseService::name))
                .forEach(s -> out.add(new Option(s.id().toString(), s.agencyName() + ": " + s.name() + " ("
                        + (s.area() == null ? "the whole partnership" : areas.getOrDefault(s.area(), "an area"))
                        + ")")));
        return out;
    }

    /** The button to accept a waiting handover: for its receiving worker, or a manager of the receiving service. */
    static boolean mayAccept(Handover pending, UUID me, boolean managesReceiving) {
        return pending != null && (me != null && pending.toWorker() != null && me.equals(pending.toWorker().value())
                || managesReceiving);
    }
}
