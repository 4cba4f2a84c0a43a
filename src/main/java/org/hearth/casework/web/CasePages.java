package org.hearth.casework.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffUserId;
import org.hearth.audit.NotAudited;
import org.hearth.casework.Case;
import org.hearth.casework.CaseId;
import org.hearth.casework.CaseService;
import org.hearth.casework.CaseServiceId;
import org.hearth.casework.CaseServices;
import org.hearth.casework.Casework;
import org.hearth.casework.ContactAttempt;
import org.hearth.casework.ContactMethod;
import org.hearth.casework.ContactOutcome;
import org.hearth.casework.Engagement;
import org.hearth.casework.Handover;
import org.hearth.casework.HandoverId;
import org.hearth.casework.NoteType;
import org.hearth.casework.RiskStage;
import org.hearth.casework.SafetyPlan;
import org.hearth.casework.SupportNeed;
import org.hearth.casework.SupportStatus;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Area;
import org.hearth.partnership.Partnerships;
import org.hearth.people.People;
import org.hearth.people.PersonAccess;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.web.DateParts;
import org.hearth.platform.web.FormPost;
import org.hearth.platform.web.Option;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's page: the first-contact clock, the person's safe-contact rules (shown before any attempt is planned),
 * contact attempts, engagement, notes, the support plan, DASH reviews and handover; its chronology and safety plan.
 * Its worker and its service's managers work it; the receiving side of a waiting handover reads it to accept.
 */
@Controller
@PreAuthorize(Role.WORKS_CASES)
@NotAudited("the casework module audits every read and write of a case with the person's id")
class CasePages {

    private final Casework casework;
    private final CaseServices services;
    private final People people;
    private final PersonAccess access;
    private final Partnerships partnerships;
    private final org.hearth.casework.Programmes programmes;

    CasePages(Casework casework, CaseServices services, People people, PersonAccess access, Partnerships partnerships,
            org.hearth.casework.Programmes programmes) {
        this.programmes = programmes;
        this.casework = casework;
        this.services = services;
        this.people = people;
        this.access = access;
        this.partnerships = partnerships;
    }

    private Case load(UUID id) {
        return casework.find(new CaseId(id)).orElseThrow(Forms::notFound);
    }

    @GetMapping("/casework/cases/{id}")
    String show(@PathVariable UUID id, Model model) {
        return page(load(id), model, new LinkedHashMap<>(), Map.of());
    }

    private String page(Case c, Model model, Map<String, String> errors, Map<String, String> values) {
        boolean work = casework.mayWork(c.id()) && c.status() != org.hearth.casework.CaseStatus.CLOSED;
        model.addAttribute("c", c);
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("work", work);
        model.addAttribute("manager", casework.manages(c.service()));
        model.addAttribute("programmeNotices", programmes.noticesFor(c.id()).stream().map(ProgrammeViews::notice)
                .toList());
        model.addAttribute("personName", access.mayView(c.person()) ? people.name(c.person()).orElse("") : null);
        model.addAttribute("summary", CasePageViews.summary(c));
        model.addAttribute("firstContactTag", CaseViews.tag(c, CaseViews.today()));
        model.addAttribute("firstContactColour", CaseViews.colour(c, CaseViews.today()));
        // the person's safe-contact rules, before any attempt is planned
        CasePageViews.SafeContactView rules = CasePageViews.safeContact(access.mayView(c.person())
                ? people.record(c.person()).orElse(null) : null);
        model.addAttribute("rulesKnown", rules.known());
        model.addAttribute("rules", rules.rules());
        model.addAttribute("safeTimes", rules.safeTimes());
        model.addAttribute("safeNotes", rules.notes());
        model.addAttribute("safePhone", rules.safePhone());
        model.addAttribute("contacts", CasePageViews.contactRows(casework.contacts(c.id())));
        model.addAttribute("notes", casework.notes(c.id()));
        model.addAttribute("support", casework.supportPlan(c.id()));
        model.addAttribute("reviews", casework.riskReviews(c.id()));
        List<SafetyPlan> plans = casework.safetyPlans(c.id());
        model.addAttribute("plan", plans.isEmpty() ? null : plans.get(0));
        model.addAttribute("methodChoices", Option.withNone("Choose how",
                Option.of(ContactMethod::label, ContactMethod.values())));
        model.addAttribute("outcomeChoices", Option.withNone("Choose what came of it",
                Option.of(ContactOutcome::label, ContactOutcome.values())));
        model.addAttribute("engagementChoices", Option.of(Engagement::label, Engagement.values()));
        model.addAttribute("noteChoices", Option.withNone("Choose a type",
                Option.of(NoteType::label, NoteType.values())));
        model.addAttribute("needChoices", Option.withNone("Choose a need",
                Option.of(SupportNeed::label, SupportNeed.values())));
        model.addAttribute("statusChoices", Option.of(SupportStatus::label, SupportStatus.values()));
        model.addAttribute("stageChoices", Option.of(RiskStage::label, RiskStage.values()));
        CaseService service = services.find(c.service()).orElseThrow();
        model.addAttribute("colleagueChoices", CasePageViews.colleagueChoices(service, c.worker()));
        model.addAttribute("serviceChoices", CasePageViews.serviceChoices(services.all(), service,
                partnerships.areas().stream().collect(Collectors.toMap(Area::id, Area::name))));
        Handover pending = c.pendingHandover();
        model.addAttribute("mayAccept", CasePageViews.mayAccept(pending, Actor.current().map(Actor::actorId)
                .orElse(null), pending != null && casework.manages(pending.toService())));
        model.addAttribute("attemptedOnParts", DateParts.ofFields(values, "attemptedOn"));
        model.addAttribute("notedOnParts", values.isEmpty() ? DateParts.of(CaseViews.today()) : DateParts.ofFields(values, "notedOn"));
        return "casework/case";
    }

    private String refused(Case c, Model model, Map<String, String> errors, Map<String, String> form,
            HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(casework.find(c.id()).orElseThrow(Forms::notFound), model, errors, form);
    }

    @PostMapping("/casework/cases/{id}/contacts")
    String contact(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Case c = load(id);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = DateParts.date(form, "attemptedOn", errors);
        LocalTime at = Forms.time(form, "attemptedAt", errors);
        return FormPost.submit(errors, response, () -> {
            Instant when = on == null ? null
                    : on.atTime(at == null ? LocalTime.NOON : at).atZone(Dates.UK).toInstant();
            if (on != null && at == null && on.equals(CaseViews.today())) {
                when = Instant.now();
            }
            ContactAttempt a = casework.recordContact(c.id(), when,
                    Forms.enumOf(ContactMethod.class, form.get("method")),
                    Forms.enumOf(ContactOutcome.class, form.get("outcome")), form.get("notes"));
            return FormPost.redirect(redirect, a.unsafeChannel()
                    ? "Contact attempt recorded. The person's rules mark this channel as not safe: the service's "
                            + "managers have been told"
                    : "Contact attempt recorded", "/casework/cases/" + id + "#contacts");
        }, all -> refused(c, model, all, form, response));
    }

    @PostMapping("/casework/cases/{id}/contacts/{contactId}/acknowledge")
    String acknowledge(@PathVariable UUID id, @PathVariable UUID contactId, RedirectAttributes redirect) {
        Case c = load(id);
        try {
            casework.acknowledge(c.id(), contactId);
        } catch (java.util.NoSuchElementException e) {
            throw Forms.notFound();
        }
        return FormPost.redirect(redirect, "Escalation acknowledged", "/casework/cases/" + id + "#contacts");
    }

    @PostMapping("/casework/cases/{id}/engagement")
    String engagement(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Case c = load(id);
        return FormPost.submit(new LinkedHashMap<>(), response, () -> {
            casework.setEngagement(c.id(), Forms.enumOf(Engagement.class, form.get("engagement")));
            return FormPost.redirect(redirect, "Engagement recorded", "/casework/cases/" + id);
        }, all -> refused(c, model, all, form, response));
    }

    @PostMapping("/casework/cases/{id}/notes")
    String note(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Case c = load(id);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = DateParts.date(form, "notedOn", errors);
        return FormPost.submit(errors, response, () -> {
            casework.addNote(c.id(), Forms.enumOf(NoteType.class, form.get("type")), on, form.get("text"));
            return FormPost.redirect(redirect, "Note added", "/casework/cases/" + id + "#notes");
        }, e -> refused(c, model, e, form, response));
    }

    @PostMapping("/casework/cases/{id}/support")
    String addSupport(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Case c = load(id);
        return FormPost.submit(new LinkedHashMap<>(), response, () -> {
            casework.addSupport(c.id(), Forms.enumOf(SupportNeed.class, form.get("need")), form.get("intervention"));
            return FormPost.redirect(redirect, "Added to the support plan", "/casework/cases/" + id + "#support");
        }, all -> refused(c, model, all, form, response));
    }

    @PostMapping("/casework/cases/{id}/support/{itemId}")
    String updateSupport(@PathVariable UUID id, @PathVariable UUID itemId, @RequestParam Map<String, String> form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Case c = load(id);
        try {
            casework.updateSupport(c.id(), itemId, Forms.enumOf(SupportStatus.class, form.get("status")),
                    form.get("outcome"));
            return FormPost.redirect(redirect, "Support plan updated", "/casework/cases/" + id + "#support");
        } catch (java.util.NoSuchElementException e) {
            throw Forms.notFound();
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach((k, v) -> errors.put(k + "-" + itemId, v));
            return refused(c, model, errors, form, response);
        }
    }

    @PostMapping("/casework/cases/{id}/risk-reviews")
    String riskReview(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response) {
        Case c = load(id);
        return FormPost.submit(new LinkedHashMap<>(), response, () -> {
            casework.requestRiskReview(c.id(), Forms.enumOf(RiskStage.class, form.get("stage")));
            return "redirect:/people/" + c.person() + "/risk/new";
        }, all -> refused(c, model, all, form, response));
    }

    @PostMapping("/casework/cases/{id}/handover")
    String handover(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Case c = load(id);
        return FormPost.submit(new LinkedHashMap<>(), response, () -> {
            casework.handover(c.id(), Forms.id(form.get("toWorker"), StaffUserId::new),
                    Forms.id(form.get("toService"), CaseServiceId::new), Forms.id(form.get("toAgency"), AgencyId::new),
                    form.get("note"));
            return FormPost.redirect(redirect, "Handover requested: it takes effect when it is accepted",
                    "/casework/cases/" + id);
        }, all -> refused(c, model, all, form, response));
    }

    @PostMapping("/casework/handovers/{id}/accept")
    String accept(@PathVariable UUID id, RedirectAttributes redirect) {
        Case c;
        try {
            c = casework.acceptHandover(new HandoverId(id));
        } catch (java.util.NoSuchElementException e) {
            throw Forms.notFound();
        }
        return FormPost.redirect(redirect, "Handover accepted: " + c.reference() + " is now with "
                + (c.workerName() == null ? c.serviceName() + " (awaiting allocation)" : c.workerName()),
                "/casework/cases/" + c.id());
    }

    @GetMapping("/casework/cases/{id}/chronology")
    String chronology(@PathVariable UUID id, Model model) {
        Case c = load(id);
        model.addAttribute("c", c);
        model.addAttribute("personName", access.mayView(c.person()) ? people.name(c.person()).orElse("") : null);
        model.addAttribute("entries", casework.chronology(c.id()).stream()
                .map(e -> List.of(Dates.DAY.format(e.on()), e.kind(), e.text())).toList());
        return "casework/chronology";
    }

    static final List<String> SECTIONS = List.of("safeContacts", "escapePlan", "documentsAndBag", "codeWord",
            "children", "technology", "atHome", "atWork");

    @GetMapping("/casework/cases/{id}/safety-plan")
    String safetyPlan(@PathVariable UUID id, Model model) {
        Case c = load(id);
        List<SafetyPlan> plans = casework.safetyPlans(c.id());
        Map<String, String> values = new LinkedHashMap<>();
        if (!plans.isEmpty()) {
            SafetyPlan p = plans.get(0);
            values.put("safeContacts", p.safeContacts());
            values.put("escapePlan", p.escapePlan());
            values.put("documentsAndBag", p.documentsAndBag());
            values.put("codeWord", p.codeWord());
            values.put("children", p.children());
            values.put("technology", p.technology());
            values.put("atHome", p.atHome());
            values.put("atWork", p.atWork());
        }
        return planPage(c, plans, model, new LinkedHashMap<>(), values);
    }

    private String planPage(Case c, List<SafetyPlan> plans, Model model, Map<String, String> errors,
            Map<String, String> values) {
        model.addAttribute("c", c);
        model.addAttribute("work", casework.mayWork(c.id()) && c.status() != org.hearth.casework.CaseStatus.CLOSED);
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("versions", plans.stream().map(p -> List.of(String.valueOf(p.version()),
                CaseViews.when(p.recordedAt()), p.recordedBy() == null ? "" : p.recordedBy())).toList());
        return "casework/safety-plan";
    }

    @PostMapping("/casework/cases/{id}/safety-plan")
    String savePlan(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Case c = load(id);
        return FormPost.submit(new LinkedHashMap<>(), response, () -> {
            SafetyPlan p = casework.saveSafetyPlan(c.id(), new SafetyPlan.Sections(form.get("safeContacts"),
                    form.get("escapePlan"), form.get("documentsAndBag"), form.get("codeWord"), form.get("children"),
                    form.get("technology"), form.get("atHome"), form.get("atWork")));
            return FormPost.redirect(redirect, "Safety plan saved as version " + p.version(), "/casework/cases/" + id);
        }, all -> planPage(c, casework.safetyPlans(c.id()), model, all, form));
    }
}
