package org.hearth.marac.internal;

import org.hearth.platform.Dates;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.StaffUserId;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.calendar.WorkingDays;
import org.hearth.marac.Marac;
import org.hearth.marac.MaracMeetingId;
import org.hearth.marac.MaracReferral;
import org.hearth.marac.MaracReferralId;
import org.hearth.marac.MaracResearch;
import org.hearth.marac.Maracs;
import org.hearth.marac.Member;
import org.hearth.marac.ResearchAnswers;
import org.hearth.marac.ResearchTask;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcMaracResearch implements MaracResearch {

    static final int MAX_FACTS = 4000;
    static final int MAX_WITHHELD = 2000;

    private final JdbcClient jdbc;
    private final Maracs maracs;
    private final PersonAccess access;
    private final WorkingDays workingDays;
    private final AuditTrail audit;
    private final Clock clock = Clock.system(Dates.UK);

    JdbcMaracResearch(JdbcClient jdbc, Maracs maracs, PersonAccess access, WorkingDays workingDays, AuditTrail audit) {
        this.jdbc = jdbc;
        this.maracs = maracs;
        this.access = access;
        this.workingDays = workingDays;
        this.audit = audit;
    }

    /** On publishing: a task per member agency (with someone who may represent it) per case; once each. */
    int setFor(MaracMeetingId meeting, Marac marac, LocalDate meetsOn, List<MaracReferral> cases) {
        LocalDate today = LocalDate.now(clock);
        LocalDate due = workingDays.minusWorkingDays(meetsOn, DUE_WORKING_DAYS_BEFORE);
        if (due.isBefore(today)) {
            due = today;
        }
        int set = 0;
        for (Member m : marac.members()) {
            if (!maracs.mayRepresent(m.representative(), m.agency())
                    && (m.deputy() == null || !maracs.mayRepresent(m.deputy(), m.agency()))) {
                continue;
            }
            for (MaracReferral r : cases) {
                set += jdbc.sql("""
                        INSERT INTO marac_research (id, meeting_id, marac_referral_id, agency_id, due_on)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                        .params(UUID.randomUUID(), meeting.value(), r.id().value(), m.agency().value(), due).update();
            }
        }
        return set;
    }

    static final String SELECT = """
            SELECT t.*, m.meets_on, m.marac_id, r.reference, r.victim_id FROM marac_research t
            JOIN marac_meeting m ON m.id = t.meeting_id JOIN marac_referral r ON r.id = t.marac_referral_id""";

    /** A task with what the access checks need. */
    private record Row(ResearchTask task, UUID marac, PersonId victim) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp returned = rs.getTimestamp("returned_at");
        Timestamp chased = rs.getTimestamp("chased_at");
        ResearchAnswers answers = returned == null ? null : new ResearchAnswers(rs.getBoolean("nothing_held"),
                rs.getString("victim_facts"), rs.getString("children_facts"), rs.getString("perpetrator_facts"),
                rs.getString("opinion"), rs.getString("withheld"), rs.getString("withheld_reason"));
        return new Row(new ResearchTask(rs.getObject("id", UUID.class),
                new MaracMeetingId(rs.getObject("meeting_id", UUID.class)), rs.getObject("meets_on", LocalDate.class),
                new MaracReferralId(rs.getObject("marac_referral_id", UUID.class)), rs.getString("reference"),
                new AgencyId(rs.getObject("agency_id", UUID.class)), rs.getObject("due_on", LocalDate.class), answers,
                rs.getString("returned_by_name"), returned == null ? null : returned.toInstant(),
                chased == null ? null : chased.toInstant()), rs.getObject("marac_id", UUID.class),
                new PersonId(rs.getObject("victim_id", UUID.class)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ResearchTask> mine() {
        Actor me = Roles.actor();
        List<Row> rows = jdbc.sql(SELECT + """
                 JOIN marac_member mm ON mm.marac_id = m.marac_id AND mm.agency_id = t.agency_id
                     AND (mm.representative_id = :me OR mm.deputy_id = :me)
                WHERE m.meets_on >= :since
                ORDER BY (t.returned_at IS NOT NULL), t.due_on, r.reference""")
                .param("me", me.actorId()).param("since", LocalDate.now(clock).minusDays(7))
                .query(JdbcMaracResearch::row).list();
        // only cases the user may still read: a grant ended (removed from the MARAC) ends the task for them
        Set<PersonId> readable = access.viewableAmong(rows.stream().map(Row::victim).toList());
        // whether the user may still represent an agency is asked once an agency, not once a case
        java.util.Map<org.hearth.partnership.AgencyId, Boolean> mayRepresent = new java.util.HashMap<>();
        List<Row> shown = rows.stream().filter(r -> readable.contains(r.victim())
                && mayRepresent.computeIfAbsent(r.task().agency(),
                        agency -> maracs.mayRepresent(new StaffUserId(me.actorId()), agency))).toList();
        if (!shown.isEmpty()) {
            audit.record(AuditAction.READ, "person", shown.stream().map(r -> r.victim().toString()).distinct().toList(),
                    "MARAC research list");
        }
        return shown.stream().map(Row::task).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ResearchTask> find(UUID id) {
        Optional<Row> row = load(id);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        if (!Roles.coordinator() && !represents(row.get())) {
            throw new AccessDeniedException("Research is for the agency's named representative and deputy");
        }
        audit.record(AuditAction.READ, "marac-research", List.of(id.toString(), row.get().victim().toString()), null);
        return row.map(Row::task);
    }

    private Optional<Row> load(UUID id) {
        return jdbc.sql(SELECT + " WHERE t.id = ?").param(id).query(JdbcMaracResearch::row).optional();
    }

    /** The current user is named for the task's agency on its MARAC, may still represent it, and reads the case. */
    private boolean represents(Row r) {
        Actor me = Roles.actor();
        StaffUserId user = new StaffUserId(me.actorId());
        boolean named = jdbc.sql("""
                SELECT count(*) FROM marac_member WHERE marac_id = ? AND agency_id = ?
                  AND (representative_id = ? OR deputy_id = ?)""")
                .params(r.marac(), r.task().agency().value(), user.value(), user.value()).query(Long.class).single() > 0;
        return named && maracs.mayRepresent(user, r.task().agency()) && access.mayView(r.victim());
    }

    @Override
    public ResearchTask submit(UUID id, ResearchAnswers a) {
        Row r = jdbc.sql(SELECT + " WHERE t.id = ? FOR UPDATE OF t").param(id).query(JdbcMaracResearch::row).optional()
                .orElseThrow(() -> new java.util.NoSuchElementException("No such research"));
        if (!represents(r)) {
            throw new AccessDeniedException("Research is for the agency's named representative and deputy");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (r.task().meetsOn().isBefore(LocalDate.now(clock))) {
            errors.put("victimFacts", "The meeting has been held: research can no longer be returned");
        }
        String victim = text(a.victimFacts());
        String children = text(a.childrenFacts());
        String perpetrator = text(a.perpetratorFacts());
        String opinion = text(a.opinion());
        String withheld = text(a.withheld());
        String reason = text(a.withheldReason());
        if (!a.nothingHeld() && victim == null && children == null && perpetrator == null) {
            errors.putIfAbsent("victimFacts", "Give what your agency's records hold on the victim, the children or the"
                    + " perpetrator, or say that it holds nothing");
        }
        if (a.nothingHeld() && (victim != null || children != null || perpetrator != null)) {
            errors.put("nothingHeld", "You said your agency holds nothing: remove the facts, or untick it");
        }
        tooLong(errors, "victimFacts", victim, MAX_FACTS);
        tooLong(errors, "childrenFacts", children, MAX_FACTS);
        tooLong(errors, "perpetratorFacts", perpetrator, MAX_FACTS);
        tooLong(errors, "opinion", opinion, MAX_FACTS);
        tooLong(errors, "withheld", withheld, MAX_WITHHELD);
        tooLong(errors, "withheldReason", reason, MAX_WITHHELD);
        if (withheld != null && reason == null) {
            errors.put("withheldReason", "Say why it is withheld");
        }
        InvalidInputException.refuseIfAny(errors);
        Actor me = Roles.actor();
        jdbc.sql("""
                UPDATE marac_research SET nothing_held = :nothing, victim_facts = :victim, children_facts = :children,
                    perpetrator_facts = :perpetrator, opinion = :opinion, withheld = :withheld,
                    withheld_reason = :reason, returned_at = now(), returned_by = :by, returned_by_name = :name
                WHERE id = :id""")
                .param("nothing", a.nothingHeld()).param("victim", victim).param("children", children)
                .param("perpetrator", perpetrator).param("opinion", opinion).param("withheld", withheld)
                .param("reason", withheld == null ? null : reason).param("by", me.actorId())
                .param("name", me.displayName()).param("id", id).update();
        audit.record(AuditAction.UPDATE, "marac-research", List.of(id.toString(), r.victim().toString()),
                r.task().returned() ? "corrected" : "returned");
        return load(id).orElseThrow().task();
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void tooLong(Map<String, String> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.put(field, "This must be " + max + " characters or fewer");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<ResearchTask> forMeeting(MaracMeetingId meeting) {
        Roles.requireCoordinator();
        List<Row> rows = jdbc.sql(SELECT + " WHERE t.meeting_id = ? ORDER BY r.reference, t.agency_id")
                .param(meeting.value()).query(JdbcMaracResearch::row).list();
        List<String> ids = new ArrayList<>(List.of(meeting.toString()));
        rows.stream().map(r -> r.victim().toString()).distinct().forEach(ids::add);
        audit.record(AuditAction.READ, "marac-research", ids, "research of the meeting");
        return rows.stream().map(Row::task).toList();
    }

    /** The research returned and outstanding on one case of a meeting, by agency (for the chair's page). */
    List<ResearchTask> forCase(MaracMeetingId meeting, MaracReferralId referral) {
        return jdbc.sql(SELECT + " WHERE t.meeting_id = ? AND t.marac_referral_id = ? ORDER BY t.agency_id")
                .params(meeting.value(), referral.value()).query(JdbcMaracResearch::row).list().stream()
                .map(Row::task).toList();
    }

    @Override
    public int chase(MaracMeetingId meeting, AgencyId agency) {
        Roles.requireCoordinator();
        int chased = jdbc.sql("""
                UPDATE marac_research SET chased_at = now()
                WHERE meeting_id = ? AND agency_id = ? AND returned_at IS NULL""")
                .params(meeting.value(), agency.value()).update();
        audit.record(AuditAction.UPDATE, "marac-meeting", List.of(meeting.toString()),
                "research chased: " + chased + " outstanding for agency " + agency);
        return chased;
    }

}
