package org.hearth.housing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hearth.housing.DeclineReason;
import org.hearth.housing.Housing;
import org.hearth.housing.JobSheet;
import org.hearth.housing.NewJob;
import org.hearth.housing.NewProvider;
import org.hearth.housing.NewRefugeReferral;
import org.hearth.housing.NewSanctuary;
import org.hearth.housing.RefugeOutcome;
import org.hearth.housing.RefugeProvider;
import org.hearth.housing.RefugeProviderId;
import org.hearth.housing.RefugeReferral;
import org.hearth.housing.RefugeReferralId;
import org.hearth.housing.Sanctuary;
import org.hearth.housing.SanctuaryId;
import org.hearth.housing.SanctuaryJobId;
import org.hearth.housing.SanctuaryOutcome;
import org.hearth.people.PersonId;
import org.hearth.platform.Dates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Housing}, each call in one transaction: the sanctuary scheme ({@link Sanctuaries}) and refuges
 * ({@link Refuges}). Need-to-know through {@code PersonAccess}, every read audited with the person's id; each part
 * checks who may call it, its input rules ({@link SanctuaryRules}, {@link RefugeRules}) and access rules
 * ({@link HousingRules}) are pure, its SQL is in a store ({@link SanctuaryStore}, {@link RefugeStore}).
 */
@Service
@Transactional
class JdbcHousing implements Housing {

    /** Audit record types. */
    static final String SANCTUARY = "sanctuary-referral";
    static final String JOB = "sanctuary-job";
    static final String REFUGE = "refuge-referral";
    static final String PROVIDER = "refuge-provider";

    private final Sanctuaries sanctuaries;
    private final Refuges refuges;

    JdbcHousing(Sanctuaries sanctuaries, Refuges refuges) {
        this.sanctuaries = sanctuaries;
        this.refuges = refuges;
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(Dates.UK);
    }

    // ---- sanctuary

    @Override
    @Transactional(readOnly = true)
    public List<Sanctuary> sanctuaryFor(PersonId person) {
        return sanctuaries.sanctuaryFor(person);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Sanctuary> sanctuary(SanctuaryId id) {
        return sanctuaries.sanctuary(id);
    }

    @Override
    public Sanctuary refer(PersonId person, NewSanctuary referral) {
        return sanctuaries.refer(person, referral);
    }

    @Override
    public void recordSurvey(SanctuaryId id, LocalDate surveyedOn, String findings, boolean markerRequested) {
        sanctuaries.recordSurvey(id, surveyedOn, findings, markerRequested);
    }

    @Override
    public void recordConsent(SanctuaryId id, LocalDate consentOn) {
        sanctuaries.recordConsent(id, consentOn);
    }

    @Override
    public void confirmMarker(SanctuaryId id, LocalDate confirmedOn) {
        sanctuaries.confirmMarker(id, confirmedOn);
    }

    @Override
    public SanctuaryJobId addJob(SanctuaryId id, NewJob job) {
        return sanctuaries.addJob(id, job);
    }

    @Override
    public void completeJob(SanctuaryId id, SanctuaryJobId job, LocalDate fittedOn, LocalDate safetyCheckedOn) {
        sanctuaries.completeJob(id, job, fittedOn, safetyCheckedOn);
    }

    @Override
    public void close(SanctuaryId id, LocalDate followedUpOn, SanctuaryOutcome outcome, String note) {
        sanctuaries.close(id, followedUpOn, outcome, note);
    }

    @Override
    @Transactional(readOnly = true)
    public List<JobSheet> contractorJobs() {
        return sanctuaries.contractorJobs();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<JobSheet> jobSheet(SanctuaryJobId job) {
        return sanctuaries.jobSheet(job);
    }

    // ---- refuge

    @Override
    @Transactional(readOnly = true)
    public List<RefugeProvider> providers() {
        return refuges.providers();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RefugeProvider> provider(RefugeProviderId id) {
        return refuges.provider(id);
    }

    @Override
    public RefugeProvider addProvider(NewProvider provider) {
        return refuges.addProvider(provider);
    }

    @Override
    public void reportVacancies(RefugeProviderId id, int vacancies, LocalDate on) {
        refuges.reportVacancies(id, vacancies, on);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RefugeReferral> refugeFor(PersonId person) {
        return refuges.refugeFor(person);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RefugeReferral> refugeReferral(RefugeReferralId id) {
        return refuges.refugeReferral(id);
    }

    @Override
    public RefugeReferral referToRefuge(PersonId person, NewRefugeReferral referral) {
        return refuges.referToRefuge(person, referral);
    }

    @Override
    public void recordOutcome(RefugeReferralId id, RefugeOutcome outcome, DeclineReason reason, String note,
            boolean notAnAddress, LocalDate on) {
        refuges.recordOutcome(id, outcome, reason, note, notAnAddress, on);
    }

    @Override
    public void recordMove(RefugeReferralId id, LocalDate movedInOn, LocalDate movedOutOn) {
        refuges.recordMove(id, movedInOn, movedOutOn);
    }

    @Override
    @Transactional(readOnly = true)
    public int refugePlaces() {
        return refuges.refugePlaces();
    }
}
