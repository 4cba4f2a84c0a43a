package org.hearth.subjectaccess.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.partnership.AgencyId;
import org.hearth.people.People;
import org.hearth.people.PersonCorrection;
import org.hearth.people.PersonId;
import org.hearth.subjectaccess.CorrectionId;
import org.hearth.subjectaccess.FlaggedItem;
import org.hearth.subjectaccess.NewRequest;
import org.hearth.subjectaccess.ProposedCorrection;
import org.hearth.subjectaccess.Representative;
import org.hearth.subjectaccess.RepresentativeKind;
import org.hearth.subjectaccess.RequestId;
import org.hearth.subjectaccess.RequesterRole;
import org.hearth.subjectaccess.SubjectAccessRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The subject access tables, SQL only: requests and proposed corrections (reviews: {@link ReviewHistory}), each read by its
 * agency (another agency's row is never found). No rule and no access check (those are {@link SubjectAccessRules}'
 * and {@link SubjectAccessService}'s). The person's name on a request comes from {@code People.name}, never from the
 * person's table.
 */
@Component
class SubjectAccessStore {


    private static final String PROPOSALS = """
            SELECT c.*, q.reference FROM subject_access_correction c JOIN subject_access_request q
                ON q.id = c.request_id WHERE c.agency_id = ?""";

    private final JdbcClient jdbc;
    private final People people;

    SubjectAccessStore(JdbcClient jdbc, People people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    // ------------------------------------------------------------------------------------------------ requests

    /** Records a request with its next reference ({@code SAR-2026-0001}); returns its id. */
    RequestId insert(NewRequest r, RequesterRole role, PersonId person, Actor me) {
        UUID id = UUID.randomUUID();
        long n = jdbc.sql("SELECT nextval('subject_access_number')").query(Long.class).single();
        String reference = "SAR-" + r.receivedOn().getYear() + "-" + String.format("%04d", n);
        Representative rep = r.representative();
        jdbc.sql("""
                INSERT INTO subject_access_request (id, reference, received_on, requester_name, requester_role,
                    identity_checked_on, identity_evidence, person_id, due_on, agency_id, recorded_by,
                    recorded_by_name, representative_name, representative_kind, representative_authority,
                    representative_checked_on, representative_evidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, reference, r.receivedOn(), r.requesterName().strip(), role.name(),
                        r.identityCheckedOn(), SubjectAccessRules.blank(r.identityEvidence()), person.value(),
                        SubjectAccessRequest.dueOn(r.receivedOn()), me.agency().value(), me.actorId(),
                        me.displayName(), rep == null ? null : rep.name().strip(),
                        rep == null ? null : rep.kind().name(), rep == null ? null : rep.authority().strip(),
                        rep == null ? null : rep.checkedOn(),
                        rep == null ? null : SubjectAccessRules.blank(rep.evidence())).update();
        return new RequestId(id);
    }

    Optional<SubjectAccessRequest> request(RequestId id, AgencyId agency) {
        return jdbc.sql("SELECT * FROM subject_access_request WHERE id = ? AND agency_id = ?")
                .params(id.value(), agency.value()).query(this::request).optional();
    }

    /** The agency's requests not released (or all), the soonest due first. */
    List<SubjectAccessRequest> requests(AgencyId agency, boolean all) {
        return jdbc.sql("SELECT * FROM subject_access_request WHERE agency_id = ? AND "
                + "(released_at IS NULL OR ?) ORDER BY released_at IS NOT NULL, coalesce(extended_to, due_on), "
                + "reference").params(agency.value(), all).query(this::request).list();
    }

    void identityChecked(RequestId id, LocalDate on, String evidence) {
        jdbc.sql("UPDATE subject_access_request SET identity_checked_on = ?, identity_evidence = ? WHERE id = ?")
                .params(on, evidence.strip(), id.value()).update();
    }

    void representativeChecked(RequestId id, LocalDate on, String evidence) {
        jdbc.sql("UPDATE subject_access_request SET representative_checked_on = ?, representative_evidence = ? "
                + "WHERE id = ?").params(on, evidence.strip(), id.value()).update();
    }

    void extended(RequestId id, LocalDate to, String reason) {
        jdbc.sql("UPDATE subject_access_request SET extended_to = ?, extension_reason = ? WHERE id = ?")
                .params(to, reason.strip(), id.value()).update();
    }

    void released(RequestId id, String byName) {
        jdbc.sql("UPDATE subject_access_request SET released_at = now(), released_by_name = ? WHERE id = ?")
                .params(byName, id.value()).update();
    }

    /** Keeps the package as released (JSON): every later download serves this copy. */
    void keepReleased(RequestId id, String json) {
        jdbc.sql("UPDATE subject_access_request SET released_package = ? WHERE id = ?").params(json, id.value())
                .update();
    }

    /** The request's history after its release, oldest first. */
    List<org.hearth.subjectaccess.RequestHistory> history(RequestId id) {
        return jdbc.sql("SELECT happened_at, what FROM subject_access_request_history WHERE request_id = ? ORDER BY id")
                .param(id.value()).query((rs, n) -> new org.hearth.subjectaccess.RequestHistory(
                        rs.getTimestamp(1).toInstant(), rs.getString(2))).list();
    }

    String releasedPackage(RequestId id) {
        return jdbc.sql("SELECT released_package FROM subject_access_request WHERE id = ?").param(id.value())
                .query(String.class).single();
    }

    private SubjectAccessRequest request(ResultSet rs, int n) throws SQLException {
        PersonId person = new PersonId(rs.getObject("person_id", UUID.class));
        Timestamp released = rs.getTimestamp("released_at");
        return new SubjectAccessRequest(new RequestId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                rs.getObject("received_on", LocalDate.class), rs.getString("requester_name"),
                RequesterRole.valueOf(rs.getString("requester_role")),
                rs.getObject("identity_checked_on", LocalDate.class), rs.getString("identity_evidence"), person,
                people.name(person).orElse("A person"), rs.getObject("due_on", LocalDate.class),
                rs.getObject("extended_to", LocalDate.class), rs.getString("extension_reason"),
                released == null ? null : released.toInstant(), rs.getString("released_by_name"),
                rs.getString("recorded_by_name"), rs.getString("representative_name") == null ? null
                        : new Representative(rs.getString("representative_name"),
                                RepresentativeKind.valueOf(rs.getString("representative_kind")),
                                rs.getString("representative_authority"),
                                rs.getObject("representative_checked_on", LocalDate.class),
                                rs.getString("representative_evidence")));
    }

    // ------------------------------------------------------------------------------------------------ corrections

    long pendingCorrections(RequestId id) {
        return jdbc.sql("SELECT count(*) FROM subject_access_correction WHERE request_id = ? AND decision IS NULL")
                .param(id.value()).query(Long.class).single();
    }

    CorrectionId propose(SubjectAccessRequest r, PersonCorrection.Field field, String old, String value,
            String reason, String requestedBy, Actor me) {
        UUID cid = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO subject_access_correction (id, request_id, person_id, agency_id, field, old_value,
                    new_value, reason, requested_by, proposed_by, proposed_by_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(cid, r.id().value(), r.person().value(),
                me.agency().value(), field.name(), old, value, reason.strip(), requestedBy.strip(), me.actorId(),
                me.displayName()).update();
        return new CorrectionId(cid);
    }

    Optional<ProposedCorrection> proposal(CorrectionId id, AgencyId agency) {
        return jdbc.sql(PROPOSALS + " AND c.id = ?").params(agency.value(), id.value()).query(this::proposal)
                .optional();
    }

    List<ProposedCorrection> proposals(RequestId id, AgencyId agency) {
        return jdbc.sql(PROPOSALS + " AND c.request_id = ? ORDER BY c.proposed_at").params(agency.value(), id.value())
                .query(this::proposal).list();
    }

    List<ProposedCorrection> awaitingApproval(AgencyId agency) {
        return jdbc.sql(PROPOSALS + " AND c.decision IS NULL ORDER BY c.proposed_at").param(agency.value())
                .query(this::proposal).list();
    }

    /** The people whose records these corrections are about, by id. */
    List<String> peopleOf(List<ProposedCorrection> corrections) {
        return jdbc.sql("SELECT DISTINCT person_id::text FROM subject_access_correction WHERE id = ANY(?)")
                .param(corrections.stream().map(c -> c.id().value()).toArray(UUID[]::new)).query(String.class).list();
    }

    void approved(CorrectionId id, Actor me, UUID correction) {
        jdbc.sql("""
                UPDATE subject_access_correction SET decision = 'APPROVED', decided_by = ?, decided_by_name = ?,
                    decided_at = now(), correction_id = ? WHERE id = ? AND decision IS NULL""")
                .params(me.actorId(), me.displayName(), correction, id.value()).update();
    }

    void rejected(CorrectionId id, Actor me, String reason) {
        jdbc.sql("""
                UPDATE subject_access_correction SET decision = 'REJECTED', decided_by = ?, decided_by_name = ?,
                    decided_at = now(), decision_reason = ? WHERE id = ? AND decision IS NULL""")
                .params(me.actorId(), me.displayName(), reason.strip(), id.value()).update();
    }

    private ProposedCorrection proposal(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
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
}
