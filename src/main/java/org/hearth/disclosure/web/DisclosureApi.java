package org.hearth.disclosure.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.audit.NotAudited;
import org.hearth.disclosure.Application;
import org.hearth.disclosure.ApplicationId;
import org.hearth.disclosure.Decision;
import org.hearth.disclosure.Disclosures;
import org.hearth.people.PersonRequest;
import org.hearth.disclosure.NewApplication;
import org.hearth.disclosure.Outcome;
import org.hearth.disclosure.Route;
import org.hearth.disclosure.Stage;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Clare's Law applications as JSON, for the disclosure team's signed-in members only: no API token scope opens it
 * (a token acts for a whole agency, and the applicant's details show only to the team). Errors are RFC 9457 problem
 * details naming each field ({@code route}, {@code receivedOn}, {@code applicant}, {@code personAtRisk},
 * {@code subject}; {@code stage}, {@code reachedOn}, {@code note}; {@code forumOn}, {@code members},
 * {@code disclose}, {@code lawful}, {@code necessary}, {@code proportionate}; {@code closedOn}, {@code recipient},
 * {@code deliveredBy}, {@code safetyPlan}, {@code noDisclosureReason}); unknown fields are refused. Reads are
 * audited by {@link Disclosures}.
 */
@RestController
@RequestMapping("/api/disclosure")
@PreAuthorize(DisclosurePages.TEAM)
class DisclosureApi {

    private final Disclosures disclosures;

    DisclosureApi(Disclosures disclosures) {
        this.disclosures = disclosures;
    }

    record ApplicationRequest(Route route, LocalDate receivedOn, Boolean applicantIsPersonAtRisk,
            PersonRequest applicant, String applicantRelationship, PersonRequest personAtRisk, PersonRequest subject,
            Boolean immediateRisk, String immediateRiskAction) {
    }

    record DecisionRequest(LocalDate forumOn, String members, Boolean disclose, String lawful, String necessary,
            String proportionate, List<UUID> agencies) {
    }

    record StageRequest(Stage stage, LocalDate reachedOn, String note, org.hearth.disclosure.RiskLevel riskLevel) {
    }

    record OutcomeRequest(LocalDate closedOn, Outcome.Recipient recipient, String deliveredBy, String safetyPlan,
            String noDisclosureReason) {
    }

    record SummaryView(String id, String reference, Route route, LocalDate receivedOn, LocalDate dueOn, String stage,
            LocalDate closedOn, boolean overdue) {
    }

    record PartyView(String id, String name, LocalDate dateOfBirth) {

        static PartyView of(Application.Party p) {
            return p == null ? null : new PartyView(p.id().toString(), p.name(), p.dateOfBirth());
        }
    }

    record ApplicationView(String id, String reference, Route route, LocalDate receivedOn, LocalDate dueOn,
            long daysTaken, boolean overdue, PartyView applicant, String applicantRelationship,
            PartyView personAtRisk, PartyView subject, org.hearth.disclosure.RiskLevel riskLevel,
            LocalDate riskAssessedOn, List<Application.StageEntry> stages,
            List<Application.CheckRequest> checks, Decision decision, LocalDate closedOn, PartyView recipient,
            String deliveredBy, String safetyPlan, String noDisclosureReason) {

        static ApplicationView of(Application a, LocalDate today) {
            return new ApplicationView(a.id().toString(), a.reference(), a.route(), a.receivedOn(), a.dueOn(),
                    a.daysTaken(today), a.overdue(today), PartyView.of(a.applicant()), a.applicantRelationship(),
                    PartyView.of(a.personAtRisk()), PartyView.of(a.subject()), a.riskLevel(), a.riskAssessedOn(),
                    a.stages(), a.checks(), a.decision(),
                    a.closedOn(), PartyView.of(a.recipient()), a.deliveredBy(), a.safetyPlan(),
                    a.noDisclosureReason());
        }
    }

    @GetMapping("/applications")
    @NotAudited("Disclosures.list audits the search with the applications' ids")
    List<SummaryView> list(@RequestParam(defaultValue = "false") boolean all) {
        LocalDate today = disclosures.today();
        return disclosures.list(all).stream().map(s -> new SummaryView(s.id().toString(), s.reference(), s.route(),
                s.receivedOn(), s.dueOn(), s.stage(), s.closedOn(), s.overdue(today))).toList();
    }

    @GetMapping("/applications/{id}")
    @NotAudited("Disclosures.find audits the read with the ids of every person on the application")
    ApplicationView one(@PathVariable UUID id) {
        return disclosures.find(new ApplicationId(id)).map(a -> ApplicationView.of(a, disclosures.today()))
                .orElseThrow(NoSuchElementException::new);
    }

    @PostMapping("/applications")
    @NotAudited("Disclosures.apply audits the new application in its transaction, with every person's id")
    ResponseEntity<ApplicationView> apply(@RequestBody ApplicationRequest body) {
        Application saved = disclosures.apply(new NewApplication(body.route(), body.receivedOn(),
                !Boolean.FALSE.equals(body.applicantIsPersonAtRisk()),
                body.applicant() == null ? null : body.applicant().named(), body.applicantRelationship(),
                body.personAtRisk() == null ? null : body.personAtRisk().named(),
                body.subject() == null ? null : body.subject().named(), Boolean.TRUE.equals(body.immediateRisk()),
                body.immediateRiskAction()));
        return ResponseEntity.created(URI.create("/api/disclosure/applications/" + saved.id()))
                .body(ApplicationView.of(saved, disclosures.today()));
    }

    @PostMapping("/applications/{id}/decision")
    @NotAudited("Disclosures.decide audits the decision in its transaction, with every person's id")
    ApplicationView decide(@PathVariable UUID id, @RequestBody DecisionRequest body) {
        ApplicationId app = new ApplicationId(id);
        if (disclosures.find(app).isEmpty()) {
            throw new NoSuchElementException();
        }
        return ApplicationView.of(disclosures.decide(app, Decision.withAgencies(body.forumOn(), body.members(),
                body.disclose(), body.lawful(), body.necessary(), body.proportionate(), body.agencies() == null
                        ? List.of() : body.agencies().stream().map(org.hearth.partnership.AgencyId::new).toList())),
                disclosures.today());
    }

    /** Another agency's application, or none: the module's NoSuchElementException, a 404 (DisclosureApiProblems). */
    @PostMapping("/applications/{id}/stages")
    @NotAudited("Disclosures.recordStage audits the change in its transaction, with every person's id")
    ApplicationView stage(@PathVariable UUID id, @RequestBody StageRequest body) {
        return ApplicationView.of(disclosures.recordStage(new ApplicationId(id), body.stage(), body.reachedOn(),
                body.note(), body.riskLevel()), disclosures.today());
    }

    @PostMapping("/applications/{id}/outcome")
    @NotAudited("Disclosures.close audits the outcome in its transaction, with every person's id")
    ApplicationView outcome(@PathVariable UUID id, @RequestBody OutcomeRequest body) {
        return ApplicationView.of(disclosures.close(new ApplicationId(id), new Outcome(body.closedOn(),
                body.recipient(), body.deliveredBy(), body.safetyPlan(), body.noDisclosureReason())),
                disclosures.today());
    }
}
