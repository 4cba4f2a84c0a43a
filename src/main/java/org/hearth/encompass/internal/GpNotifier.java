package org.hearth.encompass.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.encompass.GpPractice;
import org.hearth.encompass.GpPracticeId;
import org.hearth.marac.MaracReferralMade;
import org.hearth.notifications.MessageKind;
import org.hearth.notifications.Outbox;
import org.hearth.notifications.OutgoingMessage;
import org.hearth.notifications.Recipient;
import org.hearth.notifications.RecipientKind;
import org.hearth.partnership.Partnership;
import org.hearth.partnership.Partnerships;
import org.hearth.people.People;
import org.hearth.people.PersonDetails;
import org.hearth.people.PersonId;
import org.hearth.platform.Dates;
import org.hearth.referrals.Referral;
import org.hearth.referrals.ReferralTriaged;
import org.hearth.referrals.Referrals;
import org.hearth.referrals.TriageOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the victim's and the perpetrator's GP practice of a hub or MARAC case, for the patient's record (RCGP and
 * Caldicott guidance: recorded in both records, never shown in patient online access). Hears the hub's decisions
 * ({@link ReferralTriaged}: every decision but "No further action" alone) and referrals to MARAC
 * ({@link MaracReferralMade}: the victim, the event names no one else). A person whose practice is not known goes on
 * the hub's GP attention list, never dropped. The e-mail to the practice carries no personal data (the outbox's
 * fixed words and a sign-in link). Idempotent: one notification per case and person.
 */
@Component
class GpNotifier {

    private static final Logger log = LoggerFactory.getLogger(GpNotifier.class);
    static final String READER = "GP practice notification";
    static final String PURPOSE = "GP practice notification: the patient's record";

    /** A case to tell practices of: a hub decision or a MARAC referral, with its parties. */
    record Case(String source, UUID sourceId, String reference, LocalDate decidedOn, String decisions,
            String contact, List<Party> parties) {
    }

    /** A person of the case and their part (VICTIM or PERPETRATOR). */
    record Party(PersonId person, String part) {
    }

    /** A person waiting on the attention list, with the case. */
    record Waiting(Case gpCase, Party party) {
    }

    private final Referrals referrals;
    private final People people;
    private final Partnerships partnerships;
    private final Outbox outbox;
    private final JdbcClient jdbc;

    GpNotifier(Referrals referrals, People people, Partnerships partnerships, Outbox outbox, JdbcClient jdbc) {
        this.referrals = referrals;
        this.people = people;
        this.partnerships = partnerships;
        this.outbox = outbox;
        this.jdbc = jdbc;
    }

    private String partnership() {
        return partnerships.current().map(Partnership::name).orElse("the partnership");
    }

    @ApplicationModuleListener
    void on(ReferralTriaged event) {
        decided(event);
    }

    @ApplicationModuleListener
    void on(MaracReferralMade event) {
        referredToMarac(event);
    }

    /** The hub decided a case (what {@link #on(ReferralTriaged)} does, in the caller's transaction). */
    @Transactional
    public void decided(ReferralTriaged event) {
        if (event.outcomes().isEmpty() || event.outcomes().equals(java.util.Set.of(TriageOutcome.NO_FURTHER_ACTION))) {
            return;
        }
        Optional<Referral> found = referrals.arrived(event.referral(), READER, PURPOSE).map(a -> a.referral());
        if (found.isEmpty()) {
            return;
        }
        Referral r = found.get();
        List<Party> parties = new ArrayList<>();
        parties.add(new Party(r.victim(), "VICTIM"));
        r.perpetrators().forEach(p -> parties.add(new Party(p, "PERPETRATOR")));
        String decisions = String.join(", ", TriageOutcome.sorted(event.outcomes()).stream()
                .map(TriageOutcome::label).toList());
        LocalDate on = r.triagedAt() == null ? LocalDate.now(Dates.UK) : r.triagedAt().atZone(Dates.UK).toLocalDate();
        record(new Case("HUB", r.id().value(), r.reference(), on, decisions,
                partnership() + " daily safeguarding hub" + (r.triagedBy() == null ? "" : " (" + r.triagedBy() + ")"),
                parties));
    }

    /** A referral to MARAC was made (what {@link #on(MaracReferralMade)} does, in the caller's transaction). */
    @Transactional
    public void referredToMarac(MaracReferralMade event) {
        record(new Case("MARAC", event.referral().value(), null, LocalDate.now(Dates.UK),
                "Referred to MARAC" + (event.repeat() ? " (a repeat referral)" : ""),
                partnership() + " MARAC coordinator", List.of(new Party(event.victim(), "VICTIM"))));
    }

    /** Notifies each party's practice, or lists the party for the hub when the practice is not known. */
    @Transactional
    public void record(Case c) {
        for (Party p : c.parties()) {
            Optional<UUID> practice = jdbc.sql("SELECT practice_id FROM person_gp_practice WHERE person_id = ?")
                    .param(p.person().value()).query(UUID.class).optional();
            if (practice.isPresent()) {
                notify(c, p, new GpPracticeId(practice.get()));
            } else {
                jdbc.sql("""
                        INSERT INTO gp_attention (id, person_id, part, source, source_id, case_reference, decided_on,
                            decisions, contact) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                        .params(UUID.randomUUID(), p.person().value(), p.part(), c.source(), c.sourceId(),
                                c.reference(), Date.valueOf(c.decidedOn()), c.decisions(), c.contact()).update();
                log.info("GP notification: person {} of {} case {} has no known practice; on the hub's list",
                        p.person(), c.source(), c.sourceId());
            }
        }
    }

    /** Makes the notification to this practice (once per case and person) and queues the e-mail telling it. */
    void notify(Case c, Party p, GpPracticeId practiceId) {
        GpPractice practice = jdbc.sql("SELECT * FROM gp_practice WHERE id = ?").param(practiceId.value())
                .query(GpPracticeStore::row).single();
        Optional<PersonDetails> d = people.detailsFor(p.person(), READER, PURPOSE);
        UUID id = UUID.randomUUID();
        Optional<UUID> made = jdbc.sql("""
                INSERT INTO gp_notification (id, practice_id, person_id, part, source, source_id, case_reference,
                    patient_name, patient_dob, decided_on, decisions, contact)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (source, source_id, person_id) DO NOTHING RETURNING id""")
                .params(id, practiceId.value(), p.person().value(), p.part(), c.source(), c.sourceId(), c.reference(),
                        d.map(PersonDetails::fullName).orElse(null),
                        d.map(PersonDetails::dateOfBirth).map(Date::valueOf).orElse(null), Date.valueOf(c.decidedOn()),
                        c.decisions(), c.contact())
                .query(UUID.class).optional();
        if (made.isEmpty()) {
            return;
        }
        outbox.enqueue(new OutgoingMessage(new Recipient(RecipientKind.ESTABLISHMENT, practiceId.value(),
                practice.contactEmail(), practice.name() + ": safeguarding lead"),
                MessageKind.GP_NOTIFICATION, "gp:" + id, "/establishment/notifications"));
    }
}
