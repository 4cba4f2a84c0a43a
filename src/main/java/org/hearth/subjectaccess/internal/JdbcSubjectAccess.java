package org.hearth.subjectaccess.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUsers;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.people.AccessGrant;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.Candidate;
import org.hearth.people.GrantBasis;
import org.hearth.people.GrantHolder;
import org.hearth.people.MatchBand;
import org.hearth.people.People;
import org.hearth.people.PersonCorrection;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonDataSection;
import org.hearth.people.PersonDataSource;
import org.hearth.people.PersonDetails;
import org.hearth.people.PersonId;
import org.hearth.people.PersonMatcher;
import org.hearth.platform.InvalidInputException;
import org.hearth.subjectaccess.CorrectionId;
import org.hearth.subjectaccess.FlaggedItem;
import org.hearth.subjectaccess.NewRequest;
import org.hearth.subjectaccess.ProposedCorrection;
import org.hearth.subjectaccess.Representative;
import org.hearth.subjectaccess.RequestId;
import org.hearth.subjectaccess.RequesterRole;
import org.hearth.subjectaccess.SubjectAccess;
import org.hearth.subjectaccess.SubjectAccessPackage;
import org.hearth.subjectaccess.SubjectAccessRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcSubjectAccess implements SubjectAccess {

    static final String RECORD_TYPE = "subject-access-request";
    static final String BASIS = "subject-access-request";
    static final ZoneId UK = ZoneId.of("Europe/London");
    /** A parent may ask for a child under this age (ICO: from about 12 a child is presumed able to ask). */
    static final int PARENT_UNTIL = 12;

    private final JdbcClient jdbc;
    private final People people;
    private final PersonAccess access;
    private final PersonMatcher matcher;
    private final StaffUsers users;
    private final AuditTrail audit;
    private final List<PersonDataSource> sources;
    private final RequesterRoles roles;
    private final ReviewHistory reviews;
    private final ReleaseRules releaseRules;
    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .build();

    JdbcSubjectAccess(JdbcClient jdbc, People people, PersonAccess access, PersonMatcher matcher, StaffUsers users,
            AuditTrail audit, List<PersonDataSource> sources, RequesterRoles roles, ReviewHistory reviews,
            ReleaseRules releaseRules) {
        this.roles = roles;
        this.reviews = reviews;
        this.releaseRules = releaseRules;
        this.jdbc = jdbc;
        this.people = people;
        this.access = access;
        this.matcher = matcher;
        this.users = users;
        this.audit = audit;
        this.sources = sources.stream().sorted(Comparator.comparingInt(PersonDataSource::order)).toList();
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(UK);
    }

    /** The one role check: only information governance officers handle requests, or learn one exists. */
    static Actor officer() {
        Actor me = Actor.current().orElseThrow(() -> new AccessDeniedException("Sign in"));
        if (me.apiClient() || !me.hasRole(Role.INFORMATION_GOVERNANCE)) {
            throw new AccessDeniedException("Only information governance handles subject access requests");
        }
        return me;
    }

    // ------------------------------------------------------------------------------------------------ opening

    @Override
    public SubjectAccessRequest open(NewRequest r) {
        Actor me = officer();
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = today();
        if (r.receivedOn() == null) {
            errors.put("receivedOn", "Enter the date the request was received");
        } else if (r.receivedOn().isAfter(today)) {
            errors.put("receivedOn", "The date received must be today or in the past");
        }
        text(errors, "requesterName", r.requesterName(), "Enter who made the request", 200);
        if (r.requesterRole() == null) {
            errors.put("requesterRole", "Choose who the requester is in the records");
        }
        identity(errors, r.identityCheckedOn(), r.identityEvidence(), r.receivedOn(), today);
        Representative rep = r.representative();
        if (rep != null) {
            text(errors, "representativeName", rep.name(), "Enter the representative's name", 200);
            if (rep.kind() == null) {
                errors.put("representativeKind", "Choose who the representative is to the person");
            }
            text(errors, "representativeAuthority", rep.authority(), "Enter the authority the representative "
                    + "showed (for example, a signed authority or a court order)", 1000);
            representativeIdentity(errors, rep.checkedOn(), rep.evidence(), r.receivedOn(), today);
            // a parent asks for a young child only: from 12 a child is presumed able to ask (or to authorise someone)
            if (rep.kind() == org.hearth.subjectaccess.RepresentativeKind.PARENT && r.dateOfBirth() != null
                    && r.receivedOn() != null && !r.dateOfBirth().plusYears(PARENT_UNTIL).isAfter(r.receivedOn())) {
                errors.put("representativeKind", "A parent asks for a child under " + PARENT_UNTIL + " only: an "
                        + "older child asks themselves, or gives someone their written authority");
            }
        }
        text(errors, "givenName", r.givenName(), "Enter the given name of the person the request is about", 200);
        text(errors, "familyName", r.familyName(), "Enter the family name of the person the request is about", 200);
        if (r.dateOfBirth() == null) {
            errors.put("dateOfBirth", "Enter the date of birth of the person the request is about");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        PersonId person = find(r.givenName().strip(), r.familyName().strip(), r.dateOfBirth());
        // a request is answered by an agency that holds the person's records: one that does not is told the same as
        // when nobody matches (never whether Hearth knows someone)
        if (person == null || !access.agencyHoldsGrant(person, me.agency())) {
            throw InvalidInputException.of("givenName", "Nobody of this name and date of birth is known to your "
                    + "agency in Hearth. Check the spelling and the date; if another agency holds their records, the "
                    + "request is for that agency's information governance");
        }
        // the records decide, not what was typed: someone any module names as causing harm is treated as such
        // (a counter-allegation must not buy the person at risk's rules)
        RequesterRole role = roles.of(r.requesterRole(), person);
        UUID id = UUID.randomUUID();
        long n = jdbc.sql("SELECT nextval('subject_access_number')").query(Long.class).single();
        String reference = "SAR-" + r.receivedOn().getYear() + "-" + String.format("%04d", n);
        jdbc.sql("""
                INSERT INTO subject_access_request (id, reference, received_on, requester_name, requester_role,
                    identity_checked_on, identity_evidence, person_id, due_on, agency_id, recorded_by,
                    recorded_by_name, representative_name, representative_kind, representative_authority,
                    representative_checked_on, representative_evidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, reference, r.receivedOn(), r.requesterName().strip(), role.name(),
                        r.identityCheckedOn(), blank(r.identityEvidence()), person.value(),
                        SubjectAccessRequest.dueOn(r.receivedOn()), me.agency().value(), me.actorId(),
                        me.displayName(), rep == null ? null : rep.name().strip(),
                        rep == null ? null : rep.kind().name(), rep == null ? null : rep.authority().strip(),
                        rep == null ? null : rep.checkedOn(), rep == null ? null : blank(rep.evidence())).update();
        audit.record(AuditAction.SEARCH, "person", List.of(person.toString()), "subject access request " + id);
        audit.record(AuditAction.CREATE, RECORD_TYPE, List.of(id.toString()), null);
        GrantBasis basis = GrantBasis.of(BASIS, id);
        for (StaffUser u : officers(me)) {
            access.grant(person, GrantHolder.user(u.id()), AccessGround.SUBJECT_ACCESS, AccessScope.RECORD, null,
                    basis);
        }
        return load(new RequestId(id), me).orElseThrow();
    }

    private List<StaffUser> officers(Actor me) {
        return users.all().stream().filter(u -> u.enabled() && u.agency().equals(me.agency())
                && u.roles().contains(Role.INFORMATION_GOVERNANCE)).toList();
    }

    /** A very likely match with the same name and date of birth: anything less could be someone else. */
    private PersonId find(String given, String family, LocalDate born) {
        PersonDetails details = new PersonDetails(given, family, born, null, null, null, null, null, false, null,
                null, null);
        for (Candidate c : matcher.candidates(details, null, 5)) {
            boolean sameDate = born.toString().equals(c.dateOfBirth());
            boolean sameName = c.name() != null && c.name().strip().equalsIgnoreCase(details.fullName());
            if (sameDate && sameName && MatchBand.of(c.score(), false) == MatchBand.VERY_LIKELY) {
                return c.id();
            }
        }
        return null;
    }

    private static void identity(Map<String, String> errors, LocalDate on, String evidence, LocalDate received,
            LocalDate today) {
        if (on == null && blank(evidence) == null) {
            return;
        }
        if (on == null) {
            errors.put("identityCheckedOn", "Enter the date the proof of identity was checked");
        } else if (on.isAfter(today)) {
            errors.put("identityCheckedOn", "The date of the identity check must be today or in the past");
        } else if (received != null && on.isBefore(received.minusMonths(1))) {
            errors.put("identityCheckedOn", "The identity check must be recent: within a month before the request");
        }
        text(errors, "identityEvidence", evidence, "Enter the proof of identity seen (for example, a passport)", 500);
    }

    /** The representative's own identity check: the same rules, under the representative's field names. */
    private static void representativeIdentity(Map<String, String> errors, LocalDate on, String evidence,
            LocalDate received, LocalDate today) {
        Map<String, String> own = new LinkedHashMap<>();
        identity(own, on, evidence, received, today);
        own.forEach((field, message) -> errors.put(field.equals("identityCheckedOn") ? "representativeCheckedOn"
                : "representativeEvidence", message.replace("proof of identity", "representative's proof of identity")
                .replace("identity check", "representative's identity check")));
    }

    private static void text(Map<String, String> errors, String field, String value, String missing, int max) {
        if (blank(value) == null) {
            errors.put(field, missing);
        } else if (value.strip().length() > max) {
            errors.put(field, "Must be " + max + " characters or fewer");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ------------------------------------------------------------------------------------------------ reading

    @Override
    @Transactional(readOnly = true)
    public List<SubjectAccessRequest> list(boolean all) {
        Actor me = officer();
        List<SubjectAccessRequest> out = jdbc.sql("SELECT * FROM subject_access_request WHERE agency_id = ? AND "
                + "(released_at IS NULL OR ?) ORDER BY released_at IS NOT NULL, coalesce(extended_to, due_on), "
                + "reference").params(me.agency().value(), all).query(this::map).list();
        if (!out.isEmpty()) {
            audit.record(AuditAction.SEARCH, RECORD_TYPE, out.stream().map(q -> q.id().toString()).toList(),
                    "list of requests");
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SubjectAccessRequest> find(RequestId id) {
        Actor me = officer();
        Optional<SubjectAccessRequest> r = load(id, me);
        r.ifPresent(q -> audit.record(AuditAction.READ, RECORD_TYPE, List.of(id.toString()), null));
        return r;
    }

    private Optional<SubjectAccessRequest> load(RequestId id, Actor me) {
        return jdbc.sql("SELECT * FROM subject_access_request WHERE id = ? AND agency_id = ?")
                .params(id.value(), me.agency().value()).query(this::map).optional();
    }

    private SubjectAccessRequest require(RequestId id, Actor me) {
        return load(id, me).orElseThrow(() -> new NoSuchElementException("No such request"));
    }

    private SubjectAccessRequest requireOpen(RequestId id, Actor me) {
        SubjectAccessRequest r = require(id, me);
        if (r.released()) {
            throw InvalidInputException.of("released", "This request has been released: nothing more can change");
        }
        return r;
    }

    private SubjectAccessRequest map(ResultSet rs, int n) throws SQLException {
        PersonId person = new PersonId(rs.getObject("person_id", UUID.class));
        java.sql.Timestamp released = rs.getTimestamp("released_at");
        return new SubjectAccessRequest(new RequestId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                rs.getObject("received_on", LocalDate.class), rs.getString("requester_name"),
                RequesterRole.valueOf(rs.getString("requester_role")),
                rs.getObject("identity_checked_on", LocalDate.class), rs.getString("identity_evidence"), person,
                people.name(person).orElse("A person"), rs.getObject("due_on", LocalDate.class),
                rs.getObject("extended_to", LocalDate.class), rs.getString("extension_reason"),
                released == null ? null : released.toInstant(), rs.getString("released_by_name"),
                rs.getString("recorded_by_name"), rs.getString("representative_name") == null ? null
                        : new Representative(rs.getString("representative_name"),
                                org.hearth.subjectaccess.RepresentativeKind.valueOf(rs.getString("representative_kind")),
                                rs.getString("representative_authority"),
                                rs.getObject("representative_checked_on", LocalDate.class),
                                rs.getString("representative_evidence")));
    }

    // ------------------------------------------------------------------------------------------------ changes

    @Override
    public SubjectAccessRequest checkIdentity(RequestId id, LocalDate on, String evidence) {
        Actor me = officer();
        SubjectAccessRequest r = requireOpen(id, me);
        Map<String, String> errors = new LinkedHashMap<>();
        if (on == null && blank(evidence) == null) {
            errors.put("identityCheckedOn", "Enter the date the proof of identity was checked");
        }
        identity(errors, on, evidence, r.receivedOn(), today());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("UPDATE subject_access_request SET identity_checked_on = ?, identity_evidence = ? WHERE id = ?")
                .params(on, evidence.strip(), id.value()).update();
        audit.record(AuditAction.UPDATE, RECORD_TYPE, List.of(id.toString()), "identity checked");
        return require(id, me);
    }

    @Override
    public SubjectAccessRequest checkRepresentative(RequestId id, LocalDate on, String evidence) {
        Actor me = officer();
        SubjectAccessRequest r = requireOpen(id, me);
        if (r.representative() == null) {
            throw InvalidInputException.of("representativeCheckedOn", "This request was made by the person: there is "
                    + "no representative to check");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (on == null && blank(evidence) == null) {
            errors.put("representativeCheckedOn", "Enter the date the representative's proof of identity was checked");
        }
        representativeIdentity(errors, on, evidence, r.receivedOn(), today());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("UPDATE subject_access_request SET representative_checked_on = ?, representative_evidence = ? "
                + "WHERE id = ?").params(on, evidence.strip(), id.value()).update();
        audit.record(AuditAction.UPDATE, RECORD_TYPE, List.of(id.toString()), "representative's identity checked");
        return require(id, me);
    }

    @Override
    public SubjectAccessRequest extend(RequestId id, LocalDate to, String reason) {
        Actor me = officer();
        SubjectAccessRequest r = requireOpen(id, me);
        Map<String, String> errors = new LinkedHashMap<>();
        if (to == null) {
            errors.put("extendedTo", "Enter the new due date");
        } else if (!to.isAfter(r.dueOn())) {
            errors.put("extendedTo", "The new due date must be after the one-month due date");
        } else if (to.isAfter(SubjectAccessRequest.latestExtension(r.receivedOn()))) {
            errors.put("extendedTo", "A complex request may be extended by two further months at most: by "
                    + org.hearth.platform.Dates.day(SubjectAccessRequest.latestExtension(r.receivedOn())));
        }
        text(errors, "extensionReason", reason, "Enter why the request is complex", 2000);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("UPDATE subject_access_request SET extended_to = ?, extension_reason = ? WHERE id = ?")
                .params(to, reason.strip(), id.value()).update();
        audit.record(AuditAction.UPDATE, RECORD_TYPE, List.of(id.toString()), "extended");
        return require(id, me);
    }

    // ------------------------------------------------------------------------------------------------ review

    /** The sections as every module holds them now, and the flagged items numbered in output order. */
    private record Gathered(List<PersonDataSection> sections, List<FlaggedItem> flagged) {
    }

    private Gathered gather(SubjectAccessRequest recorded) {
        SubjectAccessRequest r = roles.asTheRecordsSay(recorded); // the part as the records say now
        List<PersonDataSection> sections = sources.stream().map(s -> s.section(r.person()))
                .map(s -> r.requesterRole() == RequesterRole.PERSON_AT_RISK && r.representative() == null ? s
                        : withoutMarac(s))
                .filter(s -> s != null).toList();
        Map<String, ReviewHistory.Review> reviews = this.reviews.latest(r.id());
        List<FlaggedItem> flagged = new ArrayList<>();
        for (PersonDataSection s : sections) {
            for (PersonDataSection.Entry e : s.entries()) {
                for (PersonDataSection.Field f : e.fields()) {
                    if (f.value() != null && !f.value().isBlank() && Redaction.flagged(f.kind(), r.requesterRole(),
                            r.representative() != null)) {
                        ReviewHistory.Review v = ReviewHistory.inForce(reviews, f);
                        flagged.add(new FlaggedItem(flagged.size() + 1, f.key(), s.title(), e.heading(), f.label(),
                                f.value(), f.kind(), v == null ? null : v.decision(),
                                v == null ? null : v.reason(), v == null ? null : v.byName()));
                    }
                }
            }
        }
        return new Gathered(sections, flagged);
    }

    /**
     * For a requester other than the person at risk, MARAC is left out altogether: a line withheld as "MARAC
     * involvement", or the labels of a MARAC entry, would tell him that she was referred. Entries with a MARAC item
     * go, and a section left empty goes.
     */
    static PersonDataSection withoutMarac(PersonDataSection s) {
        List<PersonDataSection.Entry> entries = new ArrayList<>();
        for (PersonDataSection.Entry e : s.entries()) {
            boolean marac = e.fields().stream().anyMatch(f -> f.kind() == PersonDataSection.Kind.MARAC);
            if (!marac) {
                entries.add(e);
            } else if (!s.title().equals("MARAC")) {
                // an entry of another module (a referral decided "Refer to MARAC"): the entry stays without that item
                entries.add(new PersonDataSection.Entry(e.heading(), e.fields().stream()
                        .filter(f -> f.kind() != PersonDataSection.Kind.MARAC).toList()));
            }
        }
        return entries.isEmpty() ? null : new PersonDataSection(s.title(), entries);
    }

    @Override
    @Transactional(readOnly = true)
    public List<FlaggedItem> flaggedItems(RequestId id) {
        Actor me = officer();
        SubjectAccessRequest r = require(id, me);
        if (!r.identityChecked()) {
            return List.of(); // nothing is gathered before the requester's identity is checked
        }
        audit.record(AuditAction.READ, "person", List.of(r.person().toString()), "subject access review " + id);
        return gather(r).flagged();
    }

    @Override
    public void review(RequestId id, String itemKey, FlaggedItem.Decision decision, String reason) {
        Actor me = officer();
        SubjectAccessRequest r = requireOpen(id, me);
        Map<String, String> errors = new LinkedHashMap<>();
        FlaggedItem item = itemKey == null ? null : gather(r).flagged().stream().filter(f -> f.key().equals(itemKey))
                .findFirst().orElse(null);
        if (item == null) {
            errors.put("item", "There is no such flagged item on this request");
        }
        if (decision == null) {
            errors.put("decision", "Choose whether to release the item or keep it redacted");
        }
        text(errors, "reason", reason, "Enter the reason for the decision", 2000);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        reviews.record(id, item, decision, reason.strip(), me);
    }

    @Override
    public SubjectAccessRequest release(RequestId id) {
        Actor me = officer();
        SubjectAccessRequest r = requireOpen(id, me);
        if (!r.identityChecked()) {
            throw InvalidInputException.of("identityCheckedOn",
                    "Check the requester's proof of identity before releasing anything");
        }
        if (!r.identitiesChecked()) {
            throw InvalidInputException.of("representativeCheckedOn",
                    "Check the representative's proof of identity before releasing anything to them");
        }
        long pending = jdbc.sql("SELECT count(*) FROM subject_access_correction WHERE request_id = ? AND decision IS "
                + "NULL").param(id.value()).query(Long.class).single();
        if (pending > 0) {
            throw InvalidInputException.of("corrections", "A correction awaits a second approver: approve or reject "
                    + "it before the release");
        }
        List<FlaggedItem> flagged = gather(r).flagged();
        long unreviewed = flagged.stream().filter(f -> !f.reviewed()).count();
        if (unreviewed > 0) {
            throw InvalidInputException.of("items", unreviewed + (unreviewed == 1 ? " flagged item is" : " flagged "
                    + "items are") + " not reviewed yet: review each one (release or keep redacted) first");
        }
        releaseRules.requireSecondOfficer(r, flagged, me);
        jdbc.sql("UPDATE subject_access_request SET released_at = now(), released_by_name = ? WHERE id = ?")
                .params(me.displayName(), id.value()).update();
        SubjectAccessPackage released = build(require(id, me));
        jdbc.sql("UPDATE subject_access_request SET released_package = ? WHERE id = ?")
                .params(JSON.writeValueAsString(released), id.value()).update();
        audit.record(AuditAction.EXPORT, "person", List.of(r.person().toString()), "subject access released " + id);
        audit.record(AuditAction.UPDATE, RECORD_TYPE, List.of(id.toString()), "released");
        for (AccessGrant g : access.currentGrants(r.person())) {
            if (g.ground() == AccessGround.SUBJECT_ACCESS && g.basis() != null && g.basis().kind().equals(BASIS)
                    && g.basis().id().equals(id.toString())) {
                access.end(g.id());
            }
        }
        return require(id, me);
    }

    @Override
    public SubjectAccessPackage output(RequestId id) {
        Actor me = officer();
        SubjectAccessRequest r = require(id, me);
        if (!r.identityChecked()) {
            throw InvalidInputException.of("identityCheckedOn",
                    "Check the requester's proof of identity first: nothing is gathered before");
        }
        SubjectAccessPackage p = r.released()
                ? JSON.readValue(jdbc.sql("SELECT released_package FROM subject_access_request WHERE id = ?")
                        .param(id.value()).query(String.class).single(), SubjectAccessPackage.class)
                : build(r);
        audit.record(AuditAction.EXPORT, "person", List.of(r.person().toString()), "subject access output " + id
                + (r.released() ? "" : " (draft)"));
        return p;
    }

    /** The package from the records as they are now, each flagged item released or withheld as reviewed. */
    private SubjectAccessPackage build(SubjectAccessRequest r) {
        Gathered g = gather(r);
        Map<String, FlaggedItem> byKey = new LinkedHashMap<>();
        g.flagged().forEach(f -> byKey.put(f.key(), f));
        List<SubjectAccessPackage.Section> sections = new ArrayList<>();
        List<SubjectAccessPackage.Redaction> redactions = new ArrayList<>();
        for (PersonDataSection s : g.sections()) {
            List<SubjectAccessPackage.Entry> entries = new ArrayList<>();
            for (PersonDataSection.Entry e : s.entries()) {
                List<SubjectAccessPackage.Line> lines = new ArrayList<>();
                for (PersonDataSection.Field f : e.fields()) {
                    FlaggedItem flag = byKey.get(f.key());
                    if (flag == null) {
                        lines.add(new SubjectAccessPackage.Line(f.label(), f.value() == null || f.value().isBlank()
                                ? "Not recorded" : f.value(), null, false));
                    } else if (flag.decision() == FlaggedItem.Decision.RELEASE) {
                        lines.add(new SubjectAccessPackage.Line(f.label(), f.value(), flag.number(), false));
                    } else {
                        String why = Redaction.why(flag.kind());
                        lines.add(new SubjectAccessPackage.Line(f.label(), "Withheld (item " + flag.number() + "): "
                                + why, flag.number(), true));
                        redactions.add(new SubjectAccessPackage.Redaction(flag.number(), why));
                    }
                }
                entries.add(new SubjectAccessPackage.Entry(e.heading(), lines));
            }
            sections.add(new SubjectAccessPackage.Section(s.title(), entries));
        }
        String to = r.representative() == null ? r.personName()
                : r.representative().describe() + ", on behalf of " + r.personName();
        return new SubjectAccessPackage(r.reference(), r.personName(), r.receivedOn(), today(), r.released(),
                sections, redactions, to);
    }

    // ------------------------------------------------------------------------------------------------ rectification

    /**
     * The value the record holds now for a field, read for the proposal (audited as a read "subject access ...", which
     * the output's "who has read your record" leaves out like the officer's other readings for the request).
     */
    private String current(SubjectAccessRequest r, PersonCorrection.Field field, Actor me) {
        org.hearth.people.PersonDetails d = people.detailsFor(r.person(), me.displayName(),
                "subject access correction proposed " + r.id()).orElseThrow();
        return switch (field) {
            case GIVEN_NAME -> d.givenName();
            case FAMILY_NAME -> d.familyName();
            case DATE_OF_BIRTH -> d.dateOfBirth() == null ? null : d.dateOfBirth().toString();
        };
    }

    @Override
    public ProposedCorrection propose(RequestId id, PersonCorrection.Field field, String newValue, String reason,
            String requestedBy) {
        Actor me = officer();
        SubjectAccessRequest r = requireOpen(id, me);
        Map<String, String> errors = new LinkedHashMap<>();
        String value = blank(newValue);
        if (field == null) {
            errors.put("field", "Choose the field to correct");
        }
        if (value == null) {
            errors.put("newValue", "Enter the correct value");
        } else if (value.length() > 200) {
            errors.put("newValue", "The correct value must be 200 characters or fewer");
        } else if (field == PersonCorrection.Field.DATE_OF_BIRTH) {
            try {
                if (LocalDate.parse(value).isAfter(today())) {
                    errors.put("newValue", "The date of birth must be in the past");
                }
            } catch (java.time.format.DateTimeParseException e) {
                errors.put("newValue", "Enter a real date of birth");
            }
        }
        String old = field == null ? null : current(r, field, me);
        if (value != null && value.equals(old) && !errors.containsKey("newValue")) {
            errors.put("newValue", "The correct value is the same as the one recorded");
        }
        text(errors, "reason", reason, "Enter why the record is corrected", 2000);
        text(errors, "requestedBy", requestedBy, "Enter who asked for the correction", 200);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID cid = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO subject_access_correction (id, request_id, person_id, agency_id, field, old_value,
                    new_value, reason, requested_by, proposed_by, proposed_by_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(cid, id.value(), r.person().value(),
                me.agency().value(), field.name(), old, value, reason.strip(), requestedBy.strip(), me.actorId(),
                me.displayName()).update();
        audit.record(AuditAction.CREATE, CORRECTION_TYPE, List.of(cid.toString()), "proposed on " + id);
        return loadProposal(new CorrectionId(cid), me).orElseThrow();
    }

    static final String CORRECTION_TYPE = "subject-access-correction";

    private static final String PROPOSALS = """
            SELECT c.*, q.reference FROM subject_access_correction c JOIN subject_access_request q
                ON q.id = c.request_id WHERE c.agency_id = ?""";

    private ProposedCorrection mapProposal(ResultSet rs, int n) throws SQLException {
        java.sql.Timestamp decided = rs.getTimestamp("decided_at");
        String decision = rs.getString("decision");
        return new ProposedCorrection(new CorrectionId(rs.getObject("id", UUID.class)),
                new RequestId(rs.getObject("request_id", UUID.class)), rs.getString("reference"),
                PersonCorrection.Field.valueOf(rs.getString("field")), rs.getString("old_value"),
                rs.getString("new_value"), rs.getString("reason"), rs.getString("requested_by"),
                rs.getObject("proposed_by", UUID.class), rs.getString("proposed_by_name"),
                rs.getTimestamp("proposed_at").toInstant(),
                decision == null ? null : ProposedCorrection.Decision.valueOf(decision),
                rs.getString("decided_by_name"), decided == null ? null : decided.toInstant(),
                rs.getString("decision_reason"));
    }

    private Optional<ProposedCorrection> loadProposal(CorrectionId id, Actor me) {
        return jdbc.sql(PROPOSALS + " AND c.id = ?").params(me.agency().value(), id.value()).query(this::mapProposal)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProposedCorrection> proposals(RequestId id) {
        Actor me = officer();
        require(id, me);
        List<ProposedCorrection> out = jdbc.sql(PROPOSALS + " AND c.request_id = ? ORDER BY c.proposed_at")
                .params(me.agency().value(), id.value()).query(this::mapProposal).list();
        auditPeople(AuditAction.READ, out);
        return out;
    }

    /**
     * A correction shows the person's old and new name or date of birth: the read goes on the person's own trail too,
     * with a reason the subject access output leaves out of "who read your record".
     */
    private void auditPeople(AuditAction action, List<ProposedCorrection> corrections) {
        if (corrections.isEmpty()) {
            return;
        }
        List<String> people = jdbc.sql("SELECT DISTINCT person_id::text FROM subject_access_correction WHERE id = ANY(?)")
                .param(corrections.stream().map(c -> c.id().value()).toArray(UUID[]::new)).query(String.class).list();
        audit.record(action, "person", people, "subject access: corrections proposed, with the values before and after");
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProposedCorrection> awaitingApproval() {
        Actor me = officer();
        List<ProposedCorrection> out = jdbc.sql(PROPOSALS + " AND c.decision IS NULL ORDER BY c.proposed_at")
                .param(me.agency().value()).query(this::mapProposal).list();
        if (!out.isEmpty()) {
            audit.record(AuditAction.SEARCH, CORRECTION_TYPE, out.stream().map(c -> c.id().toString()).toList(),
                    "corrections awaiting a second approver");
        }
        auditPeople(AuditAction.SEARCH, out);
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProposedCorrection> proposal(CorrectionId id) {
        Actor me = officer();
        Optional<ProposedCorrection> c = loadProposal(id, me);
        c.ifPresent(p -> {
            audit.record(AuditAction.READ, CORRECTION_TYPE, List.of(id.toString()), null);
            auditPeople(AuditAction.READ, List.of(p));
        });
        return c;
    }

    /** The proposal for a second approver's decision: pending, on an open request, and never the proposer's own. */
    private ProposedCorrection forDecision(CorrectionId id, Actor me) {
        ProposedCorrection c = loadProposal(id, me).orElseThrow(() -> new NoSuchElementException("No such correction"));
        if (!c.pending()) {
            throw InvalidInputException.of("decision", "This correction has been " + c.decision().label()
                    .toLowerCase() + " already");
        }
        if (c.proposedBy().equals(me.actorId())) {
            audit.recordRefusal(AuditAction.UPDATE, CORRECTION_TYPE, List.of(id.toString()),
                    "four eyes: the proposer may not decide");
            throw InvalidInputException.of("decision", "You proposed this correction: a second member of information "
                    + "governance must approve or reject it");
        }
        requireOpen(c.request(), me);
        return c;
    }

    @Override
    public ProposedCorrection approve(CorrectionId id) {
        Actor me = officer();
        ProposedCorrection c = forDecision(id, me);
        SubjectAccessRequest r = require(c.request(), me);
        PersonCorrection made = people.correct(r.person(), c.field(), c.newValue(), c.reason(), c.requestedBy());
        if (!java.util.Objects.equals(made.oldValue(), c.oldValue())) {
            // rolls the correction back with the transaction
            throw InvalidInputException.of("decision", "The record has changed since this correction was proposed: "
                    + "reject it and propose it again");
        }
        jdbc.sql("""
                UPDATE subject_access_correction SET decision = 'APPROVED', decided_by = ?, decided_by_name = ?,
                    decided_at = now(), correction_id = ? WHERE id = ? AND decision IS NULL""")
                .params(me.actorId(), me.displayName(), made.id(), id.value()).update();
        audit.record(AuditAction.UPDATE, CORRECTION_TYPE, List.of(id.toString()),
                "approved: correction " + made.id() + " on " + c.request());
        return loadProposal(id, me).orElseThrow();
    }

    @Override
    public ProposedCorrection reject(CorrectionId id, String reason) {
        Actor me = officer();
        ProposedCorrection c = forDecision(id, me);
        Map<String, String> errors = new LinkedHashMap<>();
        text(errors, "decisionReason", reason, "Enter why the correction is rejected", 2000);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("""
                UPDATE subject_access_correction SET decision = 'REJECTED', decided_by = ?, decided_by_name = ?,
                    decided_at = now(), decision_reason = ? WHERE id = ? AND decision IS NULL""")
                .params(me.actorId(), me.displayName(), reason.strip(), id.value()).update();
        audit.record(AuditAction.UPDATE, CORRECTION_TYPE, List.of(id.toString()), "rejected on " + c.request());
        return loadProposal(id, me).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonCorrection> corrections(RequestId id) {
        Actor me = officer();
        SubjectAccessRequest r = require(id, me);
        if (r.released()) {
            return List.of();
        }
        return people.corrections(r.person());
    }

    static Instant now() {
        return Instant.now();
    }
}
