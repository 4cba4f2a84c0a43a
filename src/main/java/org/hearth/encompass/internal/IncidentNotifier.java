package org.hearth.encompass.internal;

import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.audit.AuditTrail;
import org.hearth.encompass.School;
import org.hearth.encompass.SchoolId;
import org.hearth.encompass.internal.EncompassSettings.Field;
import org.hearth.notifications.MessageKind;
import org.hearth.notifications.Outbox;
import org.hearth.notifications.OutgoingMessage;
import org.hearth.notifications.Recipient;
import org.hearth.notifications.RecipientKind;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.partnership.Sector;
import org.hearth.people.People;
import org.hearth.people.PersonDetails;
import org.hearth.people.PersonId;
import org.hearth.platform.Dates;
import org.hearth.referrals.ChildAtIncident;
import org.hearth.referrals.Referral;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.ReferralReceived;
import org.hearth.referrals.ReferralsReceived;
import org.hearth.referrals.Referrals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hears every referral as it arrives ({@link ReferralReceived}, through any door) and, for a police incident
 * naming children, notifies each school-age child's school, lists a younger child for health visiting, and puts a
 * child whose school is unknown on the hub's attention list. A referral from another agency naming children
 * becomes a hub task to consider sharing. Idempotent: a delivery made twice changes nothing.
 */
@Component
public class IncidentNotifier {

    private static final Logger log = LoggerFactory.getLogger(IncidentNotifier.class);
    static final String READER = "Operation Encompass";
    static final String PURPOSE = "Operation Encompass: children at a police incident";

    /** A police incident as this module needs it. */
    public record Incident(UUID referralId, AreaId area, String policeForce, String policeReference,
            LocalDate incidentOn, LocalTime incidentTime, String narrative, List<Child> children) {
    }

    /** A child named at the incident. */
    public record Child(PersonId id, boolean present, String name, LocalDate dateOfBirth, Integer estimatedAge) {
    }

    /** Where a child of the incident went. */
    public enum Outcome { NOTIFIED, ATTENTION, HEALTH_VISITING, NOT_A_CHILD }

    private final Referrals referrals;
    private final People people;
    private final Partnerships partnerships;
    private final JdbcSchools schools;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final EncompassSettings settings;
    private final AuditTrail audit;

    IncidentNotifier(Referrals referrals, People people, Partnerships partnerships, JdbcSchools schools,
            Outbox outbox, JdbcClient jdbc, EncompassSettings settings, AuditTrail audit) {
        this.audit = audit;
        this.referrals = referrals;
        this.people = people;
        this.partnerships = partnerships;
        this.schools = schools;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /**
     * A chunk of the police import: each of its referrals as {@link #on(ReferralReceived)} handles one, all in this
     * one transaction and in a fixed number of statements whatever the chunk's size (the referrals, the children's
     * details and schools are read together, the rows written together, the audit entries held until the commit and
     * merged).
     */
    @ApplicationModuleListener
    void on(ReferralsReceived event) {
        arrived(event.referrals());
    }

    @ApplicationModuleListener
    void on(ReferralReceived event) {
        arrived(List.of(event));
    }

    /** What both listeners do, for one referral or a chunk: the per-row path is the batch of one. */
    private void arrived(List<ReferralReceived> events) {
        // a chunk's reads are audited as one entry a kind naming every referral or child read
        audit.mergeUntilCommit();
        Map<AgencyId, Optional<Agency>> agencies = new HashMap<>();
        for (ReferralReceived e : events) {
            agencies.computeIfAbsent(e.referringAgency(), partnerships::agency);
        }
        Map<ReferralId, AgencyId> referring = new HashMap<>();
        events.forEach(e -> referring.put(e.referral(), e.referringAgency()));
        List<Referrals.Arrival> police = new ArrayList<>();
        List<Referral> shares = new ArrayList<>();
        for (Referrals.Arrival arrival : referrals.arrivedAll(events.stream().map(ReferralReceived::referral).toList(),
                READER, PURPOSE)) {
            Referral r = arrival.referral();
            if (r.children().isEmpty()) {
                continue;
            }
            Optional<Agency> agency = agencies.get(referring.get(r.id()));
            if (agency.isEmpty() || agency.get().sector() != Sector.POLICE) {
                shares.add(r);
            } else {
                police.add(arrival);
            }
        }
        if (!shares.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO encompass_share_task (referral_id, children)
                    SELECT * FROM unnest(CAST(? AS uuid[]), CAST(? AS int[])) ON CONFLICT DO NOTHING""")
                    .params(shares.stream().map(r -> r.id().value()).toArray(UUID[]::new),
                            shares.stream().map(r -> r.children().size()).toArray(Integer[]::new))
                    .update();
        }
        if (police.isEmpty()) {
            return;
        }
        Map<PersonId, PersonDetails> details = people.detailsForAll(police.stream()
                .flatMap(a -> a.referral().children().stream()).map(ChildAtIncident::child)
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)), READER, PURPOSE);
        recordAll(police.stream().map(a -> incident(a.referral(), a.area(),
                agencies.get(referring.get(a.referral().id())).orElseThrow().name(), details)).toList());
    }

    /** The incident of a police referral, with its children's details read for {@code reader}. */
    Incident incident(Referral r, AreaId area, String force, String reader) {
        List<Child> children = r.children().stream().map(c -> child(c, reader)).toList();
        return new Incident(r.id().value(), area, force, r.policeReference(),
                r.incidentOn() == null ? r.receivedOn() : r.incidentOn(), r.incidentTime(), r.narrative(), children);
    }

    private static Incident incident(Referral r, AreaId area, String force, Map<PersonId, PersonDetails> details) {
        List<Child> children = r.children().stream().map(c -> child(c, Optional.ofNullable(details.get(c.child()))))
                .toList();
        return new Incident(r.id().value(), area, force, r.policeReference(),
                r.incidentOn() == null ? r.receivedOn() : r.incidentOn(), r.incidentTime(), r.narrative(), children);
    }

    private Child child(ChildAtIncident c, String reader) {
        return child(c, people.detailsFor(c.child(), reader, PURPOSE));
    }

    private static Child child(ChildAtIncident c, Optional<PersonDetails> d) {
        return new Child(c.child(), c.present(), d.map(PersonDetails::fullName).orElse(null),
                d.map(PersonDetails::dateOfBirth).orElse(null), d.map(PersonDetails::estimatedAge).orElse(null));
    }

    /** Notifies, lists or flags each child of the incident; returns what happened to each, in order. */
    @Transactional
    public List<Outcome> record(Incident incident) {
        return recordAll(List.of(incident)).get(0);
    }

    /**
     * {@link #record} for many incidents: the children's schools read in one statement, the health visiting list
     * and the attention list each written in one; the notifications (one a child whose school is known) as before.
     */
    @Transactional
    public List<List<Outcome>> recordAll(List<Incident> incidents) {
        List<List<Stage>> stages = new ArrayList<>();
        List<PersonId> schoolAge = new ArrayList<>();
        for (Incident incident : incidents) {
            LocalDate on = incident.incidentOn() == null ? LocalDate.now(Dates.UK) : incident.incidentOn();
            List<Stage> each = incident.children().stream().map(c -> stage(c, on)).toList();
            stages.add(each);
            for (int i = 0; i < each.size(); i++) {
                if (each.get(i) == Stage.SCHOOL_AGE) {
                    schoolAge.add(incident.children().get(i).id());
                }
            }
        }
        Map<PersonId, UUID> schoolOf = schools.schoolsOf(schoolAge);
        List<UUID[]> visiting = new ArrayList<>();
        List<UUID[]> attention = new ArrayList<>();
        List<List<Outcome>> outcomes = new ArrayList<>();
        for (int k = 0; k < incidents.size(); k++) {
            Incident incident = incidents.get(k);
            List<Outcome> each = new ArrayList<>();
            for (int i = 0; i < incident.children().size(); i++) {
                Child child = incident.children().get(i);
                switch (stages.get(k).get(i)) {
                    case ADULT -> each.add(Outcome.NOT_A_CHILD);
                    case UNDER_SCHOOL_AGE -> {
                        if (settings.healthVisiting()) {
                            visiting.add(new UUID[] {incident.referralId(), child.id().value()});
                        }
                        each.add(Outcome.HEALTH_VISITING);
                    }
                    case SCHOOL_AGE -> {
                        UUID school = schoolOf.get(child.id());
                        if (school == null) {
                            attention.add(new UUID[] {UUID.randomUUID(), incident.referralId(), child.id().value(),
                                incident.area() == null ? null : incident.area().value()});
                            log.info("Operation Encompass: child {} of referral {} has no known school; on the hub's "
                                    + "attention list", child.id(), incident.referralId());
                            each.add(Outcome.ATTENTION);
                        } else {
                            notify(incident, child, new SchoolId(school));
                            each.add(Outcome.NOTIFIED);
                        }
                    }
                }
            }
            outcomes.add(each);
        }
        if (!visiting.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO encompass_health_visiting (referral_id, child_id)
                    SELECT * FROM unnest(CAST(? AS uuid[]), CAST(? AS uuid[])) ON CONFLICT DO NOTHING""")
                    .params(column(visiting, 0), column(visiting, 1)).update();
        }
        if (!attention.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO encompass_attention (id, referral_id, child_id, area_id, reason)
                    SELECT t.*, 'School not known'
                    FROM unnest(CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS uuid[])) t
                    ON CONFLICT DO NOTHING""")
                    .params(column(attention, 0), column(attention, 1), column(attention, 2), column(attention, 3))
                    .update();
        }
        return outcomes;
    }

    private static UUID[] column(List<UUID[]> rows, int i) {
        return rows.stream().map(r -> r[i]).toArray(UUID[]::new);
    }

    /** Makes the notification to this school (once per referral and child) and queues the e-mails telling it. */
    void notify(Incident incident, Child child, SchoolId schoolId) {
        School school = schools.find(schoolId).orElseThrow();
        LocalDate on = incident.incidentOn() == null ? LocalDate.now(Dates.UK) : incident.incidentOn();
        // an unknown time counts as the end of the day: the next school day's start
        LocalDateTime at = on.atTime(incident.incidentTime() == null ? LocalTime.of(23, 59) : incident.incidentTime());
        LocalDateTime due = schools.dueFor(schoolId, at);
        String summary = incident.narrative() == null ? null
                : incident.narrative().length() <= settings.summaryLength() ? incident.narrative()
                : incident.narrative().substring(0, settings.summaryLength()) + "…";
        UUID id = UUID.randomUUID();
        Optional<UUID> made = jdbc.sql("""
                INSERT INTO encompass_notification (id, referral_id, child_id, school_id, police_force,
                    police_reference, incident_on, incident_time, child_present, child_name, child_dob, summary, due_at)
                VALUES (:id, :referral, :child, :school, :force, :reference, :on, :time, :present, :name, :dob,
                    :summary, :due)
                ON CONFLICT (referral_id, child_id) DO NOTHING RETURNING id""")
                .param("id", id).param("referral", incident.referralId()).param("child", child.id().value())
                .param("school", schoolId.value()).param("force", incident.policeForce())
                .param("reference", settings.sends(Field.POLICE_REFERENCE) ? incident.policeReference() : null)
                .param("on", settings.sends(Field.DATE_AND_TIME) ? Date.valueOf(on) : null)
                .param("time", settings.sends(Field.DATE_AND_TIME) && incident.incidentTime() != null
                        ? Time.valueOf(incident.incidentTime()) : null)
                .param("present", settings.sends(Field.CHILD_PRESENT) ? child.present() : null)
                .param("name", settings.sends(Field.CHILD_NAME) ? child.name() : null)
                .param("dob", settings.sends(Field.DATE_OF_BIRTH) && child.dateOfBirth() != null
                        ? Date.valueOf(child.dateOfBirth()) : null)
                .param("summary", settings.sends(Field.SUMMARY) ? summary : null)
                .param("due", java.sql.Timestamp.from(due.atZone(Dates.UK).toInstant()))
                .query(UUID.class).optional();
        if (made.isEmpty()) {
            return;
        }
        outbox.enqueue(new OutgoingMessage(new Recipient(RecipientKind.ESTABLISHMENT, schoolId.value(),
                school.leadEmail(), school.name() + ": designated safeguarding lead"),
                MessageKind.SCHOOL_NOTIFICATION, "encompass:" + id + ":lead", "/establishment/notifications"));
        if (school.deputyEmail() != null) {
            outbox.enqueue(new OutgoingMessage(new Recipient(RecipientKind.ESTABLISHMENT, schoolId.value(),
                    school.deputyEmail(), school.name() + ": deputy designated safeguarding lead"),
                    MessageKind.SCHOOL_NOTIFICATION, "encompass:" + id + ":deputy", "/establishment/notifications"));
        }
    }

    enum Stage { UNDER_SCHOOL_AGE, SCHOOL_AGE, ADULT }

    /**
     * School age is reception to 17: from the September after the fourth birthday until the eighteenth. Without a
     * date of birth, the estimated age decides; with neither, the child counts as of school age (the hub is told
     * if the school is unknown).
     */
    static Stage stage(Child child, LocalDate on) {
        if (child.dateOfBirth() != null) {
            LocalDate dob = child.dateOfBirth();
            if (Period.between(dob, on).getYears() >= 18) {
                return Stage.ADULT;
            }
            int academicYear = on.getMonthValue() >= 9 ? on.getYear() : on.getYear() - 1;
            LocalDate latestReceptionBirth = LocalDate.of(academicYear - 4, 8, 31);
            return dob.isAfter(latestReceptionBirth) ? Stage.UNDER_SCHOOL_AGE : Stage.SCHOOL_AGE;
        }
        if (child.estimatedAge() != null) {
            return child.estimatedAge() >= 18 ? Stage.ADULT
                    : child.estimatedAge() < 4 ? Stage.UNDER_SCHOOL_AGE : Stage.SCHOOL_AGE;
        }
        return Stage.SCHOOL_AGE;
    }
}
