package org.hearth.reviews.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserId;
import org.hearth.access.StaffUsers;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.partnership.Agency;
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
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.hearth.reviews.Named;
import org.hearth.reviews.NewRecommendation;
import org.hearth.reviews.Notification;
import org.hearth.reviews.OverdueRecommendation;
import org.hearth.reviews.RecommendationStatus;
import org.hearth.reviews.RecommendationUpdate;
import org.hearth.reviews.RequestKind;
import org.hearth.reviews.Review;
import org.hearth.reviews.Review.AgencyRequest;
import org.hearth.reviews.Review.PanelMember;
import org.hearth.reviews.Review.Party;
import org.hearth.reviews.Review.Recommendation;
import org.hearth.reviews.Review.StageEntry;
import org.hearth.reviews.ReviewDecision;
import org.hearth.reviews.ReviewId;
import org.hearth.reviews.Reviews;
import org.hearth.reviews.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reviews' register, panel, requests, stages and action plan in PostgreSQL. */
@Service
@Transactional
class JdbcReviews implements Reviews {

    static final String RECORD_TYPE = "review";
    static final String RECOMMENDATION_TYPE = "review-recommendation";
    static final String BASIS = "review";
    static final int MAX_TEXT = 4000;
    static final int MAX_SHORT = 200;

    private final JdbcClient jdbc;
    private final People people;
    private final PersonAccess access;
    private final PersonMatcher matcher;
    private final StaffUsers users;
    private final Partnerships partnerships;
    private final AuditTrail audit;
    private final ReviewClocks clocks;

    JdbcReviews(JdbcClient jdbc, People people, PersonAccess access, PersonMatcher matcher, StaffUsers users,
            Partnerships partnerships, AuditTrail audit, ReviewClocks clocks) {
        this.jdbc = jdbc;
        this.people = people;
        this.access = access;
        this.matcher = matcher;
        this.users = users;
        this.partnerships = partnerships;
        this.audit = audit;
        this.clocks = clocks;
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(Dates.UK);
    }

    // ------------------------------------------------------------------------------------------------ guards

    private static Actor signedIn() {
        Actor me = Actor.current().orElseThrow(() -> new AccessDeniedException("Sign in"));
        if (me.apiClient()) {
            throw new AccessDeniedException("Reviews are for signed-in staff only");
        }
        return me;
    }

    /** The one role check for writes: partnership coordinators run reviews. */
    static Actor coordinator() {
        Actor me = signedIn();
        if (!me.hasRole(Role.PARTNERSHIP_COORDINATOR)) {
            throw new AccessDeniedException("Only partnership coordinators run death reviews");
        }
        return me;
    }

    /** Whether the current user may see this review: a coordinator, or a named member of its panel while it is open. */
    private boolean maySee(UUID review, Actor me) {
        if (me.hasRole(Role.PARTNERSHIP_COORDINATOR)) {
            return true;
        }
        return jdbc.sql("""
                SELECT count(*) > 0 FROM review_panel_member m JOIN review r ON r.id = m.review_id
                WHERE m.review_id = ? AND m.staff_user_id = ? AND r.closed_on IS NULL""")
                .params(review, me.actorId()).query(Boolean.class).single();
    }

    private Review require(ReviewId id) {
        return load(id.value()).orElseThrow(() -> new NoSuchElementException("No such review"));
    }

    private static void requireOpen(Review r) {
        if (!r.open()) {
            throw InvalidInputException.of("closed", "This review is closed: nothing more can be recorded on it");
        }
    }

    private static void requireHeld(Review r) {
        requireOpen(r);
        if (!Boolean.TRUE.equals(r.hold())) {
            throw InvalidInputException.of("decision",
                    "Record the decision to hold the review first");
        }
    }

    // ------------------------------------------------------------------------------------------------ reading

    @Override
    @Transactional(readOnly = true)
    public List<Review> list(boolean all) {
        Actor me = signedIn();
        List<UUID> ids;
        if (me.hasRole(Role.PARTNERSHIP_COORDINATOR)) {
            ids = jdbc.sql("SELECT id FROM review WHERE closed_on IS NULL OR ? ORDER BY closed_on DESC NULLS FIRST,"
                    + " notified_on, reference").param(all).query(UUID.class).list();
        } else {
            ids = jdbc.sql("""
                    SELECT r.id FROM review r JOIN review_panel_member m ON m.review_id = r.id
                    WHERE m.staff_user_id = ? AND r.closed_on IS NULL ORDER BY r.notified_on, r.reference""")
                    .param(me.actorId()).query(UUID.class).list();
        }
        List<Review> out = new ArrayList<>();
        for (UUID id : ids) {
            load(id).ifPresent(out::add);
        }
        out.sort(java.util.Comparator.comparing((Review r) -> !r.open())
                .thenComparing(r -> r.open() ? r.dueOn().toEpochDay() : -r.closedOn().toEpochDay())
                .thenComparing(Review::reference));
        if (!out.isEmpty()) {
            audit.record(AuditAction.SEARCH, RECORD_TYPE, out.stream().map(r -> r.id().toString()).toList(),
                    "death reviews (references and pseudonyms)");
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Review> find(ReviewId id) {
        Actor me = signedIn();
        if (!maySee(id.value(), me)) {
            return Optional.empty();
        }
        Optional<Review> found = load(id.value());
        found.ifPresent(r -> audit.record(AuditAction.READ, RECORD_TYPE, ids(r), "death review"));
        return found;
    }

    private static List<String> ids(Review r) {
        List<String> ids = new ArrayList<>(List.of(r.id().toString(), r.deceased().id().toString()));
        if (r.perpetrator() != null) {
            ids.add(r.perpetrator().id().toString());
        }
        return ids;
    }

    private Optional<Review> load(UUID id) {
        record Row(UUID id, String reference, String pseudonym, UUID deceased, UUID perpetrator, LocalDate diedOn,
                LocalDate notifiedOn, UUID agency, String circumstances, LocalDate decisionDue, LocalDate decidedOn,
                Boolean hold, String rationale, LocalDate homeOffice, LocalDate completionDue, String chair,
                LocalDate closedOn, UUID openedBy, String openedByName) {
        }
        Optional<Row> row = jdbc.sql("SELECT * FROM review WHERE id = ?").param(id).query((rs, n) -> new Row(
                rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("pseudonym"),
                rs.getObject("deceased_id", UUID.class), rs.getObject("perpetrator_id", UUID.class),
                rs.getObject("died_on", LocalDate.class), rs.getObject("notified_on", LocalDate.class),
                rs.getObject("notifying_agency_id", UUID.class), rs.getString("circumstances"),
                rs.getObject("decision_due_on", LocalDate.class), rs.getObject("decided_on", LocalDate.class),
                (Boolean) rs.getObject("hold"), rs.getString("decision_rationale"),
                rs.getObject("home_office_told_on", LocalDate.class),
                rs.getObject("completion_due_on", LocalDate.class), rs.getString("chair"),
                rs.getObject("closed_on", LocalDate.class), rs.getObject("opened_by", UUID.class),
                rs.getString("opened_by_name"))).optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Row r = row.get();
        Map<UUID, String> agencies = new LinkedHashMap<>();
        partnerships.agencies().forEach(a -> agencies.put(a.id().value(), a.name()));
        List<PanelMember> panel = jdbc.sql("""
                SELECT m.staff_user_id, u.display_name, m.agency_id, m.added_on FROM review_panel_member m
                JOIN staff_user u ON u.id = m.staff_user_id WHERE m.review_id = ? ORDER BY m.added_on, u.display_name""")
                .param(id).query((rs, n) -> new PanelMember(new StaffUserId(rs.getObject(1, UUID.class)),
                        rs.getString(2), new AgencyId(rs.getObject(3, UUID.class)),
                        agencies.getOrDefault(rs.getObject(3, UUID.class), "An agency"),
                        rs.getObject(4, LocalDate.class))).list();
        List<AgencyRequest> requests = jdbc.sql("""
                SELECT id, agency_id, kind, requested_on, due_on, returned_on FROM review_request
                WHERE review_id = ? ORDER BY requested_on, kind""").param(id)
                .query((rs, n) -> new AgencyRequest(rs.getObject(1, UUID.class),
                        new AgencyId(rs.getObject(2, UUID.class)),
                        agencies.getOrDefault(rs.getObject(2, UUID.class), "An agency"),
                        RequestKind.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class))).list();
        List<StageEntry> stages = jdbc.sql("""
                SELECT id, stage, reached_on, note, recorded_by FROM review_stage WHERE review_id = ?
                ORDER BY reached_on, recorded_at""").param(id)
                .query((rs, n) -> new StageEntry(rs.getObject(1, UUID.class), Stage.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5))).list();
        List<Recommendation> recommendations = jdbc.sql("""
                SELECT id, number, text, theme, owner_agency_id, due_on, status, completed_on, evidence
                FROM review_recommendation WHERE review_id = ? ORDER BY number""").param(id)
                .query((rs, n) -> new Recommendation(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
                        rs.getString(4), new AgencyId(rs.getObject(5, UUID.class)),
                        agencies.getOrDefault(rs.getObject(5, UUID.class), "An agency"),
                        rs.getObject(6, LocalDate.class), RecommendationStatus.valueOf(rs.getString(7)),
                        rs.getObject(8, LocalDate.class), rs.getString(9))).list();
        return Optional.of(new Review(new ReviewId(r.id()), r.reference(), r.pseudonym(), party(r.deceased()),
                r.perpetrator() == null ? null : party(r.perpetrator()), r.diedOn(), r.notifiedOn(),
                new AgencyId(r.agency()), agencies.getOrDefault(r.agency(), "An agency"), r.circumstances(),
                r.decisionDue(), r.decidedOn(), r.hold(), r.rationale(), r.homeOffice(), r.completionDue(), r.chair(),
                r.closedOn(), new StaffUserId(r.openedBy()), r.openedByName(), panel, requests, stages,
                recommendations));
    }

    private Party party(UUID id) {
        PersonId p = new PersonId(id);
        return new Party(p, people.name(p).orElse("A person"));
    }

    // ------------------------------------------------------------------------------------------------ writing

    @Override
    public Review notify(Notification n) {
        Actor me = coordinator();
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = today();
        String pseudonym = strip(n.pseudonym());
        if (pseudonym == null) {
            errors.put("pseudonym", "Enter the pseudonym the review will use for the person who died");
        } else if (pseudonym.length() > 100) {
            errors.put("pseudonym", "The pseudonym must be 100 characters or fewer");
        }
        checkNamed("deceased", "the person who died", n.deceased(), true, errors);
        checkNamed("perpetrator", "the suspected perpetrator", n.perpetrator(), false, errors);
        if (n.diedOn() == null) {
            errors.put("diedOn", "Enter the date of death");
        } else if (n.diedOn().isAfter(today)) {
            errors.put("diedOn", "The date of death cannot be in the future");
        }
        if (n.notifiedOn() == null) {
            errors.put("notifiedOn", "Enter the date the partnership was notified");
        } else if (n.notifiedOn().isAfter(today)) {
            errors.put("notifiedOn", "The date notified cannot be in the future");
        } else if (n.diedOn() != null && n.notifiedOn().isBefore(n.diedOn())) {
            errors.put("notifiedOn", "The date notified cannot be before the date of death");
        }
        if (n.notifyingAgency() == null) {
            errors.put("notifyingAgency", "Choose the agency that notified the partnership");
        } else if (partnerships.agency(n.notifyingAgency()).isEmpty()) {
            errors.put("notifyingAgency", "There is no such agency");
        }
        longText("circumstances", n.circumstances(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<PersonId> created = new ArrayList<>();
        PersonId deceased = resolve("deceased", n.deceased(), created);
        PersonId perpetrator = n.perpetrator() == null || n.perpetrator().blank() ? null
                : resolve("perpetrator", n.perpetrator(), created);
        if (deceased.equals(perpetrator)) {
            throw InvalidInputException.of("perpetrator", "The suspected perpetrator cannot be the person who died");
        }
        UUID id = UUID.randomUUID();
        long number = jdbc.sql("SELECT nextval('review_number')").query(Long.class).single();
        String reference = "DARDR-" + n.notifiedOn().getYear() + "-" + String.format("%03d", number);
        jdbc.sql("""
                INSERT INTO review (id, reference, pseudonym, deceased_id, perpetrator_id, died_on, notified_on,
                    notifying_agency_id, circumstances, decision_due_on, opened_by, opened_by_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, reference, pseudonym, deceased.value(), perpetrator == null ? null : perpetrator.value(),
                        n.diedOn(), n.notifiedOn(), n.notifyingAgency().value(), strip(n.circumstances()),
                        clocks.decisionDue(n.notifiedOn()), me.actorId(), me.displayName()).update();
        Review saved = require(new ReviewId(id));
        // the coordinator who opened the review holds it; a record made for it keeps no agency grant
        for (PersonId p : people(saved)) {
            access.grant(p, GrantHolder.user(new StaffUserId(me.actorId())), AccessGround.REVIEW, AccessScope.RECORD,
                    null, GrantBasis.of(BASIS, id));
        }
        for (PersonId p : created) {
            for (AccessGrant g : access.currentGrants(p)) {
                if (g.ground() == AccessGround.REVIEW && g.holder().agency() != null) {
                    access.end(g.id());
                }
            }
        }
        audit.record(AuditAction.CREATE, RECORD_TYPE, ids(saved), "notification " + reference);
        return saved;
    }

    private static List<PersonId> people(Review r) {
        List<PersonId> out = new ArrayList<>(List.of(r.deceased().id()));
        if (r.perpetrator() != null) {
            out.add(r.perpetrator().id());
        }
        return out;
    }

    private static void checkNamed(String field, String who, Named n, boolean required, Map<String, String> errors) {
        if (n == null || n.blank()) {
            if (required) {
                errors.put(field, "Enter the name of " + who);
            }
        } else if (n.existing() == null) {
            if (blank(n.givenName()) || blank(n.familyName())) {
                errors.put(field, "Enter the given name and family name of " + who);
            } else if (n.givenName().strip().length() > 100 || n.familyName().strip().length() > 100) {
                errors.put(field, "Names must be 100 characters or fewer");
            } else if (n.dateOfBirth() != null && (n.dateOfBirth().isAfter(LocalDate.now(Dates.UK))
                    || n.dateOfBirth().isBefore(LocalDate.of(1900, 1, 1)))) {
                errors.put(field, "The date of birth of " + who + " must be a real date in the past");
            }
        }
    }

    /** The person named: one known, a very likely match with the same name and date of birth, or a new record. */
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
            boolean sameDate = n.dateOfBirth() != null && n.dateOfBirth().toString().equals(c.dateOfBirth());
            boolean sameName = c.name() != null && c.name().strip().equalsIgnoreCase(details.fullName());
            if (sameDate && sameName && MatchBand.of(c.score(), false) == MatchBand.VERY_LIKELY) {
                return c.id();
            }
        }
        PersonId made = people.create(details, List.of(), AccessGround.REVIEW, null);
        created.add(made);
        return made;
    }

    @Override
    public Review decide(ReviewId id, ReviewDecision d) {
        Actor me = coordinator();
        Review r = require(id);
        requireOpen(r);
        if (r.decidedOn() != null) {
            throw InvalidInputException.of("decidedOn", "The decision has already been recorded");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.decidedOn() == null) {
            errors.put("decidedOn", "Enter the date of the decision");
        } else if (d.decidedOn().isAfter(today())) {
            errors.put("decidedOn", "The date of the decision cannot be in the future");
        } else if (d.decidedOn().isBefore(r.notifiedOn())) {
            errors.put("decidedOn", "The decision cannot be before the notification");
        }
        if (d.hold() == null) {
            errors.put("hold", "Choose whether a review will be held");
        }
        if (blank(d.rationale())) {
            errors.put("rationale", "Enter why a review will (or will not) be held");
        } else {
            longText("rationale", d.rationale(), errors);
        }
        if (Boolean.FALSE.equals(d.hold())) {
            if (d.homeOfficeToldOn() == null) {
                errors.put("homeOfficeToldOn", "Enter the date the Home Office was told of the decision not to hold a review");
            } else if (d.decidedOn() != null && d.homeOfficeToldOn().isBefore(d.decidedOn())) {
                errors.put("homeOfficeToldOn", "The Home Office cannot have been told before the decision");
            } else if (d.homeOfficeToldOn().isAfter(today())) {
                errors.put("homeOfficeToldOn", "The date the Home Office was told cannot be in the future");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean hold = d.hold();
        jdbc.sql("""
                UPDATE review SET decided_on = ?, hold = ?, decision_rationale = ?, home_office_told_on = ?,
                    completion_due_on = ?, closed_on = ?, closed_reason = ? WHERE id = ?""")
                .params(d.decidedOn(), hold, d.rationale().strip(), hold ? null : d.homeOfficeToldOn(),
                        hold ? clocks.completionDue(d.decidedOn()) : null, hold ? null : d.decidedOn(),
                        hold ? null : "NOT_HELD", id.value()).update();
        Review saved = require(id);
        if (!hold) {
            endGrants(saved);
        }
        audit.record(AuditAction.UPDATE, RECORD_TYPE, ids(saved), hold ? "decision: hold a review"
                : "decision: no review; closed");
        return saved;
    }

    @Override
    public Review appointChair(ReviewId id, String chair) {
        coordinator();
        Review r = require(id);
        requireHeld(r);
        String name = strip(chair);
        if (name == null) {
            throw InvalidInputException.of("chair", "Enter the name of the independent chair");
        }
        if (name.length() > MAX_SHORT) {
            throw InvalidInputException.of("chair", "The chair's name must be 200 characters or fewer");
        }
        jdbc.sql("UPDATE review SET chair = ? WHERE id = ?").params(name, id.value()).update();
        Review saved = require(id);
        audit.record(AuditAction.UPDATE, RECORD_TYPE, List.of(id.toString()), "independent chair");
        return saved;
    }

    @Override
    public Review addPanelMember(ReviewId id, StaffUserId member) {
        Actor me = coordinator();
        Review r = require(id);
        requireHeld(r);
        if (!r.openedBy().value().equals(me.actorId())) {
            throw new AccessDeniedException("Only the coordinator who opened the review approves its panel");
        }
        if (member == null) {
            throw InvalidInputException.of("member", "Choose the member of staff to add to the panel");
        }
        StaffUser user = users.find(member).filter(StaffUser::enabled)
                .filter(u -> u.roles().stream().anyMatch(Role.CASEWORK::contains))
                .orElseThrow(() -> InvalidInputException.of("member",
                        "Choose a member of staff who works with people's records"));
        if (r.onPanel(member)) {
            throw InvalidInputException.of("member", "They are already on the panel");
        }
        jdbc.sql("""
                INSERT INTO review_panel_member (review_id, staff_user_id, agency_id, added_on, added_by)
                VALUES (?, ?, ?, ?, ?)""").params(id.value(), member.value(), user.agency().value(), today(),
                me.displayName()).update();
        // the member's view of the deceased's and the perpetrator's records: approved by the opening coordinator
        for (PersonId p : people(r)) {
            access.grant(p, GrantHolder.user(member), AccessGround.REVIEW, AccessScope.RECORD, null,
                    GrantBasis.of(BASIS, id.value()));
        }
        Review saved = require(id);
        List<String> ids = new ArrayList<>(ids(saved));
        ids.add(member.value().toString());
        audit.record(AuditAction.UPDATE, RECORD_TYPE, ids, "panel member added");
        return saved;
    }

    /** Ends every REVIEW grant resting on the review: the panel's and the opening coordinator's. */
    private void endGrants(Review r) {
        for (PersonId p : people(r)) {
            for (AccessGrant g : access.currentGrants(p)) {
                if (g.ground() == AccessGround.REVIEW && g.basis() != null && g.basis().kind().equals(BASIS)
                        && g.basis().id().equals(r.id().toString())) {
                    access.end(g.id());
                }
            }
        }
    }

    @Override
    public Review request(ReviewId id, AgencyId agency, RequestKind kind, LocalDate dueOn) {
        coordinator();
        Review r = require(id);
        requireHeld(r);
        Map<String, String> errors = new LinkedHashMap<>();
        if (agency == null) {
            errors.put("agency", "Choose the agency asked");
        } else if (partnerships.agency(agency).isEmpty()) {
            errors.put("agency", "There is no such agency");
        }
        if (kind == null) {
            errors.put("kind", "Choose what is asked for");
        }
        if (dueOn == null) {
            errors.put("dueOn", "Enter the date it is due");
        } else if (dueOn.isBefore(today())) {
            errors.put("dueOn", "The due date cannot be in the past");
        }
        if (errors.isEmpty() && r.requests().stream().anyMatch(q -> q.agency().equals(agency) && q.kind() == kind)) {
            errors.put("agency", "That agency has already been asked for this");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID request = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO review_request (id, review_id, agency_id, kind, requested_on, due_on)
                VALUES (?, ?, ?, ?, ?, ?)""").params(request, id.value(), agency.value(), kind.name(), today(), dueOn)
                .update();
        audit.record(AuditAction.UPDATE, RECORD_TYPE, List.of(id.toString(), request.toString()),
                kind.label() + " requested");
        return require(id);
    }

    @Override
    public Review recordReturn(ReviewId id, UUID request, LocalDate returnedOn) {
        coordinator();
        Review r = require(id);
        requireOpen(r);
        if (request == null) {
            throw InvalidInputException.of("request", "Choose the request that was returned");
        }
        AgencyRequest q = r.requests().stream().filter(x -> x.id().equals(request)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("request", "There is no such request"));
        if (returnedOn == null) {
            throw InvalidInputException.of("returnedOn", "Enter the date it was returned");
        }
        if (returnedOn.isAfter(today()) || returnedOn.isBefore(q.requestedOn())) {
            throw InvalidInputException.of("returnedOn", "The date returned must be between the request and today");
        }
        jdbc.sql("UPDATE review_request SET returned_on = ? WHERE id = ?").params(returnedOn, request).update();
        audit.record(AuditAction.UPDATE, RECORD_TYPE, List.of(id.toString(), request.toString()),
                q.kind().label() + " returned");
        return require(id);
    }

    @Override
    public Review recordStage(ReviewId id, Stage stage, LocalDate on, String note) {
        Actor me = coordinator();
        Review r = require(id);
        requireHeld(r);
        Map<String, String> errors = new LinkedHashMap<>();
        if (stage == null) {
            errors.put("stage", "Choose the stage reached");
        }
        if (on == null) {
            errors.put("reachedOn", "Enter the date");
        } else if (on.isAfter(today())) {
            errors.put("reachedOn", "The date cannot be in the future");
        } else if (on.isBefore(r.decidedOn())) {
            errors.put("reachedOn", "The date cannot be before the decision to hold the review");
        }
        longText("note", note, errors);
        if (stage == Stage.PUBLISHED && !r.reached(Stage.QA_APPROVED)) {
            errors.put("stage", "A review is published only after the quality assurance panel approves it");
        }
        if (stage == Stage.QA_APPROVED && !r.reached(Stage.SUBMITTED_TO_QA)) {
            errors.put("stage", "Record the submission to the quality assurance panel first");
        }
        if (stage == Stage.PUBLISHED && r.recommendations().isEmpty()) {
            errors.put("stage", "Add the review's recommendations (the action plan) before publishing it");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("""
                INSERT INTO review_stage (id, review_id, stage, reached_on, note, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?)""").params(UUID.randomUUID(), id.value(), stage.name(), on, strip(note),
                me.displayName()).update();
        if (stage == Stage.PUBLISHED) {
            jdbc.sql("UPDATE review SET closed_on = ?, closed_reason = 'PUBLISHED' WHERE id = ?")
                    .params(on, id.value()).update();
        }
        Review saved = require(id);
        if (stage == Stage.PUBLISHED) {
            endGrants(saved);
        }
        audit.record(AuditAction.UPDATE, RECORD_TYPE, ids(saved), "stage " + stage.name());
        return saved;
    }

    @Override
    public Review recommend(ReviewId id, NewRecommendation n) {
        coordinator();
        Review r = require(id);
        requireHeld(r);
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(n.text())) {
            errors.put("text", "Enter the recommendation");
        } else {
            longText("text", n.text(), errors);
        }
        if (blank(n.theme())) {
            errors.put("theme", "Enter its theme (for example, GP did not ask about abuse)");
        } else if (n.theme().strip().length() > MAX_SHORT) {
            errors.put("theme", "The theme must be 200 characters or fewer");
        }
        if (n.owner() == null) {
            errors.put("owner", "Choose the agency that owns the recommendation");
        } else if (partnerships.agency(n.owner()).isEmpty()) {
            errors.put("owner", "There is no such agency");
        }
        if (n.dueOn() == null) {
            errors.put("dueOn", "Enter the date it is due");
        } else if (n.dueOn().isBefore(r.decidedOn())) {
            errors.put("dueOn", "The due date cannot be before the decision to hold the review");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int number = r.recommendations().size() + 1;
        UUID rec = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO review_recommendation (id, review_id, number, text, theme, owner_agency_id, due_on)
                VALUES (?, ?, ?, ?, ?, ?, ?)""").params(rec, id.value(), number, n.text().strip(),
                n.theme().strip(), n.owner().value(), n.dueOn()).update();
        audit.record(AuditAction.CREATE, RECOMMENDATION_TYPE, List.of(rec.toString(), id.toString()),
                "recommendation " + number);
        return require(id);
    }

    @Override
    public Review updateRecommendation(ReviewId id, UUID recommendation, RecommendationUpdate u) {
        coordinator();
        Review r = require(id);
        if (r.status() == Review.Status.NOT_HELD) {
            throw InvalidInputException.of("closed", "This review was not held");
        }
        if (recommendation == null) {
            throw InvalidInputException.of("recommendation", "Choose the recommendation");
        }
        Recommendation rec = r.recommendations().stream().filter(x -> x.id().equals(recommendation)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("recommendation", "There is no such recommendation"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (u.status() == null) {
            errors.put("status", "Choose its status");
        }
        boolean done = u.status() == RecommendationStatus.DONE;
        if (done) {
            if (u.completedOn() == null) {
                errors.put("completedOn", "Enter the date it was completed");
            } else if (u.completedOn().isAfter(today())) {
                errors.put("completedOn", "The date completed cannot be in the future");
            }
            if (blank(u.evidence())) {
                errors.put("evidence", "Enter the evidence that it was completed");
            }
        }
        longText("evidence", u.evidence(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("UPDATE review_recommendation SET status = ?, completed_on = ?, evidence = ? WHERE id = ?")
                .params(u.status().name(), done ? u.completedOn() : null, strip(u.evidence()), rec.id()).update();
        audit.record(AuditAction.UPDATE, RECOMMENDATION_TYPE, List.of(rec.id().toString(), id.toString()),
                "recommendation " + rec.number() + ": " + u.status().name());
        return require(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OverdueRecommendation> overdueRecommendations() {
        coordinator();
        Map<UUID, String> agencies = new LinkedHashMap<>();
        partnerships.agencies().forEach(a -> agencies.put(a.id().value(), a.name()));
        List<OverdueRecommendation> out = jdbc.sql("""
                SELECT r.id, r.reference, r.pseudonym, c.id AS rec, c.number, c.text, c.owner_agency_id, c.due_on
                FROM review_recommendation c JOIN review r ON r.id = c.review_id
                WHERE c.status <> 'DONE' AND c.due_on < ? ORDER BY c.due_on, r.reference, c.number""")
                .param(today()).query((rs, n) -> new OverdueRecommendation(
                        new ReviewId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                        rs.getString("pseudonym"), rs.getObject("rec", UUID.class), rs.getInt("number"),
                        rs.getString("text"), agencies.getOrDefault(rs.getObject("owner_agency_id", UUID.class),
                                "An agency"), rs.getObject("due_on", LocalDate.class))).list();
        if (!out.isEmpty()) {
            audit.record(AuditAction.SEARCH, RECOMMENDATION_TYPE,
                    out.stream().map(o -> o.recommendation().toString()).toList(), "overdue recommendations");
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PanelCandidate> panelCandidates() {
        coordinator();
        Map<AgencyId, String> agencies = new LinkedHashMap<>();
        for (Agency a : partnerships.agencies()) {
            agencies.put(a.id(), a.name());
        }
        return users.all().stream().filter(StaffUser::enabled)
                .filter(u -> u.roles().stream().anyMatch(Role.CASEWORK::contains))
                .filter(u -> agencies.containsKey(u.agency()))
                .sorted(java.util.Comparator.comparing((StaffUser u) -> agencies.get(u.agency()))
                        .thenComparing(StaffUser::displayName))
                .map(u -> new PanelCandidate(u.id(), u.displayName(), agencies.get(u.agency()))).toList();
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }

    private static void longText(String field, String text, Map<String, String> errors) {
        if (text != null && text.strip().length() > MAX_TEXT && !errors.containsKey(field)) {
            errors.put(field, "This must be 4,000 characters or fewer");
        }
    }
}
