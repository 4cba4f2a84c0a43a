package org.hearth.disclosure.internal;

import org.hearth.platform.Dates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.hearth.access.Actor;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.disclosure.Application;
import org.hearth.disclosure.ApplicationId;
import org.hearth.disclosure.ApplicationSummary;
import org.hearth.disclosure.Decision;
import org.hearth.disclosure.DisclosureFigures;
import org.hearth.disclosure.NewApplication;
import org.hearth.disclosure.Outcome;
import org.hearth.disclosure.RiskLevel;
import org.hearth.disclosure.Route;
import org.hearth.disclosure.Stage;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * An application's life, by the disclosure team of the agency holding it, audited: made, its stages, the forum's
 * decision and the closing; and the scheme's figures. Rules are {@link DisclosureRules}', SQL
 * {@link DisclosureStore}'s, the team's grants {@link DisclosureTeam}'s.
 */
@Component
class DisclosureApplications {

    private final DisclosureStore store;
    private final DisclosureAssembler assembler;
    private final DisclosureTeam team;
    private final AuditTrail audit;
    private final Predicate<AgencyId> agencyKnown;

    DisclosureApplications(DisclosureStore store, DisclosureAssembler assembler, DisclosureTeam team,
            Partnerships partnerships, AuditTrail audit) {
        this.store = store;
        this.assembler = assembler;
        this.team = team;
        this.audit = audit;
        this.agencyKnown = agency -> partnerships.agency(agency).isPresent();
    }

    static Actor me() {
        return Actor.current().orElseThrow(() -> new AccessDeniedException("Sign in"));
    }

    static LocalDate today() {
        return LocalDate.now(Dates.UK);
    }

    /** The open application of the team's agency; another agency's is "no such application". */
    UUID requireOpen(ApplicationId id, Actor me) {
        UUID app = store.ofAgency(id.value(), me.agency().value())
                .orElseThrow(() -> new NoSuchElementException("No such application"));
        DisclosureRules.requireOpen(store.closed(app));
        return app;
    }

    private Application audited(UUID app, String what) {
        Application saved = assembler.load(app);
        audit.record(AuditAction.UPDATE, JdbcDisclosures.RECORD_TYPE, DisclosureTeam.ids(saved), what);
        return saved;
    }

    List<ApplicationSummary> list(boolean all) {
        Actor me = DisclosureRules.team(me());
        List<ApplicationSummary> out = store.summaries(me.agency().value(), all).stream().map(assembler::summary)
                .toList();
        audit.record(AuditAction.SEARCH, JdbcDisclosures.RECORD_TYPE, out.stream().map(s -> s.id().toString()).toList(),
                "disclosure applications (references only)");
        return out;
    }

    Optional<Application> find(ApplicationId id) {
        Actor me = DisclosureRules.team(me());
        Optional<UUID> app = store.ofAgency(id.value(), me.agency().value());
        app.ifPresent(a -> team.join(a, me));
        Optional<Application> found = app.map(assembler::load);
        found.ifPresent(a -> audit.record(AuditAction.READ, JdbcDisclosures.RECORD_TYPE, DisclosureTeam.ids(a),
                "Clare's Law application"));
        return found;
    }

    Application apply(NewApplication a) {
        Actor me = DisclosureRules.team(me());
        InvalidInputException.refuseIfAny(DisclosureRules.application(a, today()));
        boolean ask = a.route() == Route.RIGHT_TO_ASK;
        boolean thirdParty = DisclosureRules.thirdParty(a);
        List<PersonId> created = new ArrayList<>();
        PersonId atRisk = team.resolve("personAtRisk", a.personAtRisk(), created);
        PersonId subject = team.resolve("subject", a.subject(), created);
        PersonId applicant = !ask ? null : thirdParty ? team.resolve("applicant", a.applicant(), created) : atRisk;
        if (subject.equals(atRisk) || subject.equals(applicant)) {
            throw InvalidInputException.of("subject", "The subject cannot also be the person at risk or the applicant");
        }
        UUID id = UUID.randomUUID();
        String reference = "DVDS-" + a.receivedOn().getYear() + "-" + String.format("%04d", store.nextNumber());
        store.insert(new DisclosureStore.NewApplicationRow(id, reference, a.route(), a.receivedOn(),
                applicant == null ? null : applicant.value(),
                thirdParty ? DisclosureRules.trimmed(a.applicantRelationship()) : ask ? "The person at risk" : null,
                atRisk.value(), subject.value(), a.immediateRisk(), DisclosureRules.trimmed(a.immediateRiskAction()),
                me.agency().value(), me.displayName()));
        store.stage(id, Stage.CONTACT, a.receivedOn(), a.immediateRisk()
                ? "Immediate risk found: " + a.immediateRiskAction().strip() : "No immediate risk found",
                me.displayName());
        Application saved = assembler.load(id);
        team.grantTeam(saved, me, created);
        audit.record(AuditAction.CREATE, JdbcDisclosures.RECORD_TYPE, DisclosureTeam.ids(saved),
                a.route().label() + " " + reference);
        return saved;
    }

    Application recordStage(ApplicationId id, Stage stage, LocalDate on, String note, RiskLevel riskLevel) {
        Actor me = DisclosureRules.team(me());
        UUID app = requireOpen(id, me);
        InvalidInputException.refuseIfAny(
                DisclosureRules.stage(stage, on, note, riskLevel, store.receivedOn(app), today()));
        store.stage(app, stage, on, DisclosureRules.trimmed(note), me.displayName());
        if (stage == Stage.RISK_ASSESSMENT && riskLevel != null) {
            store.riskLevel(app, riskLevel, on);
        }
        return audited(app, "stage " + stage.name());
    }

    Application decide(ApplicationId id, Decision d) {
        Actor me = DisclosureRules.team(me());
        UUID app = requireOpen(id, me);
        InvalidInputException.refuseIfAny(DisclosureRules.decision(d, store.receivedOn(app), today(), agencyKnown));
        store.decide(app, d, me.displayName());
        return audited(app, d.disclose() ? "forum: disclose" : "forum: no disclosure");
    }

    Application close(ApplicationId id, Outcome o) {
        Actor me = DisclosureRules.team(me());
        UUID app = requireOpen(id, me);
        Application a = assembler.load(app);
        InvalidInputException.refuseIfAny(DisclosureRules.outcome(a, o, today()));
        boolean disclose = a.disclosed().orElse(false);
        Application.Party recipient = disclose ? DisclosureRules.recipient(a, o) : null;
        store.close(app, o.on(), recipient == null ? null : recipient.id().value(),
                disclose ? o.deliveredBy().strip() : null, disclose ? o.safetyPlan().strip() : null,
                disclose ? null : o.noDisclosureReason().strip());
        Application saved = assembler.load(app);
        team.endTeamGrants(saved, me);
        audit.record(AuditAction.UPDATE, JdbcDisclosures.RECORD_TYPE, DisclosureTeam.ids(saved),
                disclose ? "disclosed; closed" : "no disclosure; closed");
        return saved;
    }

    DisclosureFigures figures(LocalDate from, LocalDate to) {
        DisclosureRules.figuresReader(me());
        return new DisclosureFigures(from, to, store.figures(from, to));
    }
}
