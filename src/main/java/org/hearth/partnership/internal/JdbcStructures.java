package org.hearth.partnership.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.audit.Audited;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.DuplicateNameException;
import org.hearth.partnership.GroupDetails;
import org.hearth.partnership.GroupId;
import org.hearth.partnership.GroupKind;
import org.hearth.partnership.Meeting;
import org.hearth.partnership.MeetingDetails;
import org.hearth.partnership.MeetingId;
import org.hearth.partnership.MemberId;
import org.hearth.partnership.PartnershipGroup;
import org.hearth.partnership.Presence;
import org.hearth.partnership.Representative;
import org.hearth.partnership.Structures;
import org.hearth.partnership.TermsOfReference;
import org.hearth.platform.Dates;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcStructures implements Structures {
    static final int LONGEST_NAME = 200;
    static final int LONGEST_TEXT = 50_000;
    static final String GROUP = "partnership_group";
    static final String MEETING = "group_meeting";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    JdbcStructures(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartnershipGroup> groups() {
        return load("", List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PartnershipGroup> group(GroupId id) {
        return load("WHERE g.id = ?", List.of(id.value())).stream().findFirst();
    }

    @Override
    public PartnershipGroup create(GroupDetails details) {
        check(details);
        GroupId id = GroupId.random();
        if (details.parent() != null) {
            group(details.parent()).orElseThrow(() -> new IllegalArgumentException("No such parent group"));
        }
        TermsOfReference t = terms(details);
        try {
            jdbc.sql("""
                    INSERT INTO partnership_group (id, name, kind, parent_id, chair, purpose, remit, frequency, quorum,
                        review_on, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id.value(), details.name().trim(), details.kind().name(), uuid(details.parent()),
                            blankToNull(details.chair()), t.purpose(), t.remit(), t.frequency(), t.quorum(),
                            t.reviewOn(), details.active())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new DuplicateNameException("group");
        }
        setAgencies(id, details.agencies());
        audit.record(AuditAction.CREATE, GROUP, id);
        return group(id).orElseThrow();
    }

    @Override
    @Audited(action = AuditAction.UPDATE, recordType = GROUP, ids = "#id")
    public PartnershipGroup update(GroupId id, GroupDetails details) {
        check(details);
        group(id).orElseThrow(() -> new NoSuchElementException("No such group"));
        if (details.parent() != null) {
            group(details.parent()).orElseThrow(() -> new IllegalArgumentException("No such parent group"));
            if (details.parent().equals(id) || below(id).contains(details.parent())) {
                throw new IllegalArgumentException("A group cannot report to itself or to a group that reports to it");
            }
        }
        TermsOfReference t = terms(details);
        try {
            jdbc.sql("""
                    UPDATE partnership_group SET name = ?, kind = ?, parent_id = ?, chair = ?, purpose = ?, remit = ?,
                        frequency = ?, quorum = ?, review_on = ?, active = ?, updated_at = now() WHERE id = ?""")
                    .params(details.name().trim(), details.kind().name(), uuid(details.parent()),
                            blankToNull(details.chair()), t.purpose(), t.remit(), t.frequency(), t.quorum(),
                            t.reviewOn(), details.active(), id.value())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new DuplicateNameException("group");
        }
        setAgencies(id, details.agencies());
        return group(id).orElseThrow();
    }

    @Override
    @Audited(action = AuditAction.UPDATE, recordType = GROUP, ids = "#group", reason = "'representative added'")
    public Representative addMember(GroupId group, String name, String role, AgencyId agency) {
        group(group).orElseThrow(() -> new NoSuchElementException("No such group"));
        if (name == null || name.isBlank() || name.length() > LONGEST_NAME) {
            throw new IllegalArgumentException("A representative needs a name of up to 200 characters");
        }
        if (role != null && role.length() > LONGEST_NAME || agency == null) {
            throw new IllegalArgumentException("A representative needs an agency, and a role of up to 200 characters");
        }
        requireAgency(agency);
        MemberId id = MemberId.random();
        jdbc.sql("INSERT INTO group_member (id, group_id, name, role, agency_id) VALUES (?, ?, ?, ?, ?)")
                .params(id.value(), group.value(), name.trim(), blankToNull(role), agency.value()).update();
        jdbc.sql("INSERT INTO group_agency (group_id, agency_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(group.value(), agency.value()).update();
        return new Representative(id, name.trim(), blankToNull(role), agency);
    }

    @Override
    @Audited(action = AuditAction.UPDATE, recordType = GROUP, ids = "{#group, #member}", reason = "'representative removed'")
    public void removeMember(GroupId group, MemberId member) {
        int removed = jdbc.sql("UPDATE group_member SET removed = true WHERE id = ? AND group_id = ? AND NOT removed")
                .params(member.value(), group.value()).update();
        if (removed == 0) {
            throw new NoSuchElementException("No such representative on this group");
        }
    }

    @Override
    public Meeting recordMeeting(GroupId groupId, MeetingDetails details) {
        PartnershipGroup group = group(groupId).orElseThrow(() -> new NoSuchElementException("No such group"));
        if (details.heldOn() == null || details.heldOn().isAfter(today())) {
            throw new IllegalArgumentException("A meeting is recorded once it has been held");
        }
        if (tooLong(details.minutes()) || tooLong(details.decisions())) {
            throw new IllegalArgumentException("Minutes and decisions must be 50,000 characters or fewer");
        }
        if (!group.agencies().containsAll(details.agencies().keySet())) {
            throw new IllegalArgumentException("Attendance only for the group's member agencies");
        }
        if (details.agencies().isEmpty()) {
            throw new IllegalArgumentException("Record how each member agency was at the meeting");
        }
        Set<MemberId> members = new HashSet<>(group.members().stream().map(Representative::id).toList());
        if (!members.containsAll(details.members().keySet())) {
            throw new IllegalArgumentException("Attendance only for the group's representatives");
        }
        MeetingId id = MeetingId.random();
        jdbc.sql("""
                INSERT INTO group_meeting (id, group_id, held_on, minutes, decisions) VALUES (?, ?, ?, ?, ?)""")
                .params(id.value(), groupId.value(), details.heldOn(), blankToNull(details.minutes()),
                        blankToNull(details.decisions()))
                .update();
        details.agencies().forEach((agency, presence) -> jdbc
                .sql("INSERT INTO meeting_agency_attendance (meeting_id, agency_id, presence) VALUES (?, ?, ?)")
                .params(id.value(), agency.value(), presence.name()).update());
        details.members().forEach((member, presence) -> jdbc
                .sql("INSERT INTO meeting_member_attendance (meeting_id, member_id, presence) VALUES (?, ?, ?)")
                .params(id.value(), member.value(), presence.name()).update());
        audit.record(AuditAction.CREATE, MEETING, List.of(id.toString(), groupId.toString()), null);
        return meeting(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Meeting> meeting(MeetingId id) {
        return meetings("WHERE m.id = ?", id.value()).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Meeting> meetings(GroupId group) {
        return meetings("WHERE m.group_id = ?", group.value());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Meeting> meetingsOf(GroupKind kind, LocalDate from, LocalDate to) {
        return meetings("JOIN partnership_group g ON g.id = m.group_id WHERE g.kind = ? AND m.held_on BETWEEN ? AND ?",
                kind.name(), from, to);
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(Dates.UK);
    }

    private static void check(GroupDetails details) {
        if (details.name() == null || details.name().isBlank() || details.name().length() > LONGEST_NAME) {
            throw new IllegalArgumentException("A group needs a name of up to 200 characters");
        }
        if (details.kind() == null) {
            throw new IllegalArgumentException("A group needs a kind");
        }
        TermsOfReference t = details.terms() == null ? TermsOfReference.none() : details.terms();
        for (String text : new String[] {details.chair(), t.frequency(), t.quorum()}) {
            if (text != null && text.length() > LONGEST_NAME) {
                throw new IllegalArgumentException("Chair, frequency and quorum must be 200 characters or fewer");
            }
        }
        if (tooLong(t.purpose()) || tooLong(t.remit())) {
            throw new IllegalArgumentException("Purpose and remit must be 50,000 characters or fewer");
        }
    }

    private static boolean tooLong(String text) {
        return text != null && text.length() > LONGEST_TEXT;
    }

    private static TermsOfReference terms(GroupDetails details) {
        TermsOfReference t = details.terms() == null ? TermsOfReference.none() : details.terms();
        return new TermsOfReference(blankToNull(t.purpose()), blankToNull(t.remit()), blankToNull(t.frequency()),
                blankToNull(t.quorum()), t.reviewOn());
    }

    private void setAgencies(GroupId id, List<AgencyId> agencies) {
        agencies.forEach(this::requireAgency);
        jdbc.sql("DELETE FROM group_agency WHERE group_id = ?").param(id.value()).update();
        for (AgencyId agency : new java.util.LinkedHashSet<>(agencies)) {
            jdbc.sql("INSERT INTO group_agency (group_id, agency_id) VALUES (?, ?)").params(id.value(), agency.value())
                    .update();
        }
    }

    private void requireAgency(AgencyId agency) {
        if (jdbc.sql("SELECT count(*) FROM agency WHERE id = ?").param(agency.value()).query(Long.class).single() == 0) {
            throw new IllegalArgumentException("No such agency");
        }
    }

    /** The groups reporting to this one, directly or through others. */
    private Set<GroupId> below(GroupId id) {
        return new HashSet<>(jdbc.sql("""
                WITH RECURSIVE below (id) AS (
                    SELECT id FROM partnership_group WHERE parent_id = ?
                    UNION SELECT g.id FROM partnership_group g JOIN below b ON g.parent_id = b.id)
                SELECT id FROM below""").param(id.value())
                .query((rs, n) -> new GroupId(rs.getObject(1, UUID.class))).list());
    }

    private List<PartnershipGroup> load(String where, List<Object> params) {
        List<PartnershipGroup> bare = jdbc.sql("SELECT * FROM partnership_group g " + where + " ORDER BY lower(g.name)")
                .params(params).query(JdbcStructures::group).list();
        if (bare.isEmpty()) {
            return bare;
        }
        Map<GroupId, List<AgencyId>> agencies = new HashMap<>();
        jdbc.sql("""
                SELECT ga.group_id, ga.agency_id FROM group_agency ga JOIN agency a ON a.id = ga.agency_id
                ORDER BY lower(a.name)""")
                .query((ResultSet rs) -> {
                    agencies.computeIfAbsent(new GroupId(rs.getObject(1, UUID.class)), k -> new ArrayList<>())
                            .add(new AgencyId(rs.getObject(2, UUID.class)));
                });
        Map<GroupId, List<Representative>> members = new HashMap<>();
        jdbc.sql("SELECT * FROM group_member WHERE NOT removed ORDER BY lower(name), id")
                .query((ResultSet rs) -> {
                    members.computeIfAbsent(new GroupId(rs.getObject("group_id", UUID.class)), k -> new ArrayList<>())
                            .add(new Representative(new MemberId(rs.getObject("id", UUID.class)), rs.getString("name"),
                                    rs.getString("role"), new AgencyId(rs.getObject("agency_id", UUID.class))));
                });
        return bare.stream().map(g -> new PartnershipGroup(g.id(), g.name(), g.kind(), g.parent(), g.chair(),
                g.terms(), agencies.getOrDefault(g.id(), List.of()), members.getOrDefault(g.id(), List.of()),
                g.active())).toList();
    }

    private static PartnershipGroup group(ResultSet rs, int n) throws SQLException {
        UUID parent = rs.getObject("parent_id", UUID.class);
        return new PartnershipGroup(new GroupId(rs.getObject("id", UUID.class)), rs.getString("name"),
                GroupKind.valueOf(rs.getString("kind")), parent == null ? null : new GroupId(parent),
                rs.getString("chair"), new TermsOfReference(rs.getString("purpose"), rs.getString("remit"),
                        rs.getString("frequency"), rs.getString("quorum"), rs.getObject("review_on", LocalDate.class)),
                List.of(), List.of(), rs.getBoolean("active"));
    }

    private List<Meeting> meetings(String where, Object... params) {
        record Bare(UUID id, UUID group, LocalDate heldOn, String minutes, String decisions) {
        }
        List<Bare> bare = jdbc.sql("SELECT m.id, m.group_id, m.held_on, m.minutes, m.decisions FROM group_meeting m "
                + where + " ORDER BY m.held_on DESC, m.recorded_at DESC, m.id")
                .params(params)
                .query((rs, n) -> new Bare(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5)))
                .list();
        if (bare.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = bare.stream().map(Bare::id).toList();
        Map<UUID, Map<AgencyId, Presence>> agencies = new HashMap<>();
        jdbc.sql("SELECT meeting_id, agency_id, presence FROM meeting_agency_attendance WHERE meeting_id IN (:ids)")
                .param("ids", ids).query((ResultSet rs) -> {
                    agencies.computeIfAbsent(rs.getObject(1, UUID.class), k -> new LinkedHashMap<>())
                            .put(new AgencyId(rs.getObject(2, UUID.class)), Presence.valueOf(rs.getString(3)));
                });
        Map<UUID, Map<MemberId, Presence>> members = new HashMap<>();
        jdbc.sql("SELECT meeting_id, member_id, presence FROM meeting_member_attendance WHERE meeting_id IN (:ids)")
                .param("ids", ids).query((ResultSet rs) -> {
                    members.computeIfAbsent(rs.getObject(1, UUID.class), k -> new LinkedHashMap<>())
                            .put(new MemberId(rs.getObject(2, UUID.class)), Presence.valueOf(rs.getString(3)));
                });
        return bare.stream().map(b -> new Meeting(new MeetingId(b.id()), new GroupId(b.group()), b.heldOn(),
                b.minutes(), b.decisions(), agencies.getOrDefault(b.id(), Map.of()),
                members.getOrDefault(b.id(), Map.of()))).toList();
    }

    private static UUID uuid(GroupId id) {
        return id == null ? null : id.value();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
