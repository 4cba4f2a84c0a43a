package org.hearth.encompass.internal;

import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.encompass.School;
import org.hearth.encompass.SchoolId;
import org.hearth.encompass.internal.EncompassSettings.Field;
import org.hearth.notifications.MessageKind;
import org.hearth.notifications.Outbox;
import org.hearth.notifications.OutgoingMessage;
import org.hearth.notifications.Recipient;
import org.hearth.notifications.RecipientKind;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.partnership.Sector;
import org.hearth.people.People;
import org.hearth.people.PersonDetails;
import org.hearth.people.PersonId;
import org.hearth.platform.Dates;
import org.hearth.referrals.ChildAtIncident;
import org.hearth.referrals.Referral;
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

    IncidentNotifier(Referrals referrals, People people, Partnerships partnerships, JdbcSchools schools,
            Outbox outbox, JdbcClient jdbc, EncompassSettings settings) {
        this.referrals = referrals;
        this.people = people;
        this.partnerships = partnerships;
        this.schools = schools;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** A chunk of the police import: each of its referrals as above, all in this one transaction. */
    @ApplicationModuleListener
    void on(ReferralsReceived event) {
        event.referrals().forEach(this::on);
    }

    @ApplicationModuleListener
    void on(ReferralReceived event) {
        Optional<Agency> agency = partnerships.agency(event.referringAgency());
        var arrival = referrals.arrived(event.referral(), READER, PURPOSE);
        if (arrival.isEmpty() || arrival.get().referral().children().isEmpty()) {
            return;
        }
        Referral r = arrival.get().referral();
        if (agency.isEmpty() || agency.get().sector() != Sector.POLICE) {
            jdbc.sql("INSERT INTO encompass_share_task (referral_id, children) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(r.id().value(), r.children().size()).update();
            return;
        }
        record(incident(r, arrival.get().area(), agency.get().name(), READER));
    }

    /** The incident of a police referral, with its children's details read for {@code reader}. */
    Incident incident(Referral r, AreaId area, String force, String reader) {
        List<Child> children = r.children().stream().map(c -> child(c, reader)).toList();
        return new Incident(r.id().value(), area, force, r.policeReference(),
                r.incidentOn() == null ? r.receivedOn() : r.incidentOn(), r.incidentTime(), r.narrative(), children);
    }

    private Child child(ChildAtIncident c, String reader) {
        Optional<PersonDetails> d = people.detailsFor(c.child(), reader, PURPOSE);
        return new Child(c.child(), c.present(), d.map(PersonDetails::fullName).orElse(null),
                d.map(PersonDetails::dateOfBirth).orElse(null), d.map(PersonDetails::estimatedAge).orElse(null));
    }

    /** Notifies, lists or flags each child of the incident; returns what happened to each, in order. */
    @Transactional
    public List<Outcome> record(Incident incident) {
        return incident.children().stream().map(c -> record(incident, c)).toList();
    }

    private Outcome record(Incident incident, Child child) {
        LocalDate on = incident.incidentOn() == null ? LocalDate.now(Dates.UK) : incident.incidentOn();
        Stage stage = stage(child, on);
        if (stage == Stage.ADULT) {
            return Outcome.NOT_A_CHILD;
        }
        if (stage == Stage.UNDER_SCHOOL_AGE) {
            if (settings.healthVisiting()) {
                jdbc.sql("INSERT INTO encompass_health_visiting (referral_id, child_id) VALUES (?, ?) "
                        + "ON CONFLICT DO NOTHING").params(incident.referralId(), child.id().value()).update();
            }
            return Outcome.HEALTH_VISITING;
        }
        Optional<UUID> school = schools.schoolOf(child.id());
        if (school.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO encompass_attention (id, referral_id, child_id, area_id, reason)
                    VALUES (?, ?, ?, ?, 'School not known') ON CONFLICT DO NOTHING""")
                    .params(UUID.randomUUID(), incident.referralId(), child.id().value(),
                            incident.area() == null ? null : incident.area().value()).update();
            log.info("Operation Encompass: child {} of referral {} has no known school; on the hub's attention list",
                    child.id(), incident.referralId());
            return Outcome.ATTENTION;
        }
        notify(incident, child, new SchoolId(school.get()));
        return Outcome.NOTIFIED;
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
