package org.hearth.marac.internal;

import org.hearth.platform.Dates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hearth.access.Actor;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.marac.Agendas;
import org.hearth.marac.Marac;
import org.hearth.marac.MaracId;
import org.hearth.marac.MaracPartner;
import org.hearth.marac.MaracPartnerId;
import org.hearth.marac.MaracReferral;
import org.hearth.marac.MaracReferralId;
import org.hearth.marac.MaracReferrals;
import org.hearth.marac.MaracTransfer;
import org.hearth.marac.MaracTransferId;
import org.hearth.marac.Maracs;
import org.hearth.marac.TransferPackage;
import org.hearth.partnership.Agency;
import org.hearth.partnership.Partnership;
import org.hearth.partnership.Partnerships;
import org.hearth.people.AccessGround;
import org.hearth.people.People;
import org.hearth.people.PersonDetails;
import org.hearth.people.PersonId;
import org.hearth.people.PersonRecord;
import org.hearth.platform.InvalidInputException;
import org.hearth.risk.MaracCriterion.Kind;
import org.hearth.risk.RiskAssessment;
import org.hearth.risk.RiskAssessments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A case sent to another MARAC: checked, packed (the case, its people, assessments, past referrals, minutes and
 * action plans), signed with this partnership's key, recorded, and closed here (see {@link #closeAtSender}). A MARAC
 * of this partnership receives it at once.
 */
@Component
class OutgoingTransfers {

    static final int MAX_REASON = 2000;

    private final JdbcClient jdbc;
    private final TransferSigning signing;
    private final Maracs maracs;
    private final MaracReferrals referrals;
    private final Agendas agendas;
    private final Partnerships partnerships;
    private final People people;
    private final RiskAssessments risk;
    private final AuditTrail audit;
    private final org.hearth.people.PersonAccess access;
    private final MaracPartnerKeys keys;
    private final TransferRecords records;
    private final IncomingTransfers incoming;
    private final Clock clock = Clock.system(Dates.UK);

    OutgoingTransfers(JdbcClient jdbc, TransferSigning signing, Maracs maracs, MaracReferrals referrals,
            Agendas agendas, Partnerships partnerships, People people, RiskAssessments risk, AuditTrail audit,
            org.hearth.people.PersonAccess access, MaracPartnerKeys keys, TransferRecords records,
            IncomingTransfers incoming) {
        this.jdbc = jdbc;
        this.signing = signing;
        this.maracs = maracs;
        this.referrals = referrals;
        this.agendas = agendas;
        this.partnerships = partnerships;
        this.people = people;
        this.risk = risk;
        this.audit = audit;
        this.access = access;
        this.keys = keys;
        this.records = records;
        this.incoming = incoming;
    }

    MaracTransfer transferOut(MaracReferralId referralId, MaracPartnerId partnerId, MaracId maracId,
            String reason) {
        Roles.requireCoordinator();
        Actor me = Roles.actor();
        jdbc.sql("SELECT id FROM marac_referral WHERE id = ? FOR UPDATE").param(referralId.value()).query(UUID.class)
                .list();
        MaracReferral r = referrals.find(referralId).orElseThrow(() -> new NoSuchElementException("No such case"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (r.transferred()) {
            throw InvalidInputException.of("to", "The case was already transferred to " + r.transferredTo() + " on "
                    + TransferPackPdf.DAY.format(r.transferredOn()) + ": it is closed here");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > MAX_REASON) {
            errors.put("reason", "The reason must be " + MAX_REASON + " characters or fewer");
        }
        MaracPartner partner = null;
        Marac to = null;
        if ((partnerId == null) == (maracId == null)) {
            errors.put("to", "Choose the receiving MARAC: a partner MARAC or one of this partnership's");
        } else if (partnerId != null) {
            partner = keys.partner(partnerId).orElse(null);
            if (partner == null) {
                errors.put("to", "Choose one of the partner MARACs");
            } else if (partner.revoked()) {
                errors.put("to", partner.name() + "'s key was revoked: an administrator imports its new key first");
            }
        } else {
            to = maracs.find(maracId).orElse(null);
            if (to == null) {
                errors.put("to", "Choose one of the MARACs");
            } else if (to.id().equals(r.marac())) {
                errors.put("to", "The case is already at " + to.name() + ": choose another MARAC");
            }
        }
        InvalidInputException.refuseIfAny(errors);
        UUID transferId = UUID.randomUUID();
        String toName = partner != null ? partner.name() : to.name();
        TransferPackage pack = packageOf(r, transferId, toName, why, me);
        String jws = signing.sign(TransferRecords.write(pack));
        MaracTransferId id = MaracTransferId.random();
        jdbc.sql("""
                INSERT INTO marac_transfer (id, direction, transfer_id, marac_referral_id, partner_id, marac_id,
                    other_marac, reason, key_id, jws, made_by, made_by_name)
                VALUES (?, 'OUT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), transferId, r.id().value(), partner == null ? null : partner.id().value(),
                        to == null ? null : to.id().value(), toName, why, signing.own().getKeyID(), jws,
                        me.actorId(), me.displayName())
                .update();
        audit.record(AuditAction.CREATE, "marac-transfer", ids(id, r), "transfer out to " + toName);
        closeAtSender(r, id, toName);
        if (to != null) {
            // a MARAC of this partnership receives it at once: the same people, its own referral with the origin
            incoming.receive(pack, jws, signing.own().getKeyID(), null, to.id(), r.victim(), r.perpetrators());
        }
        return records.find(id.value());
    }

    /**
     * Closes a case transferred out at this MARAC: marked transferred (to whom, when) and closed; off the agenda of a
     * meeting not yet held (its research there withdrawn, nothing of it left on that meeting); its open actions closed
     * with a note; and the MARAC_RESEARCH and MARAC_ACTION grants its meetings and actions made end at once, with the
     * transfer as the reason, except on a person another case still open here needs (the same perpetrator on another
     * case of one of those meetings, or with open actions).
     */
    private void closeAtSender(MaracReferral r, MaracTransferId transfer, String toName) {
        UUID id = r.id().value();
        LocalDate today = LocalDate.now(clock);
        Actor me = Roles.actor();
        List<UUID> meetings = jdbc.sql("""
                SELECT meeting_id FROM marac_referral WHERE id = :r AND meeting_id IS NOT NULL
                UNION SELECT meeting_id FROM marac_case WHERE marac_referral_id = :r
                UNION SELECT meeting_id FROM marac_research WHERE marac_referral_id = :r
                UNION SELECT meeting_id FROM marac_action WHERE marac_referral_id = :r""")
                .param("r", id).query(UUID.class).list();
        List<UUID> actions = jdbc.sql("SELECT id FROM marac_action WHERE marac_referral_id = ?").param(id)
                .query(UUID.class).list();
        // off the agendas of meetings not yet held: research there withdrawn, the meeting's notes on it dropped
        jdbc.sql("""
                DELETE FROM marac_research t USING marac_meeting m
                WHERE m.id = t.meeting_id AND m.held_at IS NULL AND t.marac_referral_id = ?""").param(id).update();
        jdbc.sql("""
                DELETE FROM marac_case c USING marac_meeting m
                WHERE m.id = c.meeting_id AND m.held_at IS NULL AND c.marac_referral_id = ?""").param(id).update();
        jdbc.sql("""
                UPDATE marac_referral r SET meeting_id = NULL FROM marac_meeting m
                WHERE r.id = ? AND m.id = r.meeting_id AND m.held_at IS NULL""").param(id).update();
        jdbc.sql("""
                UPDATE marac_referral SET transferred_at = now(), transferred_to = ?, closed_on = coalesce(closed_on, ?)
                WHERE id = ?""").params(TransferRecords.cut(toName, 500), today, id).update();
        // its open actions pass to the receiving MARAC
        List<UUID> open = jdbc.sql("UPDATE marac_action SET closed_at = now(), closed_by = ?, closed_by_name = ?"
                + " WHERE marac_referral_id = ? AND closed_at IS NULL RETURNING id")
                .params(me.actorId(), TransferRecords.cut("Transferred to " + toName, 300), id).query(UUID.class).list();
        for (UUID a : open) {
            jdbc.sql("""
                    INSERT INTO marac_action_progress (id, action_id, note, completes, recorded_by, recorded_by_name)
                    VALUES (?, ?, ?, true, ?, ?)""")
                    .params(UUID.randomUUID(), a, TransferRecords.cut("Closed here: the case was transferred to " + toName + " on "
                            + TransferPackPdf.DAY.format(today) + ", whose MARAC takes it on.", 4000), me.actorId(),
                            me.displayName()).update();
        }
        // the grants the case's meetings and actions made at this MARAC end now
        List<org.hearth.people.GrantBasis> bases = new ArrayList<>();
        meetings.forEach(m -> bases.add(org.hearth.people.GrantBasis.of("marac-meeting", m)));
        actions.forEach(a -> bases.add(org.hearth.people.GrantBasis.of("marac-action", a)));
        java.util.Set<PersonId> persons = new java.util.LinkedHashSet<>();
        persons.add(r.victim());
        persons.addAll(r.perpetrators());
        UUID[] meetingArray = meetings.toArray(UUID[]::new);
        int ended = 0;
        for (PersonId p : persons) {
            boolean neededElsewhere = jdbc.sql("""
                    SELECT EXISTS (SELECT 1 FROM marac_referral o
                        WHERE o.id <> :r AND o.transferred_at IS NULL
                          AND (o.victim_id = :p OR EXISTS (SELECT 1 FROM marac_referral_perpetrator x
                               WHERE x.marac_referral_id = o.id AND x.person_id = :p))
                          AND (o.meeting_id = ANY (:meetings)
                               OR EXISTS (SELECT 1 FROM marac_case c WHERE c.marac_referral_id = o.id
                                          AND c.meeting_id = ANY (:meetings))
                               OR EXISTS (SELECT 1 FROM marac_action a WHERE a.marac_referral_id = o.id
                                          AND a.closed_at IS NULL)))""")
                    .param("r", id).param("p", p.value()).param("meetings", meetingArray).query(Boolean.class)
                    .single();
            if (!neededElsewhere) {
                ended += access.endOn(p, List.of(AccessGround.MARAC_RESEARCH, AccessGround.MARAC_ACTION), bases,
                        "case transferred out (marac-transfer " + transfer + ")");
            }
        }
        audit.record(AuditAction.UPDATE, "marac-referral", ids(transfer, r), "closed: transferred out to " + toName
                + "; " + open.size() + " open actions closed; " + ended + " MARAC grants ended");
    }

    private TransferPackage packageOf(MaracReferral r, UUID transferId, String toName, String reason, Actor me) {
        String partnership = partnerships.current().map(Partnership::name).orElse("Hearth");
        String fromMarac = r.marac() == null ? "No MARAC chosen" : maracs.find(r.marac()).map(Marac::name)
                .orElse("Unknown MARAC");
        String agency = partnerships.agency(me.agency()).map(Agency::name).orElse("");
        PersonRecord victim = people.record(r.victim()).orElseThrow();
        List<TransferPackage.Person> perpetrators = new ArrayList<>();
        for (PersonId p : r.perpetrators()) {
            people.record(p).ifPresent(x -> perpetrators.add(person(x.details())));
        }
        List<TransferPackage.Assessment> assessments = risk.history(r.victim()).stream()
                .sorted(java.util.Comparator.comparing(RiskAssessment::assessedOn))
                .map(a -> new TransferPackage.Assessment(a.assessedOn(), a.score(),
                        a.finalGrade() == null ? null : a.finalGrade().label(), a.questionnaireTitle()))
                .toList();
        Map<MaracId, String> names = maracs.all().stream().collect(Collectors.toMap(Marac::id, Marac::name));
        List<TransferPackage.PastReferral> past = referrals.forVictim(r.victim()).stream()
                .sorted(java.util.Comparator.comparing(MaracReferral::referredOn))
                .map(x -> new TransferPackage.PastReferral(x.reference(), x.referredOn(),
                        x.marac() == null ? null : names.get(x.marac()),
                        x.meeting() == null ? null : agendas.meeting(x.meeting()).map(m -> m.meetsOn()).orElse(null),
                        x.criteria().stream().map(Kind::name).toList(), x.repeat(), x.source().name()))
                .toList();
        TransferPackage.Case kase = new TransferPackage.Case(r.reference(), r.referredOn(),
                r.criteria().stream().map(Kind::name).toList(), r.evidence(), r.judgementReason(), r.riskScore(),
                r.repeat(), r.repeatOfReference(), r.consent().name(),
                r.lawfulBasis() == null ? null : r.lawfulBasis().name(), r.consentReason());
        LocalDate today = LocalDate.now(clock);
        return new TransferPackage(TransferPackage.FORMAT, transferId, partnership, fromMarac,
                me.displayName() + (agency.isEmpty() ? "" : ", " + agency), toName, today, reason, kase,
                person(victim.details()), perpetrators, assessments, past, minutesOf(r.victim()),
                actionPlansOf(r.victim(), today));
    }

    /**
     * The minutes of the victim's cases at held meetings, as the member agencies received them. Deliberately not
     * {@code shared_address} (an address the chair shared with that meeting's agencies is not for another MARAC) and
     * nothing from {@code marac_research} (research is internal to its meeting).
     */
    private List<TransferPackage.CaseMinutes> minutesOf(PersonId victim) {
        return jdbc.sql("""
                SELECT r.reference, ma.name AS marac, m.meets_on, c.outcome, c.idva_update, c.minutes
                FROM marac_case c
                JOIN marac_meeting m ON m.id = c.meeting_id
                JOIN marac ma ON ma.id = m.marac_id
                JOIN marac_referral r ON r.id = c.marac_referral_id
                WHERE r.victim_id = ? AND m.held_at IS NOT NULL
                ORDER BY m.meets_on, r.reference""")
                .param(victim.value())
                .query((rs, n) -> new TransferPackage.CaseMinutes(rs.getString("reference"), rs.getString("marac"),
                        rs.getObject("meets_on", LocalDate.class), rs.getString("outcome"),
                        rs.getString("idva_update"), rs.getString("minutes")))
                .list();
    }

    /** The action plans of the victim's cases: whom for, what, the risk, owner agency, due date and state today. */
    private List<TransferPackage.ActionPlan> actionPlansOf(PersonId victim, LocalDate today) {
        return jdbc.sql("""
                SELECT r.reference, m.meets_on, a.subject, a.description, a.risk, a.owner_agency_id, a.due_on,
                    a.closed_at
                FROM marac_action a
                JOIN marac_meeting m ON m.id = a.meeting_id
                JOIN marac_referral r ON r.id = a.marac_referral_id
                WHERE r.victim_id = ?
                ORDER BY m.meets_on, r.reference, a.due_on, a.created_at""")
                .param(victim.value())
                .query((rs, n) -> {
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    java.sql.Timestamp closed = rs.getTimestamp("closed_at");
                    LocalDate doneOn = closed == null ? null
                            : closed.toInstant().atZone(Dates.UK).toLocalDate();
                    String state = doneOn != null ? "DONE" : due.isBefore(today) ? "OVERDUE" : "OPEN";
                    String owner = partnerships.agency(new org.hearth.partnership.AgencyId(
                            rs.getObject("owner_agency_id", UUID.class))).map(Agency::name).orElse("Unknown agency");
                    return new TransferPackage.ActionPlan(rs.getString("reference"),
                            rs.getObject("meets_on", LocalDate.class), rs.getString("subject"),
                            rs.getString("description"), rs.getString("risk"), owner, due, state, doneOn);
                })
                .list();
    }

    private static TransferPackage.Person person(PersonDetails d) {
        return new TransferPackage.Person(d.givenName(), d.familyName(), d.dateOfBirth(), d.estimatedAge(),
                d.sex() == null ? null : d.sex().name(), d.ethnicity() == null ? null : d.ethnicity().name(),
                d.disability() == null ? null : d.disability().name(), d.genderIdentity(), d.sexualOrientation(),
                d.firstLanguage(), d.interpreterNeeded());
    }

    private static List<String> ids(MaracTransferId id, MaracReferral r) {
        List<String> out = new ArrayList<>(List.of(id.toString(), r.id().toString(), r.victim().toString()));
        r.perpetrators().forEach(p -> out.add(p.toString()));
        return out;
    }

}
