package org.hearth.housing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffUserId;
import org.hearth.access.StaffUsers;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.housing.AddressText;
import org.hearth.housing.DeclineReason;
import org.hearth.housing.Housing;
import org.hearth.housing.JobSheet;
import org.hearth.housing.Measure;
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
import org.hearth.housing.Tenure;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.GrantBasis;
import org.hearth.people.GrantHolder;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.InvalidInputException.Problem;
import org.hearth.people.RefugeStayRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Housing} on its tables; need-to-know through {@link PersonAccess}, every read audited with the person's id. */
@Service
@Transactional
class JdbcHousing implements Housing {

    static final String SANCTUARY = "sanctuary-referral";
    static final String JOB = "sanctuary-job";
    static final String REFUGE = "refuge-referral";
    static final String PROVIDER = "refuge-provider";
    static final ZoneId UK = ZoneId.of("Europe/London");
    static final int MAX_TEXT = 4000;
    static final int MAX_NOTE = 2000;

    private final JdbcClient jdbc;
    private final PersonAccess access;
    private final Partnerships partnerships;
    private final StaffUsers staff;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    JdbcHousing(JdbcClient jdbc, PersonAccess access, Partnerships partnerships, StaffUsers staff, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.access = access;
        this.partnerships = partnerships;
        this.staff = staff;
        this.audit = audit;
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(UK);
    }

    private static Actor me() {
        return Actor.current().orElseThrow(() -> new AccessDeniedException("Sign in"));
    }

    private static UUID myUserId(Actor me) {
        return me.apiClient() ? null : me.actorId();
    }

    private void guard(PersonId person) {
        if (person == null || !access.holdsGround(person)) {
            throw new AccessDeniedException("No ground on this person's record");
        }
    }

    private String agencyName(UUID id) {
        return id == null ? null : partnerships.agency(new AgencyId(id)).map(a -> a.name()).orElse("An agency");
    }

    private String areaName(UUID id) {
        return id == null ? null : partnerships.area(new AreaId(id)).map(a -> a.name()).orElse(null);
    }

    private String staffName(UUID id) {
        return id == null ? null : staff.find(new StaffUserId(id)).map(u -> u.displayName()).orElse("A member of staff");
    }

    private static void check(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void length(List<Problem> problems, String field, String text, int max, String what) {
        if (text != null && text.length() > max) {
            problems.add(new Problem(field, what + " must be " + max + " characters or fewer"));
        }
    }

    private void notFuture(List<Problem> problems, String field, LocalDate date, String what) {
        if (date != null && date.isAfter(today())) {
            problems.add(new Problem(field, what + " must be today or in the past"));
        }
    }

    // ================================================================================================ sanctuary

    private record Row(UUID id, String reference, UUID person, UUID area, LocalDate referredOn, String line1,
            String line2, String town, String postcode, Tenure tenure, LocalDate consentOn, boolean highRisk,
            UUID referringAgency, UUID referredBy, UUID coordinator, UUID coordinatorGrant, UUID surveyor,
            UUID surveyorGrant, LocalDate surveyedOn, String findings, LocalDate markerRequested,
            LocalDate markerConfirmed, LocalDate followUpDue, LocalDate followedUp, String outcome, String outcomeNote,
            LocalDate closedOn) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getObject("person_id", UUID.class),
                rs.getObject("area_id", UUID.class), rs.getObject("referred_on", LocalDate.class),
                rs.getString("address_line1"), rs.getString("address_line2"), rs.getString("town"),
                rs.getString("postcode"), Tenure.valueOf(rs.getString("tenure")),
                rs.getObject("landlord_consent_on", LocalDate.class), rs.getBoolean("high_risk"),
                rs.getObject("referring_agency_id", UUID.class), rs.getObject("referred_by", UUID.class),
                rs.getObject("coordinator_id", UUID.class), rs.getObject("coordinator_grant_id", UUID.class),
                rs.getObject("surveyor_id", UUID.class), rs.getObject("surveyor_grant_id", UUID.class),
                rs.getObject("surveyed_on", LocalDate.class), rs.getString("survey_findings"),
                rs.getObject("marker_requested_on", LocalDate.class),
                rs.getObject("marker_confirmed_on", LocalDate.class),
                rs.getObject("follow_up_due_on", LocalDate.class), rs.getObject("followed_up_on", LocalDate.class),
                rs.getString("outcome"), rs.getString("outcome_note"), rs.getObject("closed_on", LocalDate.class));
    }

    /** The coordinator, the surveyor and the referring worker: the only ones who see the home's address. */
    private static boolean named(Row r, Actor me) {
        UUID mine = myUserId(me);
        return mine != null && (mine.equals(r.coordinator()) || mine.equals(r.surveyor())
                || mine.equals(r.referredBy()));
    }

    private Sanctuary view(Row r, Actor me) {
        boolean named = named(r, me);
        List<Sanctuary.Job> jobs = jdbc.sql("SELECT * FROM sanctuary_job WHERE referral_id = ? AND NOT cancelled "
                + "ORDER BY booked_on, reference").param(r.id()).query((rs, n) -> new Sanctuary.Job(
                        new SanctuaryJobId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                        Measure.valueOf(rs.getString("measure")), rs.getString("detail"),
                        agencyName(rs.getObject("contractor_id", UUID.class)),
                        rs.getObject("booked_on", LocalDate.class), (Long) rs.getObject("cost_pence"),
                        rs.getObject("fitted_on", LocalDate.class), rs.getObject("safety_checked_on", LocalDate.class)))
                .list();
        String address = named ? oneLine(r) : null;
        return new Sanctuary(new SanctuaryId(r.id()), r.reference(), new PersonId(r.person()), r.referredOn(),
                areaName(r.area()), address, r.tenure(), r.consentOn(), r.highRisk(), agencyName(r.referringAgency()),
                staffName(r.coordinator()), staffName(r.surveyor()), r.surveyedOn(), r.findings(), r.markerRequested(),
                r.markerConfirmed(), r.followUpDue(), r.followedUp(),
                r.outcome() == null ? null : SanctuaryOutcome.valueOf(r.outcome()), r.outcomeNote(), r.closedOn(),
                jobs, named);
    }

    private static String oneLine(Row r) {
        return String.join(", ", Stream.of(r.line1(), r.line2(), r.town(), r.postcode())
                .filter(s -> s != null && !s.isBlank()).toList());
    }

    private Optional<Row> load(SanctuaryId id) {
        return jdbc.sql("SELECT * FROM sanctuary_referral WHERE id = ?").param(id.value()).query(JdbcHousing::row)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Sanctuary> sanctuaryFor(PersonId person) {
        guard(person);
        Actor me = me();
        List<Sanctuary> out = jdbc.sql("SELECT * FROM sanctuary_referral WHERE person_id = ? ORDER BY referred_on DESC, "
                + "reference DESC").param(person.value()).query(JdbcHousing::row).list().stream()
                .map(r -> view(r, me)).toList();
        List<String> ids = new ArrayList<>(List.of(person.toString()));
        out.forEach(s -> ids.add(s.id().toString()));
        audit.record(AuditAction.READ, SANCTUARY, ids, "sanctuary referrals");
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Sanctuary> sanctuary(SanctuaryId id) {
        Optional<Row> row = load(id);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        guard(new PersonId(row.get().person()));
        Sanctuary s = view(row.get(), me());
        audit.record(AuditAction.READ, SANCTUARY, List.of(s.id().toString(), s.person().toString()),
                s.address() == null ? "sanctuary referral" : "sanctuary referral with the home address");
        return Optional.of(s);
    }

    /** A referral the actor may change: a real ground on its person, and named on it. */
    private Row writable(SanctuaryId id) {
        Row r = load(id).orElseThrow(() -> new java.util.NoSuchElementException("No such sanctuary referral"));
        guard(new PersonId(r.person()));
        if (!named(r, me())) {
            throw new AccessDeniedException("Only the coordinator, the surveyor and the referring worker change it");
        }
        if (r.closedOn() != null) {
            throw InvalidInputException.of("outcome", "This referral is closed");
        }
        return r;
    }

    @Override
    public Sanctuary refer(PersonId person, NewSanctuary s) {
        guard(person);
        Actor me = me();
        if (me.apiClient()) {
            throw new AccessDeniedException("A member of staff refers to the sanctuary scheme");
        }
        List<Problem> problems = new ArrayList<>();
        if (s.referredOn() == null) {
            problems.add(new Problem("referredOn", "Enter the date of the referral"));
        }
        notFuture(problems, "referredOn", s.referredOn(), "The date of the referral");
        if (s.areaId() != null && partnerships.area(new AreaId(s.areaId())).isEmpty()) {
            problems.add(new Problem("areaId", "Choose an area of the partnership"));
        }
        if (blankToNull(s.line1()) == null) {
            problems.add(new Problem("line1", "Enter the first line of the home's address"));
        }
        length(problems, "line1", s.line1(), 200, "The first line");
        length(problems, "line2", s.line2(), 200, "The second line");
        if (blankToNull(s.town()) == null) {
            problems.add(new Problem("town", "Enter the town"));
        }
        length(problems, "town", s.town(), 100, "The town");
        String postcode = s.postcode() == null ? null : s.postcode().strip().toUpperCase(java.util.Locale.ROOT);
        if (postcode == null || !postcode.matches("^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$")) {
            problems.add(new Problem("postcode", "Enter a real postcode, like LS1 4AP"));
        }
        if (!s.victimChooses()) {
            problems.add(new Problem("victimChooses",
                    "Sanctuary is victim-led: confirm that she (or he) chooses to stay in the home"));
        }
        if (!s.perpetratorAbsent()) {
            problems.add(new Problem("perpetratorAbsent",
                    "Sanctuary is only for a home the perpetrator does not live in: confirm it"));
        }
        if (s.tenure() == null) {
            problems.add(new Problem("tenure", "Choose whose home it is"));
        }
        notFuture(problems, "landlordConsentOn", s.landlordConsentOn(), "The date of the landlord's consent");
        if (s.coordinator() == null || staff.find(s.coordinator()).isEmpty()) {
            problems.add(new Problem("coordinator", "Choose the scheme's coordinator"));
        }
        if (s.surveyor() != null && staff.find(s.surveyor()).isEmpty()) {
            problems.add(new Problem("surveyor", "Choose the police officer doing the survey, or no one yet"));
        }
        check(problems);
        UUID id = UUID.randomUUID();
        long number = jdbc.sql("SELECT nextval('sanctuary_referral_number')").query(Long.class).single();
        String reference = "SAN-" + s.referredOn().getYear() + "-" + String.format("%04d", number);
        GrantBasis basis = GrantBasis.of("sanctuary-referral", id);
        UUID coordinatorGrant = access.grant(person, GrantHolder.user(s.coordinator()), AccessGround.ALLOCATED,
                AccessScope.RECORD, null, basis).id();
        UUID surveyorGrant = s.surveyor() == null ? null : access.grant(person, GrantHolder.user(s.surveyor()),
                AccessGround.ALLOCATED, AccessScope.RECORD, null, basis).id();
        jdbc.sql("""
                INSERT INTO sanctuary_referral (id, reference, person_id, area_id, referred_on, address_line1,
                    address_line2, town, postcode, victim_chooses, perpetrator_absent, tenure, landlord_consent_on,
                    high_risk, referring_agency_id, referred_by, coordinator_id, coordinator_grant_id, surveyor_id,
                    surveyor_grant_id)
                VALUES (:id, :reference, :person, :area, :on, :line1, :line2, :town, :postcode, true, true, :tenure,
                    :consent, :high, :agency, :by, :coordinator, :cgrant, :surveyor, :sgrant)""")
                .param("id", id).param("reference", reference).param("person", person.value())
                .param("area", s.areaId()).param("on", s.referredOn()).param("line1", s.line1().strip())
                .param("line2", blankToNull(s.line2())).param("town", s.town().strip()).param("postcode", postcode)
                .param("tenure", s.tenure().name()).param("consent", s.landlordConsentOn())
                .param("high", s.highRisk()).param("agency", me.agency().value()).param("by", me.actorId())
                .param("coordinator", s.coordinator().value()).param("cgrant", coordinatorGrant)
                .param("surveyor", s.surveyor() == null ? null : s.surveyor().value()).param("sgrant", surveyorGrant)
                .update();
        audit.record(AuditAction.CREATE, SANCTUARY, List.of(id.toString(), person.toString()), reference);
        return view(load(new SanctuaryId(id)).orElseThrow(), me);
    }

    @Override
    public void recordSurvey(SanctuaryId id, LocalDate surveyedOn, String findings, boolean markerRequested) {
        Row r = writable(id);
        List<Problem> problems = new ArrayList<>();
        if (surveyedOn == null) {
            problems.add(new Problem("surveyedOn", "Enter the date of the security survey"));
        } else if (surveyedOn.isBefore(r.referredOn())) {
            problems.add(new Problem("surveyedOn", "The survey cannot be before the referral"));
        }
        notFuture(problems, "surveyedOn", surveyedOn, "The date of the survey");
        if (blankToNull(findings) == null) {
            problems.add(new Problem("surveyNotes", "Enter what the survey found and recommended"));
        }
        length(problems, "surveyNotes", findings, MAX_TEXT, "The findings");
        check(problems);
        jdbc.sql("""
                UPDATE sanctuary_referral SET surveyed_on = ?, survey_findings = ?,
                    marker_requested_on = CASE WHEN ? THEN COALESCE(marker_requested_on, ?) ELSE marker_requested_on END
                WHERE id = ?""").params(surveyedOn, findings.strip(), markerRequested, surveyedOn, r.id()).update();
        audit.record(AuditAction.UPDATE, SANCTUARY, List.of(r.id().toString(), r.person().toString()),
                "security survey recorded");
    }

    @Override
    public void recordConsent(SanctuaryId id, LocalDate consentOn) {
        Row r = writable(id);
        List<Problem> problems = new ArrayList<>();
        if (consentOn == null) {
            problems.add(new Problem("landlordConsentOn", "Enter the date the landlord consented"));
        }
        notFuture(problems, "landlordConsentOn", consentOn, "The date of the consent");
        check(problems);
        jdbc.sql("UPDATE sanctuary_referral SET landlord_consent_on = ? WHERE id = ?").params(consentOn, r.id())
                .update();
        audit.record(AuditAction.UPDATE, SANCTUARY, List.of(r.id().toString(), r.person().toString()),
                "landlord consent recorded");
    }

    @Override
    public void confirmMarker(SanctuaryId id, LocalDate confirmedOn) {
        Row r = writable(id);
        List<Problem> problems = new ArrayList<>();
        if (r.markerRequested() == null) {
            problems.add(new Problem("markerConfirmedOn", "Ask the police for the marker first (with the survey)"));
        } else if (confirmedOn == null) {
            problems.add(new Problem("markerConfirmedOn", "Enter the date the police confirmed the marker"));
        } else if (confirmedOn.isBefore(r.markerRequested())) {
            problems.add(new Problem("markerConfirmedOn", "The marker cannot be confirmed before it was asked for"));
        }
        notFuture(problems, "markerConfirmedOn", confirmedOn, "The date");
        check(problems);
        jdbc.sql("UPDATE sanctuary_referral SET marker_confirmed_on = ? WHERE id = ?").params(confirmedOn, r.id())
                .update();
        audit.record(AuditAction.UPDATE, SANCTUARY, List.of(r.id().toString(), r.person().toString()),
                "police marker confirmed");
    }

    @Override
    public SanctuaryJobId addJob(SanctuaryId id, NewJob job) {
        Row r = writable(id);
        List<Problem> problems = new ArrayList<>();
        if (r.tenure().needsConsent() && r.consentOn() == null) {
            problems.add(new Problem("measure", "A tenant's home needs the landlord's consent recorded before any "
                    + "works: record it on the referral first"));
        }
        if (job.measure() == null) {
            problems.add(new Problem("measure", "Choose the measure"));
        }
        length(problems, "detail", job.detail(), 1000, "The detail");
        if (job.contractor() == null || partnerships.agency(job.contractor()).isEmpty()) {
            problems.add(new Problem("contractor", "Choose the contractor"));
        }
        if (job.bookedOn() == null) {
            problems.add(new Problem("bookedOn", "Enter the date the job is booked for"));
        } else if (job.bookedOn().isBefore(r.referredOn())) {
            problems.add(new Problem("bookedOn", "A job cannot be booked before the referral"));
        }
        if (job.costPence() != null && (job.costPence() < 0 || job.costPence() > 10_000_000)) {
            problems.add(new Problem("cost", "Enter a cost from £0 to £100,000"));
        }
        check(problems);
        UUID jobId = UUID.randomUUID();
        int n = jdbc.sql("SELECT count(*) FROM sanctuary_job WHERE referral_id = ?").param(r.id()).query(Integer.class)
                .single();
        String reference = r.reference() + "-J" + (n + 1);
        jdbc.sql("""
                INSERT INTO sanctuary_job (id, referral_id, reference, measure, detail, contractor_id, booked_on,
                    cost_pence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""").params(jobId, r.id(), reference,
                job.measure().name(), blankToNull(job.detail()), job.contractor().value(), job.bookedOn(),
                job.costPence()).update();
        audit.record(AuditAction.CREATE, JOB, List.of(jobId.toString(), r.id().toString(), r.person().toString()),
                reference);
        return new SanctuaryJobId(jobId);
    }

    @Override
    public void completeJob(SanctuaryId id, SanctuaryJobId job, LocalDate fittedOn, LocalDate safetyCheckedOn) {
        Row r = writable(id);
        LocalDate booked = jdbc.sql("SELECT booked_on FROM sanctuary_job WHERE id = ? AND referral_id = ?")
                .params(job.value(), r.id()).query(LocalDate.class).optional()
                .orElseThrow(() -> new java.util.NoSuchElementException("No such job"));
        List<Problem> problems = new ArrayList<>();
        if (fittedOn == null) {
            problems.add(new Problem("fittedOn", "Enter the date the measure was fitted"));
        } else if (fittedOn.isBefore(r.referredOn())) {
            problems.add(new Problem("fittedOn", "A measure cannot be fitted before the referral"));
        }
        notFuture(problems, "fittedOn", fittedOn, "The date fitted");
        if (safetyCheckedOn != null && fittedOn != null && safetyCheckedOn.isBefore(fittedOn)) {
            problems.add(new Problem("safetyCheckedOn", "The safety check cannot be before the fitting"));
        }
        notFuture(problems, "safetyCheckedOn", safetyCheckedOn, "The date of the safety check");
        check(problems);
        jdbc.sql("UPDATE sanctuary_job SET fitted_on = ?, safety_checked_on = ? WHERE id = ?")
                .params(fittedOn, safetyCheckedOn, job.value()).update();
        // the follow-up visit: 3 months after the last measure fitted (the guide says 3 to 6)
        jdbc.sql("""
                UPDATE sanctuary_referral SET follow_up_due_on = (SELECT max(fitted_on) FROM sanctuary_job
                    WHERE referral_id = :id AND NOT cancelled) + INTERVAL '3 months' WHERE id = :id""")
                .param("id", r.id()).update();
        audit.record(AuditAction.UPDATE, JOB, List.of(job.toString(), r.id().toString(), r.person().toString()),
                "fitted" + (safetyCheckedOn == null ? "" : " and safety checked") + " (booked " + booked + ")");
    }

    @Override
    public void close(SanctuaryId id, LocalDate followedUpOn, SanctuaryOutcome outcome, String note) {
        Row r = writable(id);
        List<Problem> problems = new ArrayList<>();
        if (followedUpOn == null) {
            problems.add(new Problem("followedUpOn", "Enter the date of the follow-up visit"));
        } else if (followedUpOn.isBefore(r.referredOn())) {
            problems.add(new Problem("followedUpOn", "The follow-up cannot be before the referral"));
        }
        notFuture(problems, "followedUpOn", followedUpOn, "The date of the follow-up");
        if (outcome == null) {
            problems.add(new Problem("outcome", "Choose the outcome"));
        }
        length(problems, "note", note, MAX_TEXT, "The note");
        check(problems);
        jdbc.sql("""
                UPDATE sanctuary_referral SET followed_up_on = ?, outcome = ?, outcome_note = ?, closed_on = ?
                WHERE id = ?""").params(followedUpOn, outcome.name(), blankToNull(note), followedUpOn, r.id()).update();
        Stream.of(r.coordinatorGrant(), r.surveyorGrant()).filter(Objects::nonNull).forEach(access::end);
        audit.record(AuditAction.UPDATE, SANCTUARY, List.of(r.id().toString(), r.person().toString()),
                "closed: " + outcome.label());
    }

    private static final String SHEET = """
            SELECT j.id, j.reference, j.measure, j.detail, j.booked_on, r.address_line1, r.address_line2, r.town,
                r.postcode, r.coordinator_id, r.referring_agency_id
            FROM sanctuary_job j JOIN sanctuary_referral r ON r.id = j.referral_id
            WHERE j.contractor_id = :agency AND j.fitted_on IS NULL AND NOT j.cancelled AND r.closed_on IS NULL""";

    private JobSheet sheet(ResultSet rs) throws SQLException {
        String address = String.join(", ", Stream.of(rs.getString("address_line1"), rs.getString("address_line2"),
                rs.getString("town"), rs.getString("postcode")).filter(s -> s != null && !s.isBlank()).toList());
        UUID coordinator = rs.getObject("coordinator_id", UUID.class);
        String with = staff.find(new StaffUserId(coordinator))
                .map(u -> u.displayName() + ", " + agencyName(u.agency().value()) + ", the scheme's coordinator")
                .orElse("The scheme's coordinator");
        return new JobSheet(new SanctuaryJobId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                Measure.valueOf(rs.getString("measure")), rs.getString("detail"), address,
                rs.getObject("booked_on", LocalDate.class), with);
    }

    private boolean contractorRole(Actor me) {
        return !me.apiClient() && Role.CASEWORK.stream().anyMatch(me::hasRole);
    }

    @Override
    @Transactional(readOnly = true)
    public List<JobSheet> contractorJobs() {
        Actor me = me();
        if (!contractorRole(me)) {
            return List.of();
        }
        List<JobSheet> out = jdbc.sql(SHEET + " ORDER BY j.booked_on, j.reference").param("agency", me.agency().value())
                .query((rs, n) -> sheet(rs)).list();
        if (!out.isEmpty()) {
            audit.record(AuditAction.READ, JOB, out.stream().map(j -> j.id().toString()).toList(),
                    "contractor's job sheets");
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<JobSheet> jobSheet(SanctuaryJobId job) {
        Actor me = me();
        if (!contractorRole(me)) {
            return Optional.empty();
        }
        Optional<JobSheet> out = jdbc.sql(SHEET + " AND j.id = :job").param("agency", me.agency().value())
                .param("job", job.value()).query((rs, n) -> sheet(rs)).optional();
        out.ifPresent(j -> audit.record(AuditAction.READ, JOB, List.of(j.id().toString()), "job sheet"));
        return out;
    }

    // ================================================================================================ refuge

    private RefugeProvider providerRow(ResultSet rs, int n) throws SQLException {
        UUID area = rs.getObject("area_id", UUID.class);
        return new RefugeProvider(new RefugeProviderId(rs.getObject("id", UUID.class)), rs.getString("name"), area,
                area == null ? rs.getString("elsewhere") : areaName(area), area != null,
                rs.getObject("agency_id", UUID.class), rs.getInt("places"), rs.getInt("places_older_sons"),
                rs.getInt("places_disabled_access"), rs.getInt("places_nrpf"), (Integer) rs.getObject("vacancies"),
                rs.getObject("reported_on", LocalDate.class), rs.getBoolean("active"));
    }

    private static final String PROVIDERS = """
            SELECT p.*, v.vacancies, v.reported_on FROM refuge_provider p
            LEFT JOIN LATERAL (SELECT vacancies, reported_on FROM refuge_vacancy WHERE provider_id = p.id
                ORDER BY reported_on DESC, recorded_at DESC LIMIT 1) v ON true""";

    private void providerReader() {
        Actor me = me();
        if (me.apiClient()) {
            return;
        }
        if (Stream.of(Role.PRACTITIONER, Role.HUB_COORDINATOR, Role.AGENCY_REPRESENTATIVE,
                Role.PARTNERSHIP_COORDINATOR, Role.SYSTEM_ADMIN).noneMatch(me::hasRole)) {
            throw new AccessDeniedException("Refuge providers are for referrers and the partnership's coordinators");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<RefugeProvider> providers() {
        providerReader();
        return jdbc.sql(PROVIDERS + " ORDER BY p.name").query(this::providerRow).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RefugeProvider> provider(RefugeProviderId id) {
        providerReader();
        return jdbc.sql(PROVIDERS + " WHERE p.id = ?").param(id.value()).query(this::providerRow).optional();
    }

    private static boolean manager(Actor me) {
        return me.hasRole(Role.PARTNERSHIP_COORDINATOR) || me.hasRole(Role.SYSTEM_ADMIN);
    }

    @Override
    public RefugeProvider addProvider(NewProvider p) {
        Actor me = me();
        if (!manager(me)) {
            throw new AccessDeniedException("Partnership coordinators and administrators keep the refuge providers");
        }
        List<Problem> problems = new ArrayList<>();
        String name = blankToNull(p.name());
        if (name == null) {
            problems.add(new Problem("name", "Enter the provider's name"));
        } else if (jdbc.sql("SELECT count(*) FROM refuge_provider WHERE lower(name) = lower(?)").param(name)
                .query(Integer.class).single() > 0) {
            problems.add(new Problem("name", "There is already a provider with this name"));
        }
        length(problems, "name", p.name(), 200, "The name");
        String elsewhere = blankToNull(p.elsewhere());
        if ((p.areaId() == null) == (elsewhere == null)) {
            problems.add(new Problem("areaId", "Choose the partnership area it serves, or name the place outside the "
                    + "partnership (not both)"));
        } else if (p.areaId() != null && partnerships.area(new AreaId(p.areaId())).isEmpty()) {
            problems.add(new Problem("areaId", "Choose an area of the partnership"));
        }
        length(problems, "elsewhere", elsewhere, 100, "The place");
        problems.addAll(AddressText.problems(false, "name", name, "elsewhere", elsewhere));
        if (p.agencyId() != null && partnerships.agency(new AgencyId(p.agencyId())).isEmpty()) {
            problems.add(new Problem("agencyId", "Choose an agency of the partnership, or none"));
        }
        if (p.namedWorker() != null && staff.find(p.namedWorker()).isEmpty()) {
            problems.add(new Problem("namedWorker", "Choose the provider's named worker, or none"));
        }
        if (p.places() < 0 || p.places() > 500) {
            problems.add(new Problem("places", "Enter the number of places, from 0 to 500"));
        }
        for (var e : Map.of("placesOlderSons", p.placesOlderSons(), "placesDisabledAccess", p.placesDisabledAccess(),
                "placesNrpf", p.placesNrpf()).entrySet()) {
            if (e.getValue() < 0 || e.getValue() > p.places()) {
                problems.add(new Problem(e.getKey(), "Specialist places are from 0 to the number of places"));
            }
        }
        check(problems);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO refuge_provider (id, name, area_id, elsewhere, agency_id, named_worker_id, places,
                    places_older_sons, places_disabled_access, places_nrpf) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, name, p.areaId(), elsewhere, p.agencyId(),
                        p.namedWorker() == null ? null : p.namedWorker().value(), p.places(), p.placesOlderSons(),
                        p.placesDisabledAccess(), p.placesNrpf()).update();
        audit.record(AuditAction.CREATE, PROVIDER, List.of(id.toString()), name);
        return provider(new RefugeProviderId(id)).orElseThrow();
    }

    @Override
    public void reportVacancies(RefugeProviderId id, int vacancies, LocalDate on) {
        Actor me = me();
        RefugeProvider p = provider(id).orElseThrow(() -> new java.util.NoSuchElementException("No such provider"));
        boolean own = p.agencyId() != null && p.agencyId().equals(me.agency().value());
        if (!own && !manager(me)) {
            throw new AccessDeniedException("The provider's own staff report its vacancies");
        }
        List<Problem> problems = new ArrayList<>();
        if (vacancies < 0 || vacancies > 500) {
            problems.add(new Problem("vacancies", "Enter the number of vacancies, from 0 to 500"));
        }
        if (on == null) {
            problems.add(new Problem("reportedOn", "Enter the date the provider reported it"));
        }
        notFuture(problems, "reportedOn", on, "The date");
        check(problems);
        jdbc.sql("INSERT INTO refuge_vacancy (id, provider_id, vacancies, reported_on, reported_by) VALUES (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), id.value(), vacancies, on, me.displayName()).update();
        audit.record(AuditAction.UPDATE, PROVIDER, List.of(id.toString()), "vacancies reported: " + vacancies);
    }

    private record RefRow(UUID id, String reference, UUID person, UUID provider, UUID area, LocalDate referredOn,
            UUID referringAgency, UUID referredBy, UUID workerGrant, int children, boolean olderSon,
            boolean disability, boolean language, boolean nrpf, String needsNote, String outcome, String reason,
            String outcomeNote, LocalDate outcomeOn, LocalDate movedIn, LocalDate movedOut, String providerName,
            UUID providerArea, String providerElsewhere, UUID providerAgency, UUID providerWorker) {
    }

    private static RefRow refRow(ResultSet rs, int n) throws SQLException {
        return new RefRow(rs.getObject("id", UUID.class), rs.getString("reference"),
                rs.getObject("person_id", UUID.class), rs.getObject("provider_id", UUID.class),
                rs.getObject("area_id", UUID.class), rs.getObject("referred_on", LocalDate.class),
                rs.getObject("referring_agency_id", UUID.class), rs.getObject("referred_by", UUID.class),
                rs.getObject("worker_grant_id", UUID.class), rs.getInt("children"), rs.getBoolean("older_son"),
                rs.getBoolean("disability"), rs.getBoolean("language"), rs.getBoolean("nrpf"),
                rs.getString("needs_note"), rs.getString("outcome"), rs.getString("outcome_reason"),
                rs.getString("outcome_note"), rs.getObject("outcome_on", LocalDate.class),
                rs.getObject("moved_in_on", LocalDate.class), rs.getObject("moved_out_on", LocalDate.class),
                rs.getString("provider_name"), rs.getObject("provider_area", UUID.class),
                rs.getString("provider_elsewhere"), rs.getObject("provider_agency", UUID.class),
                rs.getObject("provider_worker", UUID.class));
    }

    private static final String REFERRALS = """
            SELECT r.*, p.name AS provider_name, p.area_id AS provider_area, p.elsewhere AS provider_elsewhere,
                p.agency_id AS provider_agency, p.named_worker_id AS provider_worker
            FROM refuge_referral r JOIN refuge_provider p ON p.id = r.provider_id""";

    /** The referring worker, the provider's named worker and the provider's own staff: who may know the refuge. */
    private static boolean knowsRefuge(RefRow r, Actor me) {
        UUID mine = myUserId(me);
        return (mine != null && (mine.equals(r.referredBy()) || mine.equals(r.providerWorker())))
                || (r.providerAgency() != null && r.providerAgency().equals(me.agency().value()));
    }

    private RefugeReferral view(RefRow r, Actor me) {
        boolean knows = knowsRefuge(r, me);
        return new RefugeReferral(new RefugeReferralId(r.id()), r.reference(), new PersonId(r.person()),
                r.referredOn(), knows ? r.providerName() : null,
                knows ? (r.providerArea() == null ? r.providerElsewhere() : areaName(r.providerArea())) : null,
                agencyName(r.referringAgency()), r.children(), r.olderSon(), r.disability(), r.language(), r.nrpf(),
                r.needsNote(), r.outcome() == null ? null : RefugeOutcome.valueOf(r.outcome()),
                r.reason() == null ? null : DeclineReason.valueOf(r.reason()), r.outcomeNote(), r.outcomeOn(),
                r.movedIn(), r.movedOut(), knows);
    }

    private Optional<RefRow> loadReferral(RefugeReferralId id) {
        return jdbc.sql(REFERRALS + " WHERE r.id = ?").param(id.value()).query(JdbcHousing::refRow).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<RefugeReferral> refugeFor(PersonId person) {
        guard(person);
        Actor me = me();
        List<RefugeReferral> out = jdbc.sql(REFERRALS + " WHERE r.person_id = ? ORDER BY r.referred_on DESC, "
                + "r.reference DESC").param(person.value()).query(JdbcHousing::refRow).list().stream()
                .map(r -> view(r, me)).toList();
        List<String> ids = new ArrayList<>(List.of(person.toString()));
        out.forEach(r -> ids.add(r.id().toString()));
        audit.record(AuditAction.READ, REFUGE, ids, "refuge referrals");
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RefugeReferral> refugeReferral(RefugeReferralId id) {
        Optional<RefRow> row = loadReferral(id);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        guard(new PersonId(row.get().person()));
        RefugeReferral r = view(row.get(), me());
        audit.record(AuditAction.READ, REFUGE, List.of(r.id().toString(), r.person().toString()),
                r.provider() == null ? "refuge referral" : "refuge referral with its provider");
        return Optional.of(r);
    }

    @Override
    public RefugeReferral referToRefuge(PersonId person, NewRefugeReferral n) {
        guard(person);
        Actor me = me();
        if (me.apiClient()) {
            throw new AccessDeniedException("A member of staff refers to a refuge");
        }
        List<Problem> problems = new ArrayList<>();
        Optional<RefugeProvider> provider = n.provider() == null ? Optional.empty()
                : jdbc.sql(PROVIDERS + " WHERE p.id = ? AND p.active").param(n.provider().value()).query(this::providerRow)
                        .optional();
        if (provider.isEmpty()) {
            problems.add(new Problem("provider", "Choose the refuge provider"));
        }
        if (n.areaId() != null && partnerships.area(new AreaId(n.areaId())).isEmpty()) {
            problems.add(new Problem("areaId", "Choose the partnership area the victim is from"));
        }
        if (n.referredOn() == null) {
            problems.add(new Problem("referredOn", "Enter the date of the referral"));
        }
        notFuture(problems, "referredOn", n.referredOn(), "The date of the referral");
        if (n.children() < 0 || n.children() > 20) {
            problems.add(new Problem("children", "Enter the number of children coming, from 0 to 20"));
        }
        length(problems, "needsNote", n.needsNote(), MAX_NOTE, "The note");
        problems.addAll(AddressText.problems(n.notAnAddress(), "needsNote", n.needsNote()));
        check(problems);
        UUID id = UUID.randomUUID();
        long number = jdbc.sql("SELECT nextval('refuge_referral_number')").query(Long.class).single();
        String reference = "REF-" + n.referredOn().getYear() + "-" + String.format("%04d", number);
        UUID worker = jdbc.sql("SELECT named_worker_id FROM refuge_provider WHERE id = ?").param(n.provider().value())
                .query(UUID.class).optional().orElse(null);
        UUID grant = worker == null ? null : access.grant(person, GrantHolder.user(new StaffUserId(worker)),
                AccessGround.ALLOCATED, AccessScope.RECORD, null, GrantBasis.of(GrantBasis.WHEREABOUTS, id)).id();
        jdbc.sql("""
                INSERT INTO refuge_referral (id, reference, person_id, provider_id, area_id, referred_on,
                    referring_agency_id, referred_by, worker_grant_id, children, older_son, disability, language, nrpf,
                    needs_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, reference, person.value(), n.provider().value(), n.areaId(), n.referredOn(),
                        me.agency().value(), me.actorId(), grant, n.children(), n.olderSon(), n.disability(),
                        n.language(), n.nrpf(), blankToNull(n.needsNote())).update();
        audit.record(AuditAction.CREATE, REFUGE, List.of(id.toString(), person.toString()), reference);
        return view(loadReferral(new RefugeReferralId(id)).orElseThrow(), me);
    }

    private RefRow writableReferral(RefugeReferralId id) {
        RefRow r = loadReferral(id).orElseThrow(() -> new java.util.NoSuchElementException("No such referral"));
        guard(new PersonId(r.person()));
        if (!knowsRefuge(r, me())) {
            throw new AccessDeniedException("Only the referring worker and the refuge provider record this");
        }
        return r;
    }

    @Override
    public void recordOutcome(RefugeReferralId id, RefugeOutcome outcome, DeclineReason reason, String note,
            boolean notAnAddress, LocalDate on) {
        RefRow r = writableReferral(id);
        List<Problem> problems = new ArrayList<>();
        if (r.outcome() != null) {
            problems.add(new Problem("outcome", "The outcome is already recorded"));
        }
        if (outcome == null) {
            problems.add(new Problem("outcome", "Choose the outcome"));
        } else if (outcome.needsReason() && reason == null) {
            problems.add(new Problem("reason", "Choose the reason the refuge gave"));
        } else if (!outcome.needsReason() && reason != null) {
            problems.add(new Problem("reason", "A reason goes only with declined by the refuge or not suitable"));
        }
        if (on == null) {
            problems.add(new Problem("outcomeOn", "Enter the date of the outcome"));
        } else if (on.isBefore(r.referredOn())) {
            problems.add(new Problem("outcomeOn", "The outcome cannot be before the referral"));
        }
        notFuture(problems, "outcomeOn", on, "The date of the outcome");
        length(problems, "note", note, MAX_NOTE, "The note");
        problems.addAll(AddressText.problems(notAnAddress, "note", note));
        check(problems);
        jdbc.sql("UPDATE refuge_referral SET outcome = ?, outcome_reason = ?, outcome_note = ?, outcome_on = ? "
                + "WHERE id = ?").params(outcome.name(), reason == null ? null : reason.name(), blankToNull(note), on,
                        r.id()).update();
        if (outcome != RefugeOutcome.ACCEPTED && r.workerGrant() != null) {
            access.end(r.workerGrant());
        }
        audit.record(AuditAction.UPDATE, REFUGE, List.of(r.id().toString(), r.person().toString()),
                "outcome: " + outcome.label());
    }

    @Override
    public void recordMove(RefugeReferralId id, LocalDate movedInOn, LocalDate movedOutOn) {
        RefRow r = writableReferral(id);
        List<Problem> problems = new ArrayList<>();
        if (!"ACCEPTED".equals(r.outcome())) {
            problems.add(new Problem("movedInOn", "Only an accepted referral has a move into refuge"));
        }
        LocalDate in = movedInOn != null ? movedInOn : r.movedIn();
        if (in == null) {
            problems.add(new Problem("movedInOn", "Enter the date she (or he) moved in"));
        } else if (r.outcomeOn() != null && in.isBefore(r.outcomeOn())) {
            problems.add(new Problem("movedInOn", "The move in cannot be before the referral was accepted"));
        }
        notFuture(problems, "movedInOn", movedInOn, "The date of the move in");
        if (movedOutOn != null && in != null && movedOutOn.isBefore(in)) {
            problems.add(new Problem("movedOutOn", "The move out cannot be before the move in"));
        }
        notFuture(problems, "movedOutOn", movedOutOn, "The date of the move out");
        check(problems);
        jdbc.sql("UPDATE refuge_referral SET moved_in_on = ?, moved_out_on = ? WHERE id = ?")
                .params(in, movedOutOn, r.id()).update();
        if (movedOutOn != null && r.workerGrant() != null) {
            access.end(r.workerGrant());
        }
        // the person's address history, seen by every agency with a ground: "In refuge, via" the referring agency and
        // the referral's reference, never the provider (shown only to the referring worker and the provider) nor an
        // area or address; the move out ends the entry
        events.publishEvent(new RefugeStayRecorded(new PersonId(r.person()), r.id(), stayService(r), in, movedOutOn));
        audit.record(AuditAction.UPDATE, REFUGE, List.of(r.id().toString(), r.person().toString()),
                movedOutOn == null ? "moved in" : "moved out");
    }

    /** How the address history names a stay: whom to ask (the referring agency) and the referral, no provider. */
    private String stayService(RefRow r) {
        return agencyName(r.referringAgency()) + " (refuge referral " + r.reference() + ")";
    }

    @Override
    @Transactional(readOnly = true)
    public int refugePlaces() {
        return jdbc.sql("SELECT COALESCE(sum(places), 0) FROM refuge_provider WHERE active AND area_id IS NOT NULL")
                .query(Integer.class).single();
    }
}
