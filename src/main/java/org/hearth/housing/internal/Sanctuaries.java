package org.hearth.housing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.hearth.access.Actor;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.housing.JobSheet;
import org.hearth.housing.NewJob;
import org.hearth.housing.NewSanctuary;
import org.hearth.housing.Sanctuary;
import org.hearth.housing.SanctuaryId;
import org.hearth.housing.SanctuaryJobId;
import org.hearth.housing.SanctuaryOutcome;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.GrantBasis;
import org.hearth.people.GrantHolder;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The sanctuary scheme's guards, rules and audit: a real ground on the person to read or write, and only the
 * people named on a referral change it (and see the home's address). SQL is {@link SanctuaryStore}'s; the input
 * rules are {@link SanctuaryRules}; the aggregate is {@link HousingAssembler}'s.
 */
@Component
class Sanctuaries {

    private final SanctuaryStore store;
    private final HousingAssembler assembler;
    private final HousingContext context;
    private final PersonAccess access;
    private final AuditTrail audit;

    Sanctuaries(SanctuaryStore store, HousingAssembler assembler, HousingContext context, PersonAccess access,
            AuditTrail audit) {
        this.store = store;
        this.assembler = assembler;
        this.context = context;
        this.access = access;
        this.audit = audit;
    }

    private Sanctuary view(SanctuaryStore.ReferralRow r, Actor me) {
        return assembler.sanctuary(r, store.jobs(r.id()), HousingRules.namedOnSanctuary(r, me));
    }

    private void record(AuditAction action, SanctuaryStore.ReferralRow r, String what) {
        audit.record(action, JdbcHousing.SANCTUARY, List.of(r.id().toString(), r.person().toString()), what);
    }

    List<Sanctuary> sanctuaryFor(PersonId person) {
        return context.readAll(person, JdbcHousing.SANCTUARY, "sanctuary referrals",
                me -> store.forPerson(person.value()).stream().map(r -> view(r, me)).toList(), Sanctuary::id);
    }

    Optional<Sanctuary> sanctuary(SanctuaryId id) {
        return context.readOne(store.find(id.value()), SanctuaryStore.ReferralRow::person, this::view, Sanctuary::id,
                JdbcHousing.SANCTUARY,
                s -> s.address() == null ? "sanctuary referral" : "sanctuary referral with the home address");
    }

    /** A referral the actor may change: a real ground on its person, named on it, and open. */
    private SanctuaryStore.ReferralRow writable(SanctuaryId id) {
        SanctuaryStore.ReferralRow r = store.find(id.value())
                .orElseThrow(() -> new NoSuchElementException("No such sanctuary referral"));
        context.guard(new PersonId(r.person()));
        if (!HousingRules.namedOnSanctuary(r, HousingContext.me())) {
            throw new AccessDeniedException("Only the coordinator, the surveyor and the referring worker change it");
        }
        if (r.closedOn() != null) {
            throw InvalidInputException.of("outcome", "This referral is closed");
        }
        return r;
    }

    Sanctuary refer(PersonId person, NewSanctuary s) {
        context.guard(person);
        Actor me = HousingContext.me();
        if (me.apiClient()) {
            throw new AccessDeniedException("A member of staff refers to the sanctuary scheme");
        }
        Problems.refuseAny(SanctuaryRules.referral(s, context.today(), context.known()));
        UUID id = UUID.randomUUID();
        String reference = "SAN-" + s.referredOn().getYear() + "-" + String.format("%04d", store.nextNumber());
        GrantBasis basis = GrantBasis.of("sanctuary-referral", id);
        UUID coordinatorGrant = access.grant(person, GrantHolder.user(s.coordinator()), AccessGround.ALLOCATED,
                AccessScope.RECORD, null, basis).id();
        UUID surveyorGrant = s.surveyor() == null ? null : access.grant(person, GrantHolder.user(s.surveyor()),
                AccessGround.ALLOCATED, AccessScope.RECORD, null, basis).id();
        store.insert(new SanctuaryStore.NewReferralRow(id, reference, person.value(), s.areaId(), s.referredOn(),
                s.line1().strip(), Problems.blankToNull(s.line2()), s.town().strip(),
                SanctuaryRules.postcode(s.postcode()), s.tenure(), s.landlordConsentOn(), s.highRisk(),
                me.agency().value(), me.actorId(), s.coordinator().value(), coordinatorGrant,
                s.surveyor() == null ? null : s.surveyor().value(), surveyorGrant));
        audit.record(AuditAction.CREATE, JdbcHousing.SANCTUARY, List.of(id.toString(), person.toString()), reference);
        return view(store.find(id).orElseThrow(), me);
    }

    void recordSurvey(SanctuaryId id, LocalDate surveyedOn, String findings, boolean markerRequested) {
        SanctuaryStore.ReferralRow r = writable(id);
        Problems.refuseAny(SanctuaryRules.survey(r.referredOn(), surveyedOn, findings, context.today()));
        store.survey(r.id(), surveyedOn, findings.strip(), markerRequested);
        record(AuditAction.UPDATE, r, "security survey recorded");
    }

    void recordConsent(SanctuaryId id, LocalDate consentOn) {
        SanctuaryStore.ReferralRow r = writable(id);
        Problems.refuseAny(SanctuaryRules.consent(consentOn, context.today()));
        store.consent(r.id(), consentOn);
        record(AuditAction.UPDATE, r, "landlord consent recorded");
    }

    void confirmMarker(SanctuaryId id, LocalDate confirmedOn) {
        SanctuaryStore.ReferralRow r = writable(id);
        Problems.refuseAny(SanctuaryRules.marker(r.markerRequested(), confirmedOn, context.today()));
        store.markerConfirmed(r.id(), confirmedOn);
        record(AuditAction.UPDATE, r, "police marker confirmed");
    }

    SanctuaryJobId addJob(SanctuaryId id, NewJob job) {
        SanctuaryStore.ReferralRow r = writable(id);
        Problems.refuseAny(SanctuaryRules.job(r.tenure(), r.consentOn(), r.referredOn(), job, context.known()));
        UUID jobId = UUID.randomUUID();
        String reference = r.reference() + "-J" + (store.jobCount(r.id()) + 1);
        store.insertJob(jobId, r.id(), reference, job.measure(), Problems.blankToNull(job.detail()),
                job.contractor().value(), job.bookedOn(), job.costPence());
        audit.record(AuditAction.CREATE, JdbcHousing.JOB,
                List.of(jobId.toString(), r.id().toString(), r.person().toString()), reference);
        return new SanctuaryJobId(jobId);
    }

    void completeJob(SanctuaryId id, SanctuaryJobId job, LocalDate fittedOn, LocalDate safetyCheckedOn) {
        SanctuaryStore.ReferralRow r = writable(id);
        LocalDate booked = store.jobBookedOn(job.value(), r.id())
                .orElseThrow(() -> new NoSuchElementException("No such job"));
        Problems.refuseAny(SanctuaryRules.fitting(r.referredOn(), fittedOn, safetyCheckedOn, context.today()));
        store.jobFitted(job.value(), r.id(), fittedOn, safetyCheckedOn);
        audit.record(AuditAction.UPDATE, JdbcHousing.JOB,
                List.of(job.toString(), r.id().toString(), r.person().toString()),
                "fitted" + (safetyCheckedOn == null ? "" : " and safety checked") + " (booked " + booked + ")");
    }

    void close(SanctuaryId id, LocalDate followedUpOn, SanctuaryOutcome outcome, String note) {
        SanctuaryStore.ReferralRow r = writable(id);
        Problems.refuseAny(SanctuaryRules.closing(r.referredOn(), followedUpOn, outcome, note, context.today()));
        store.close(r.id(), followedUpOn, outcome.name(), Problems.blankToNull(note));
        Stream.of(r.coordinatorGrant(), r.surveyorGrant()).filter(Objects::nonNull).forEach(access::end);
        record(AuditAction.UPDATE, r, "closed: " + outcome.label());
    }

    /** The open jobs of the actor's agency as a contractor; none for anyone else. */
    List<JobSheet> contractorJobs() {
        Actor me = HousingContext.me();
        if (!HousingRules.contractor(me)) {
            return List.of();
        }
        List<JobSheet> out = store.sheets(me.agency().value()).stream().map(assembler::jobSheet).toList();
        if (!out.isEmpty()) {
            audit.record(AuditAction.READ, JdbcHousing.JOB, out.stream().map(j -> j.id().toString()).toList(),
                    "contractor's job sheets");
        }
        return out;
    }

    Optional<JobSheet> jobSheet(SanctuaryJobId job) {
        Actor me = HousingContext.me();
        if (!HousingRules.contractor(me)) {
            return Optional.empty();
        }
        Optional<JobSheet> out = store.sheet(me.agency().value(), job.value()).map(assembler::jobSheet);
        out.ifPresent(j -> audit.record(AuditAction.READ, JdbcHousing.JOB, List.of(j.id().toString()), "job sheet"));
        return out;
    }
}
