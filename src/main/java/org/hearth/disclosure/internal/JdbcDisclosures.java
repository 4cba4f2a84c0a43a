package org.hearth.disclosure.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUsers;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.disclosure.Application;
import org.hearth.disclosure.Application.CheckRequest;
import org.hearth.disclosure.Application.Party;
import org.hearth.disclosure.Application.StageEntry;
import org.hearth.disclosure.ApplicationId;
import org.hearth.disclosure.ApplicationSummary;
import org.hearth.disclosure.CheckTask;
import org.hearth.disclosure.Decision;
import org.hearth.disclosure.DisclosureFigures;
import org.hearth.disclosure.Disclosures;
import org.hearth.disclosure.HoldingAgency;
import org.hearth.disclosure.Named;
import org.hearth.disclosure.NewApplication;
import org.hearth.disclosure.Outcome;
import org.hearth.disclosure.Route;
import org.hearth.disclosure.Stage;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.AccessGrant;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.Candidate;
import org.hearth.people.GrantBasis;
import org.hearth.people.GrantHolder;
import org.hearth.people.MatchBand;
import org.hearth.people.People;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonDetails;
import org.hearth.people.PersonId;
import org.hearth.people.PersonMatcher;
import org.hearth.platform.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcDisclosures implements Disclosures {

    static final String RECORD_TYPE = "disclosure-application";
    static final String CHECK_TYPE = "disclosure-check";
    static final String BASIS = "disclosure-application";
    static final ZoneId UK = ZoneId.of("Europe/London");
    static final int MAX_TEXT = 4000;
    static final int MAX_SHORT = 200;
    /** Calendar days an agency is given to answer a check. */
    static final int CHECK_DAYS = 7;

    private final JdbcClient jdbc;
    private final People people;
    private final PersonAccess access;
    private final PersonMatcher matcher;
    private final StaffUsers users;
    private final Partnerships partnerships;
    private final AuditTrail audit;

    JdbcDisclosures(JdbcClient jdbc, People people, PersonAccess access, PersonMatcher matcher, StaffUsers users,
            Partnerships partnerships, AuditTrail audit) {
        this.jdbc = jdbc;
        this.people = people;
        this.access = access;
        this.matcher = matcher;
        this.users = users;
        this.partnerships = partnerships;
        this.audit = audit;
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(UK);
    }

    // ------------------------------------------------------------------------------------------------ guards

    /** The one role check: only the disclosure team sees an application, or that one exists. */
    static Actor team() {
        Actor me = Actor.current().orElseThrow(() -> new AccessDeniedException("Sign in"));
        if (me.apiClient() || !me.hasRole(Role.DISCLOSURE_TEAM)) {
            throw new AccessDeniedException("Only the disclosure team sees disclosure applications");
        }
        return me;
    }

    /** The application, when it is one of the team's agency's; else nothing (another agency's team never learns it). */
    private Optional<UUID> mine(ApplicationId id, Actor me) {
        return jdbc.sql("SELECT id FROM disclosure_application WHERE id = ? AND agency_id = ?")
                .params(id.value(), me.agency().value()).query(UUID.class).optional();
    }

    private UUID require(ApplicationId id, Actor me) {
        return mine(id, me).orElseThrow(() -> new NoSuchElementException("No such application"));
    }

    private void requireOpen(UUID id) {
        boolean closed = jdbc.sql("SELECT closed_on IS NOT NULL FROM disclosure_application WHERE id = ?").param(id)
                .query(Boolean.class).single();
        if (closed) {
            throw InvalidInputException.of("closed", "This application is closed: nothing more can be recorded on it");
        }
    }

    // ------------------------------------------------------------------------------------------------ reading

    @Override
    @Transactional(readOnly = true)
    public List<ApplicationSummary> list(boolean all) {
        Actor me = team();
        List<ApplicationSummary> out = jdbc.sql("""
                SELECT a.id, a.reference, a.route, a.received_on, a.closed_on, a.decision,
                       (SELECT s.stage FROM disclosure_stage s WHERE s.application_id = a.id
                        ORDER BY array_position(ARRAY['CONTACT','FACE_TO_FACE','CHECKS','RISK_ASSESSMENT'], s.stage)
                        DESC LIMIT 1) AS stage
                FROM disclosure_application a WHERE a.agency_id = :agency AND (:all OR a.closed_on IS NULL)
                ORDER BY a.closed_on IS NOT NULL, CASE WHEN a.closed_on IS NULL THEN a.received_on END,
                         a.closed_on DESC, a.reference""")
                .param("agency", me.agency().value()).param("all", all)
                .query((rs, n) -> new ApplicationSummary(new ApplicationId(rs.getObject("id", UUID.class)),
                        rs.getString("reference"), Route.valueOf(rs.getString("route")),
                        rs.getObject("received_on", LocalDate.class),
                        stageWords(rs.getString("stage"), rs.getString("decision"), rs.getObject("closed_on") != null),
                        rs.getObject("closed_on", LocalDate.class)))
                .list();
        audit.record(AuditAction.SEARCH, RECORD_TYPE, out.stream().map(s -> s.id().toString()).toList(),
                "disclosure applications (references only)");
        return out;
    }

    private static String stageWords(String stage, String decision, boolean closed) {
        if (closed) {
            return "Closed";
        }
        if (decision != null) {
            return "DISCLOSE".equals(decision) ? "Decided: disclose" : "Decided: no disclosure";
        }
        return stage == null ? "Received" : Stage.valueOf(stage).label();
    }

    @Override
    public Optional<Application> find(ApplicationId id) {
        Actor me = team();
        Optional<UUID> app = mine(id, me);
        app.ifPresent(a -> joinTeamGrants(a, me));
        Optional<Application> found = app.map(this::load);
        found.ifPresent(a -> audit.record(AuditAction.READ, RECORD_TYPE, ids(a), "Clare's Law application"));
        return found;
    }

    /** The application's id, then every person on it. */
    private static List<String> ids(Application a) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(a.id().toString());
        people(a).forEach(p -> ids.add(p.toString()));
        return List.copyOf(ids);
    }

    private static List<PersonId> people(Application a) {
        List<PersonId> out = new ArrayList<>();
        for (Party p : new Party[] {a.applicant(), a.personAtRisk(), a.subject(), a.recipient()}) {
            if (p != null && !out.contains(p.id())) {
                out.add(p.id());
            }
        }
        return out;
    }

    private Application load(UUID id) {
        List<StageEntry> stages = jdbc.sql("""
                SELECT * FROM disclosure_stage WHERE application_id = ?
                ORDER BY array_position(ARRAY['CONTACT','FACE_TO_FACE','CHECKS','RISK_ASSESSMENT'], stage)""")
                .param(id).query((rs, n) -> new StageEntry(Stage.valueOf(rs.getString("stage")),
                        rs.getObject("reached_on", LocalDate.class), rs.getString("note"), rs.getString("recorded_by")))
                .list();
        List<CheckRequest> checks = jdbc.sql("""
                SELECT c.*, g.name AS agency_name FROM disclosure_check c JOIN agency g ON g.id = c.agency_id
                WHERE c.application_id = ? ORDER BY c.requested_on, g.name""").param(id)
                .query((rs, n) -> new CheckRequest(rs.getObject("id", UUID.class),
                        new AgencyId(rs.getObject("agency_id", UUID.class)), rs.getString("agency_name"),
                        rs.getObject("requested_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                        rs.getObject("responded_on", LocalDate.class), (Boolean) rs.getObject("holds_information"),
                        rs.getString("response"), rs.getString("responded_by")))
                .list();
        List<Decision.Agency> forumAgencies = jdbc.sql("""
                SELECT g.id, g.name FROM disclosure_forum_agency f JOIN agency g ON g.id = f.agency_id
                WHERE f.application_id = ? ORDER BY g.name""").param(id)
                .query((rs, n) -> new Decision.Agency(new AgencyId(rs.getObject(1, UUID.class)), rs.getString(2)))
                .list();
        return jdbc.sql("SELECT * FROM disclosure_application WHERE id = ?").param(id).query((rs, n) -> {
            String decision = rs.getString("decision");
            String risk = rs.getString("risk_level");
            return new Application(new ApplicationId(id), rs.getString("reference"),
                    Route.valueOf(rs.getString("route")), rs.getObject("received_on", LocalDate.class),
                    party(rs.getObject("applicant_id", UUID.class)), rs.getString("applicant_relationship"),
                    party(rs.getObject("person_at_risk_id", UUID.class)),
                    party(rs.getObject("subject_id", UUID.class)), rs.getBoolean("immediate_risk"),
                    rs.getString("immediate_risk_action"), stages, checks,
                    decision == null ? null : new Decision(rs.getObject("forum_on", LocalDate.class),
                            rs.getString("forum_members"), "DISCLOSE".equals(decision), rs.getString("lawful"),
                            rs.getString("necessary"), rs.getString("proportionate"), forumAgencies),
                    rs.getString("decision_recorded_by"), rs.getObject("closed_on", LocalDate.class),
                    party(rs.getObject("recipient_id", UUID.class)), rs.getString("delivered_by"),
                    rs.getString("safety_plan"), rs.getString("no_disclosure_reason"),
                    rs.getString("recorded_by_name"), risk == null ? null : org.hearth.disclosure.RiskLevel.valueOf(risk),
                    rs.getObject("risk_assessed_on", LocalDate.class));
        }).single();
    }

    private Party party(UUID id) {
        if (id == null) {
            return null;
        }
        PersonId p = new PersonId(id);
        // read through the people module (audited there); the date of birth only with the team's ground
        LocalDate born = people.record(p).filter(r -> r.full()).map(r -> r.details().dateOfBirth()).orElse(null);
        return new Party(p, people.name(p).orElse("Unknown"), born);
    }

    // ------------------------------------------------------------------------------------------------ applying

    @Override
    public Application apply(NewApplication a) {
        Actor me = team();
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = today();
        if (a.route() == null) {
            errors.put("route", "Choose the route: Right to Ask or Right to Know");
        }
        if (a.receivedOn() == null) {
            errors.put("receivedOn", "Enter the date the application was received");
        } else if (a.receivedOn().isAfter(today)) {
            errors.put("receivedOn", "The date received must be today or in the past");
        } else if (a.receivedOn().isBefore(today.minusYears(2))) {
            errors.put("receivedOn", "The date received must be within the last 2 years");
        }
        boolean ask = a.route() == Route.RIGHT_TO_ASK;
        boolean thirdParty = ask && !a.applicantIsPersonAtRisk();
        if (thirdParty) {
            checkNamed("applicant", "the applicant", a.applicant(), errors);
            if (a.applicantRelationship() != null && a.applicantRelationship().strip().length() > MAX_SHORT) {
                errors.put("applicantRelationship", "The relationship must be " + MAX_SHORT + " characters or fewer");
            }
        }
        checkNamed("personAtRisk", "the person at risk", a.personAtRisk(), errors);
        checkNamed("subject", "the subject (the person the application is about)", a.subject(), errors);
        if (a.immediateRisk() && blank(a.immediateRiskAction())) {
            errors.put("immediateRiskAction", "Say what was done about the immediate risk");
        } else if (a.immediateRiskAction() != null && a.immediateRiskAction().length() > MAX_TEXT) {
            errors.put("immediateRiskAction", "The action must be " + MAX_TEXT + " characters or fewer");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<PersonId> created = new ArrayList<>();
        PersonId atRisk = resolve("personAtRisk", a.personAtRisk(), created);
        PersonId subject = resolve("subject", a.subject(), created);
        PersonId applicant = !ask ? null : thirdParty ? resolve("applicant", a.applicant(), created) : atRisk;
        if (subject.equals(atRisk) || subject.equals(applicant)) {
            throw InvalidInputException.of("subject", "The subject cannot also be the person at risk or the applicant");
        }
        UUID id = UUID.randomUUID();
        long number = jdbc.sql("SELECT nextval('disclosure_application_number')").query(Long.class).single();
        String reference = "DVDS-" + a.receivedOn().getYear() + "-" + String.format("%04d", number);
        jdbc.sql("""
                INSERT INTO disclosure_application (id, reference, route, received_on, applicant_id,
                    applicant_relationship, person_at_risk_id, subject_id, immediate_risk, immediate_risk_action,
                    agency_id, recorded_by_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, reference, a.route().name(), a.receivedOn(), applicant == null ? null : applicant.value(),
                        thirdParty ? trimmed(a.applicantRelationship()) : ask ? "The person at risk" : null,
                        atRisk.value(), subject.value(), a.immediateRisk(), trimmed(a.immediateRiskAction()),
                        me.agency().value(), me.displayName())
                .update();
        jdbc.sql("""
                INSERT INTO disclosure_stage (application_id, stage, reached_on, note, recorded_by)
                VALUES (?, 'CONTACT', ?, ?, ?)""").params(id, a.receivedOn(),
                a.immediateRisk() ? "Immediate risk found: " + a.immediateRiskAction().strip()
                        : "No immediate risk found", me.displayName()).update();
        Application saved = load(id);
        grantTeam(saved, me, created);
        audit.record(AuditAction.CREATE, RECORD_TYPE, ids(saved), a.route().label() + " " + reference);
        return saved;
    }

    private static void checkNamed(String field, String who, Named n, Map<String, String> errors) {
        if (n == null || n.blank()) {
            errors.put(field, "Enter the name of " + who);
        } else if (n.existing() == null) {
            if (blank(n.givenName()) || blank(n.familyName())) {
                errors.put(field, "Enter the given name and family name of " + who);
            } else if (n.givenName().strip().length() > 100 || n.familyName().strip().length() > 100) {
                errors.put(field, "Names must be 100 characters or fewer");
            } else if (n.dateOfBirth() != null && (n.dateOfBirth().isAfter(LocalDate.now(UK))
                    || n.dateOfBirth().isBefore(LocalDate.of(1900, 1, 1)))) {
                errors.put(field, "The date of birth of " + who + " must be a real date in the past");
            }
        }
    }

    /**
     * The person named: one already known, a very likely match of the description with the same name and date of
     * birth, or a new record. A new record's agency grant is replaced by the team's own grants ({@link #grantTeam}).
     */
    private PersonId resolve(String field, Named n, List<PersonId> created) {
        if (n.existing() != null) {
            if (people.name(n.existing()).isEmpty()) {
                throw InvalidInputException.of(field, "There is no such person");
            }
            return n.existing();
        }
        PersonDetails details = new PersonDetails(n.givenName().strip(), n.familyName().strip(), n.dateOfBirth(), null,
                null, null, null, null, false, null, null, null);
        for (Candidate c : matcher.candidates(details, null, 5)) {
            // linked without a person's check only when nothing could be a different person: a very likely match
            // with the same name and the same date of birth (a wrong link would disclose someone else's history);
            // anything less makes a new record, which the hub's possible duplicates may merge later
            boolean sameDate = n.dateOfBirth() != null && n.dateOfBirth().toString().equals(c.dateOfBirth());
            boolean sameName = c.name() != null && c.name().strip().equalsIgnoreCase(details.fullName());
            if (sameDate && sameName && MatchBand.of(c.score(), false) == MatchBand.VERY_LIKELY) {
                return c.id();
            }
        }
        PersonId made = people.create(details, List.of(), AccessGround.DISCLOSURE, null);
        created.add(made);
        return made;
    }

    /** A member of the team who joined after the application was made gets the team's grant on opening it. */
    private void joinTeamGrants(UUID app, Actor me) {
        boolean open = jdbc.sql("SELECT closed_on IS NULL FROM disclosure_application WHERE id = ?").param(app)
                .query(Boolean.class).single();
        if (!open || me.apiClient()) {
            return;
        }
        List<UUID> ids = jdbc.sql("""
                SELECT unnest(ARRAY[applicant_id, person_at_risk_id, subject_id, recipient_id])
                FROM disclosure_application WHERE id = ?""").param(app).query(UUID.class).list();
        for (UUID p : ids) {
            if (p != null) {
                access.grant(new PersonId(p), GrantHolder.user(new org.hearth.access.StaffUserId(me.actorId())),
                        AccessGround.DISCLOSURE, AccessScope.RECORD, null, GrantBasis.of(BASIS, app));
            }
        }
    }

    /**
     * The team's access to the people on the application: a {@code DISCLOSURE} grant to each member of the team at
     * the agency, resting on the application, until it closes. A record made for the application loses the agency
     * grant {@code People.create} gave it: the rest of the agency has no ground on it.
     */
    private void grantTeam(Application a, Actor me, List<PersonId> created) {
        GrantBasis basis = GrantBasis.of(BASIS, a.id());
        List<StaffUser> team = users.all().stream().filter(u -> u.enabled() && u.agency().equals(me.agency())
                && u.roles().contains(Role.DISCLOSURE_TEAM)).toList();
        for (PersonId p : people(a)) {
            for (StaffUser u : team) {
                access.grant(p, GrantHolder.user(u.id()), AccessGround.DISCLOSURE, AccessScope.RECORD, null, basis);
            }
        }
        for (PersonId p : created) {
            for (AccessGrant g : access.currentGrants(p)) {
                if (g.ground() == AccessGround.DISCLOSURE && g.holder().agency() != null) {
                    access.end(g.id());
                }
            }
        }
    }

    /** Ends the team's grants resting on this application, except on people of another open application. */
    private void endTeamGrants(Application a, Actor me) {
        for (PersonId p : people(a)) {
            boolean elsewhere = jdbc.sql("""
                    SELECT count(*) > 0 FROM disclosure_application WHERE closed_on IS NULL AND id <> :id
                      AND agency_id = :agency AND :p IN (applicant_id, person_at_risk_id, subject_id, recipient_id)""")
                    .param("id", a.id().value()).param("agency", me.agency().value()).param("p", p.value())
                    .query(Boolean.class).single();
            if (elsewhere) {
                continue;
            }
            for (AccessGrant g : access.currentGrants(p)) {
                if (g.ground() == AccessGround.DISCLOSURE && g.basis() != null && g.basis().kind().equals(BASIS)) {
                    access.end(g.id());
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ stages

    @Override
    public Application recordStage(ApplicationId id, Stage stage, LocalDate on, String note,
            org.hearth.disclosure.RiskLevel riskLevel) {
        Actor me = team();
        UUID app = require(id, me);
        requireOpen(app);
        Map<String, String> errors = new LinkedHashMap<>();
        if (stage == null) {
            errors.put("stage", "Choose the stage reached");
        }
        LocalDate received = jdbc.sql("SELECT received_on FROM disclosure_application WHERE id = ?").param(app)
                .query(LocalDate.class).single();
        if (on == null) {
            errors.put("reachedOn", "Enter the date the stage was reached");
        } else if (on.isAfter(today())) {
            errors.put("reachedOn", "The date must be today or in the past");
        } else if (on.isBefore(received)) {
            errors.put("reachedOn", "The date cannot be before the application was received");
        }
        if (riskLevel != null && stage != null && stage != Stage.RISK_ASSESSMENT) {
            errors.put("riskLevel", "A risk level goes with the risk assessment stage only");
        }
        if (stage == Stage.FACE_TO_FACE && blank(note)) {
            errors.put("note", "Say which proof of identity was seen at the meeting");
        }
        if (note != null && note.length() > MAX_TEXT) {
            errors.put("note", "The note must be " + MAX_TEXT + " characters or fewer");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("""
                INSERT INTO disclosure_stage (application_id, stage, reached_on, note, recorded_by)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (application_id, stage) DO UPDATE SET reached_on = excluded.reached_on,
                    note = excluded.note, recorded_by = excluded.recorded_by, recorded_at = now()""")
                .params(app, stage.name(), on, trimmed(note), me.displayName()).update();
        if (stage == Stage.RISK_ASSESSMENT && riskLevel != null) {
            jdbc.sql("UPDATE disclosure_application SET risk_level = ?, risk_assessed_on = ? WHERE id = ?")
                    .params(riskLevel.name(), on, app).update();
        }
        Application saved = load(app);
        audit.record(AuditAction.UPDATE, RECORD_TYPE, ids(saved), "stage " + stage.name());
        return saved;
    }

    // ------------------------------------------------------------------------------------------------ checks

    @Override
    public List<HoldingAgency> holdingAgencies(ApplicationId id) {
        Actor me = team();
        Application a = load(require(id, me));
        Set<AgencyId> asked = new LinkedHashSet<>();
        a.checks().forEach(c -> asked.add(c.agency()));
        Map<AgencyId, String> holders = new LinkedHashMap<>();
        for (AccessGrant g : access.currentGrants(a.subject().id())) {
            if (g.ground() == AccessGround.DISCLOSURE || g.ground() == AccessGround.SUBJECT_ACCESS
                    || g.basis() != null && g.basis().revealsWhereabouts()) {
                // the team's own work is not a record held; a subject access request is information governance's
                // alone; a refuge provider's grant says where the subject is
                continue;
            }
            AgencyId agency = g.holder().agency() != null ? g.holder().agency()
                    : users.find(g.holder().user()).map(StaffUser::agency).orElse(null);
            if (agency != null) {
                holders.computeIfAbsent(agency, k -> partnerships.agency(k).map(x -> x.name()).orElse("An agency"));
            }
        }
        audit.record(AuditAction.READ, RECORD_TYPE, List.of(a.id().toString(), a.subject().id().toString()),
                "agencies holding records about the subject");
        return holders.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(e -> new HoldingAgency(e.getKey(), e.getValue(), asked.contains(e.getKey()))).toList();
    }

    @Override
    public Application askAgency(ApplicationId id, AgencyId agency) {
        Actor me = team();
        UUID app = require(id, me);
        requireOpen(app);
        if (agency == null || holdingAgencies(id).stream().noneMatch(h -> h.id().equals(agency))) {
            throw InvalidInputException.of("agency", "Choose an agency that holds a record about the subject");
        }
        LocalDate today = today();
        int inserted = jdbc.sql("""
                INSERT INTO disclosure_check (id, application_id, agency_id, requested_on, due_on, requested_by)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (application_id, agency_id) DO NOTHING""")
                .params(UUID.randomUUID(), app, agency.value(), today, today.plusDays(CHECK_DAYS), me.displayName())
                .update();
        if (inserted == 0) {
            throw InvalidInputException.of("agency", "This agency has already been asked");
        }
        Application saved = load(app);
        audit.record(AuditAction.CREATE, CHECK_TYPE, List.of(app.toString(), saved.subject().id().toString(),
                agency.toString()), "check asked of an agency");
        return saved;
    }

    @Override
    public List<CheckTask> checksForMyAgency() {
        Actor me = Actor.current().orElseThrow(() -> new AccessDeniedException("Sign in"));
        if (me.apiClient() || Role.CASEWORK.stream().noneMatch(me::hasRole)) {
            throw new AccessDeniedException("Checks are answered by casework roles");
        }
        List<CheckTask> out = jdbc.sql("""
                SELECT c.*, a.reference, a.subject_id FROM disclosure_check c
                JOIN disclosure_application a ON a.id = c.application_id
                WHERE c.agency_id = ? ORDER BY c.responded_on IS NOT NULL, c.due_on, a.reference LIMIT 200""")
                .param(me.agency().value()).query((rs, n) -> {
                    PersonId subject = new PersonId(rs.getObject("subject_id", UUID.class));
                    boolean grounded = access.holdsGround(subject);
                    return new CheckTask(rs.getObject("id", UUID.class), rs.getString("reference"),
                            grounded ? subject : null,
                            grounded ? people.name(subject).orElse("Unknown") : "A person whose record you cannot see",
                            rs.getObject("requested_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                            rs.getObject("responded_on", LocalDate.class), (Boolean) rs.getObject("holds_information"),
                            rs.getString("response"));
                }).list();
        List<String> ids = new ArrayList<>();
        out.forEach(t -> {
            ids.add(t.id().toString());
            if (t.subject() != null) {
                ids.add(t.subject().toString());
            }
        });
        audit.record(AuditAction.READ, CHECK_TYPE, ids, "disclosure checks asked of the agency");
        return out;
    }

    @Override
    public CheckTask answerCheck(UUID check, Boolean holdsInformation, String response) {
        Actor me = Actor.current().orElseThrow(() -> new AccessDeniedException("Sign in"));
        if (me.apiClient() || Role.CASEWORK.stream().noneMatch(me::hasRole)) {
            throw new AccessDeniedException("Checks are answered by casework roles");
        }
        Optional<Boolean> answered = jdbc.sql("""
                SELECT responded_on IS NOT NULL FROM disclosure_check WHERE id = ? AND agency_id = ?""")
                .params(check, me.agency().value()).query(Boolean.class).optional();
        if (answered.isEmpty()) {
            throw new NoSuchElementException("No such check for this agency");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (answered.get()) {
            errors.put("holdsInformation", "This check has already been answered");
        } else if (holdsInformation == null) {
            errors.put("holdsInformation", "Say whether your agency holds relevant information");
        }
        if (Boolean.TRUE.equals(holdsInformation) && blank(response)) {
            errors.put("response", "Summarise the relevant information your agency holds");
        } else if (response != null && response.length() > MAX_TEXT) {
            errors.put("response", "The answer must be " + MAX_TEXT + " characters or fewer");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("""
                UPDATE disclosure_check SET responded_on = ?, holds_information = ?, response = ?, responded_by = ?
                WHERE id = ?""").params(today(), holdsInformation, trimmed(response), me.displayName(), check).update();
        audit.record(AuditAction.UPDATE, CHECK_TYPE, List.of(check.toString()), "check answered");
        return checksForMyAgency().stream().filter(t -> t.id().equals(check)).findFirst().orElseThrow();
    }

    // ------------------------------------------------------------------------------------------------ forum, outcome

    @Override
    public Application decide(ApplicationId id, Decision d) {
        Actor me = team();
        UUID app = require(id, me);
        requireOpen(app);
        LocalDate received = jdbc.sql("SELECT received_on FROM disclosure_application WHERE id = ?").param(app)
                .query(LocalDate.class).single();
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.forumOn() == null) {
            errors.put("forumOn", "Enter the date of the decision forum");
        } else if (d.forumOn().isAfter(today())) {
            errors.put("forumOn", "The forum's date must be today or in the past");
        } else if (d.forumOn().isBefore(received)) {
            errors.put("forumOn", "The forum cannot be before the application was received");
        }
        text(errors, "members", d.members(), "Name the members of the forum and their agencies");
        for (Decision.Agency agency : d.agencies()) {
            if (agency.id() == null || partnerships.agency(agency.id()).isEmpty()) {
                errors.put("agencies", "Choose agencies of the partnership");
            }
        }
        if (d.disclose() == null) {
            errors.put("disclose", "Choose whether the forum decided to disclose");
        }
        String why = Boolean.FALSE.equals(d.disclose()) ? " (or why it would not be)" : "";
        text(errors, "lawful", d.lawful(), "Say why disclosure is lawful" + why);
        text(errors, "necessary", d.necessary(), "Say why disclosure is necessary" + why);
        text(errors, "proportionate", d.proportionate(), "Say why disclosure is proportionate" + why);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("""
                UPDATE disclosure_application SET forum_on = ?, forum_members = ?, decision = ?, lawful = ?,
                    necessary = ?, proportionate = ?, decision_recorded_by = ? WHERE id = ?""")
                .params(d.forumOn(), d.members().strip(), d.disclose() ? "DISCLOSE" : "NO_DISCLOSURE",
                        d.lawful().strip(), d.necessary().strip(), d.proportionate().strip(), me.displayName(), app)
                .update();
        for (Decision.Agency agency : d.agencies()) {
            jdbc.sql("""
                    INSERT INTO disclosure_forum_agency (application_id, agency_id) VALUES (?, ?)
                    ON CONFLICT DO NOTHING""").params(app, agency.id().value()).update();
        }
        Application saved = load(app);
        audit.record(AuditAction.UPDATE, RECORD_TYPE, ids(saved), d.disclose() ? "forum: disclose" : "forum: no disclosure");
        return saved;
    }

    @Override
    public Application close(ApplicationId id, Outcome o) {
        Actor me = team();
        UUID uuid = require(id, me);
        requireOpen(uuid);
        Application a = load(uuid);
        Map<String, String> errors = new LinkedHashMap<>();
        if (o.on() == null) {
            errors.put("closedOn", "Enter the date of the disclosure, or of the decision not to disclose");
        } else if (o.on().isAfter(today())) {
            errors.put("closedOn", "The date must be today or in the past");
        } else if (o.on().isBefore(a.receivedOn())) {
            errors.put("closedOn", "The date cannot be before the application was received");
        }
        boolean disclose = a.disclosed().orElse(false);
        Party recipient = null;
        if (disclose) {
            if (o.recipient() == null) {
                errors.put("recipient", "Choose who received the disclosure");
            } else if (o.recipient() == Outcome.Recipient.APPLICANT && a.applicant() == null) {
                errors.put("recipient", "There is no applicant under the Right to Know: choose the person at risk");
            } else {
                recipient = o.recipient() == Outcome.Recipient.APPLICANT ? a.applicant() : a.personAtRisk();
            }
            text(errors, "deliveredBy", o.deliveredBy(), "Say who delivered the disclosure in person");
            if (o.deliveredBy() != null && o.deliveredBy().strip().length() > MAX_SHORT) {
                errors.put("deliveredBy", "Who delivered it must be " + MAX_SHORT + " characters or fewer");
            }
            text(errors, "safetyPlan", o.safetyPlan(), "Describe the safety plan given with the disclosure");
        } else {
            text(errors, "noDisclosureReason", o.noDisclosureReason(),
                    a.decision() == null ? "Give the reason the application ends without a disclosure"
                            : "Give the reason for no disclosure");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("""
                UPDATE disclosure_application SET closed_on = ?, recipient_id = ?, delivered_by = ?, safety_plan = ?,
                    no_disclosure_reason = ? WHERE id = ?""")
                .params(o.on(), recipient == null ? null : recipient.id().value(),
                        disclose ? o.deliveredBy().strip() : null, disclose ? o.safetyPlan().strip() : null,
                        disclose ? null : o.noDisclosureReason().strip(), uuid)
                .update();
        Application saved = load(uuid);
        endTeamGrants(saved, me);
        audit.record(AuditAction.UPDATE, RECORD_TYPE, ids(saved), disclose ? "disclosed; closed" : "no disclosure; closed");
        return saved;
    }

    // ------------------------------------------------------------------------------------------------ figures

    @Override
    @Transactional(readOnly = true)
    public DisclosureFigures figures(LocalDate from, LocalDate to) {
        Actor me = Actor.current().orElseThrow(() -> new AccessDeniedException("Sign in"));
        if (me.apiClient() || !(me.hasRole(Role.DISCLOSURE_TEAM) || me.hasRole(Role.PARTNERSHIP_COORDINATOR)
                || me.hasRole(Role.SYSTEM_ADMIN) || me.hasRole(Role.ANALYST))) {
            throw new AccessDeniedException("Figures are for coordinators, analysts and the disclosure team");
        }
        Map<Route, DisclosureFigures.Row> rows = new EnumMap<>(Route.class);
        for (Route r : Route.values()) {
            rows.put(r, new DisclosureFigures.Row(0, 0, 0, 0, 0, 0));
        }
        jdbc.sql("""
                SELECT route, count(*) AS received,
                       count(*) FILTER (WHERE closed_on IS NOT NULL AND decision = 'DISCLOSE') AS disclosed,
                       count(*) FILTER (WHERE closed_on IS NOT NULL AND decision IS DISTINCT FROM 'DISCLOSE')
                           AS not_disclosed,
                       count(*) FILTER (WHERE closed_on IS NULL) AS open,
                       count(*) FILTER (WHERE closed_on IS NOT NULL AND closed_on - received_on <= 28) AS within,
                       coalesce(sum(closed_on - received_on) FILTER (WHERE closed_on IS NOT NULL), 0) AS days
                FROM disclosure_application WHERE received_on BETWEEN ? AND ? GROUP BY route""")
                .params(from, to).query((rs, n) -> rows.put(Route.valueOf(rs.getString("route")),
                        new DisclosureFigures.Row(rs.getLong("received"), rs.getLong("disclosed"),
                                rs.getLong("not_disclosed"), rs.getLong("open"), rs.getLong("within"),
                                rs.getLong("days"))))
                .list();
        return new DisclosureFigures(from, to, rows);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static void text(Map<String, String> errors, String field, String value, String missing) {
        if (blank(value)) {
            errors.put(field, missing);
        } else if (value.length() > MAX_TEXT) {
            errors.put(field, "This must be " + MAX_TEXT + " characters or fewer");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trimmed(String s) {
        return blank(s) ? null : s.strip();
    }
}
