package org.hearth.retention.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.audit.NotAudited;
import org.hearth.people.PersonId;
import org.hearth.platform.web.FormErrors;
import org.hearth.retention.Erased;
import org.hearth.retention.HoldKind;
import org.hearth.retention.RecordType;
import org.hearth.retention.Retention;
import org.hearth.retention.RetentionRule;
import org.hearth.retention.ReviewEntry;
import org.hearth.retention.ReviewPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Retention as JSON, for signed-in staff only (no API token scope opens it: erasure is a coordinator's decision):
 * the schedule (coordinators and administrators; {@code PUT} changes a rule, fields {@code years}, {@code untilAge},
 * {@code reasoning}), the review list a page at a time ({@code ?page=&size=}, 50 to a page, at most 200; each page
 * audited with its own ids), a hold ({@code kind}, {@code reason}), its release, an erasure
 * ({@code confirm: true}) and the tombstones (coordinators). Ids, record types, dates and reasons only, never a name.
 * A person not on the review list is a 404. Reads and decisions are audited by {@link Retention}.
 */
@RestController
@RequestMapping("/api/retention")
class RetentionApi {

    private final Retention retention;

    RetentionApi(Retention retention) {
        this.retention = retention;
    }

    record RuleView(String type, String label, int yearsAfterLastInvolvement, Integer untilAge, String rule,
            String reasoning, Instant updatedAt) {

        static RuleView of(RetentionRule r) {
            return new RuleView(r.type().name(), r.type().label(), r.yearsAfterLastInvolvement(), r.untilAge(),
                    r.describe(), r.reasoning(), r.updatedAt());
        }
    }

    record RuleRequest(Integer years, Integer untilAge, String reasoning) {
    }

    record HoldView(String id, String kind, String reason, String heldBy, Instant heldAt) {
    }

    record EntryView(String person, String type, String rule, LocalDate lastInvolvement, LocalDate dueOn,
            List<String> automaticHolds, HoldView hold, boolean held) {

        static EntryView of(ReviewEntry e) {
            return new EntryView(e.person().toString(), e.type().name(), e.rule(), e.lastInvolvement(), e.dueOn(),
                    e.automaticHolds(), e.hold() == null ? null : new HoldView(e.hold().id().toString(),
                            e.hold().kind().name(), e.hold().reason(), e.hold().heldBy(), e.hold().heldAt()),
                    e.held());
        }
    }

    record HoldRequest(String kind, String reason) {
    }

    record EraseRequest(Boolean confirm) {
    }

    record ErasedView(String person, Instant erasedAt, String rule, String approvedBy) {

        static ErasedView of(Erased e) {
            return new ErasedView(e.person().toString(), e.erasedAt(), e.rule(), e.approvedBy());
        }
    }

    @GetMapping("/schedule")
    @PreAuthorize(ScheduleController.KEEPERS)
    @NotAudited("The schedule's rules: no person data")
    List<RuleView> schedule() {
        return retention.schedule().stream().map(RuleView::of).toList();
    }

    @PutMapping("/schedule/{type}")
    @PreAuthorize(ScheduleController.KEEPERS)
    @NotAudited("Retention.updateRule audits the change (no person data)")
    RuleView rule(@PathVariable String type, @RequestBody(required = false) RuleRequest body) {
        RecordType t = ScheduleController.type(type);
        RuleRequest b = body == null ? new RuleRequest(null, null, null) : body;
        return RuleView.of(retention.updateRule(t, b.years(), b.untilAge(), b.reasoning()));
    }

    /** A page of the review list ({@code items}) with the whole list's counts. */
    record ReviewView(int page, int size, int pages, int total, int awaitingDecision, List<EntryView> items) {
    }

    @GetMapping("/review")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("Retention.review audits the search with the ids of the page it answers")
    ReviewView review(@RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "" + RetentionController.PAGE_SIZE) int size) {
        ReviewPage p = retention.review(page, size);
        return new ReviewView(p.page(), p.size(), p.pages(), p.total(), p.awaitingDecision(),
                p.entries().stream().map(EntryView::of).toList());
    }

    @GetMapping("/review/{person}")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("Retention.entry audits the read with the id")
    EntryView entry(@PathVariable UUID person) {
        return retention.entry(new PersonId(person)).map(EntryView::of)
                .orElseThrow(() -> new NoSuchElementException("not on the review list"));
    }

    @PostMapping("/review/{person}/hold")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("Retention.hold audits the hold with the id and its kind")
    EntryView hold(@PathVariable UUID person, @RequestBody(required = false) HoldRequest body) {
        HoldRequest b = body == null ? new HoldRequest(null, null) : body;
        HoldKind kind = FormErrors.named(HoldKind.class, b.kind(), "kind",
                "kind must be LEGAL_HOLD, SAFEGUARDING or OTHER");
        retention.hold(new PersonId(person), kind, b.reason());
        return entry(person);
    }

    @PostMapping("/review/{person}/release")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("Retention.release audits the release with the ids")
    EntryView release(@PathVariable UUID person) {
        ReviewEntry e = retention.entry(new PersonId(person))
                .orElseThrow(() -> new NoSuchElementException("not on the review list"));
        if (e.hold() == null) {
            throw new NoSuchElementException("no hold on this record");
        }
        retention.release(e.hold().id());
        return entry(person);
    }

    @PostMapping("/review/{person}/erase")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("PersonErasure audits the erasure with the ids only")
    ErasedView erase(@PathVariable UUID person, @RequestBody(required = false) EraseRequest body) {
        return ErasedView.of(retention.erase(new PersonId(person), body != null && Boolean.TRUE.equals(body.confirm())));
    }

    @GetMapping("/erased")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("Retention.erased audits the search with the ids it lists")
    List<ErasedView> erased() {
        return retention.erased().stream().map(ErasedView::of).toList();
    }
}
