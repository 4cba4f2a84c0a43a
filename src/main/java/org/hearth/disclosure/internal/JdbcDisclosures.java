package org.hearth.disclosure.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.disclosure.Application;
import org.hearth.disclosure.ApplicationId;
import org.hearth.disclosure.ApplicationSummary;
import org.hearth.disclosure.CheckTask;
import org.hearth.disclosure.Decision;
import org.hearth.disclosure.DisclosureFigures;
import org.hearth.disclosure.Disclosures;
import org.hearth.disclosure.HoldingAgency;
import org.hearth.disclosure.NewApplication;
import org.hearth.disclosure.Outcome;
import org.hearth.disclosure.RiskLevel;
import org.hearth.disclosure.Stage;
import org.hearth.partnership.AgencyId;
import org.hearth.platform.Dates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Disclosures}, each call in one transaction: an application's life ({@link DisclosureApplications}) and the
 * checks with agencies ({@link DisclosureChecks}). Who may do what and what input is accepted are
 * {@link DisclosureRules} (pure); the SQL is {@link DisclosureStore}'s, the aggregate {@link DisclosureAssembler}'s,
 * the team's grants {@link DisclosureTeam}'s.
 */
@Service
@Transactional
class JdbcDisclosures implements Disclosures {

    /** Audit record types, and the kind of the team's grants resting on an application. */
    static final String RECORD_TYPE = "disclosure-application";
    static final String CHECK_TYPE = "disclosure-check";
    static final String BASIS = "disclosure-application";
    /** Calendar days an agency is given to answer a check. */
    static final int CHECK_DAYS = 7;

    private final DisclosureApplications applications;
    private final DisclosureChecks checks;

    JdbcDisclosures(DisclosureApplications applications, DisclosureChecks checks) {
        this.applications = applications;
        this.checks = checks;
    }

    @Override
    public LocalDate today() {
        return DisclosureApplications.today();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApplicationSummary> list(boolean all) {
        return applications.list(all);
    }

    @Override
    public Optional<Application> find(ApplicationId id) {
        return applications.find(id);
    }

    @Override
    public Application apply(NewApplication application) {
        return applications.apply(application);
    }

    @Override
    public Application recordStage(ApplicationId id, Stage stage, LocalDate on, String note, RiskLevel riskLevel) {
        return applications.recordStage(id, stage, on, note, riskLevel);
    }

    @Override
    public Application decide(ApplicationId id, Decision decision) {
        return applications.decide(id, decision);
    }

    @Override
    public Application close(ApplicationId id, Outcome outcome) {
        return applications.close(id, outcome);
    }

    @Override
    public List<HoldingAgency> holdingAgencies(ApplicationId id) {
        return checks.holdingAgencies(id);
    }

    @Override
    public Application askAgency(ApplicationId id, AgencyId agency) {
        return checks.askAgency(id, agency);
    }

    @Override
    public List<CheckTask> checksForMyAgency() {
        return checks.checksForMyAgency();
    }

    @Override
    public CheckTask answerCheck(UUID check, Boolean holdsInformation, String response) {
        return checks.answerCheck(check, holdsInformation, response);
    }

    @Override
    @Transactional(readOnly = true)
    public DisclosureFigures figures(LocalDate from, LocalDate to) {
        return applications.figures(from, to);
    }
}
