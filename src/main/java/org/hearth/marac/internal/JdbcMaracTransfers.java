package org.hearth.marac.internal;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.ECKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
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
import org.hearth.marac.MaracReferralMade;
import org.hearth.marac.MaracReferrals;
import org.hearth.marac.MaracTransfer;
import org.hearth.marac.MaracTransfer.Direction;
import org.hearth.marac.MaracTransferId;
import org.hearth.marac.MaracTransfers;
import org.hearth.marac.Maracs;
import org.hearth.marac.ReceivedTransfer;
import org.hearth.marac.ReceivedTransfer.PersonMatch;
import org.hearth.marac.TransferPackage;
import org.hearth.partnership.Agency;
import org.hearth.partnership.Partnership;
import org.hearth.partnership.Partnerships;
import org.hearth.people.AccessGround;
import org.hearth.people.Candidate;
import org.hearth.people.Disability;
import org.hearth.people.Ethnicity;
import org.hearth.people.People;
import org.hearth.people.PersonDetails;
import org.hearth.people.PersonId;
import org.hearth.people.PersonMatcher;
import org.hearth.people.PersonMerges;
import org.hearth.people.PersonRecord;
import org.hearth.people.Sex;
import org.hearth.platform.InvalidInputException;
import org.hearth.referrals.Consent;
import org.hearth.referrals.LawfulBasis;
import org.hearth.risk.MaracCriterion.Kind;
import org.hearth.risk.RiskAssessment;
import org.hearth.risk.RiskAssessments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

@Service
@Transactional
class JdbcMaracTransfers implements MaracTransfers {

    static final int MAX_REASON = 2000;
    /** How far ahead the best candidate must be to link a person without asking (as the referral intake does). */
    static final double CLEAR_LEAD = 0.2;
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final JdbcClient jdbc;
    private final TransferSigning signing;
    private final Maracs maracs;
    private final MaracReferrals referrals;
    private final Agendas agendas;
    private final Partnerships partnerships;
    private final People people;
    private final PersonMatcher matcher;
    private final PersonMerges merges;
    private final RiskAssessments risk;
    private final AgendaListing listing;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final org.hearth.people.PersonAccess access;
    private final Clock clock = Clock.system(JdbcMaracReferrals.UK);

    JdbcMaracTransfers(JdbcClient jdbc, TransferSigning signing, Maracs maracs, MaracReferrals referrals,
            Agendas agendas, Partnerships partnerships, People people, PersonMatcher matcher, PersonMerges merges,
            RiskAssessments risk, AgendaListing listing, AuditTrail audit, ApplicationEventPublisher events,
            org.hearth.people.PersonAccess access) {
        this.access = access;
        this.jdbc = jdbc;
        this.signing = signing;
        this.maracs = maracs;
        this.referrals = referrals;
        this.agendas = agendas;
        this.partnerships = partnerships;
        this.people = people;
        this.matcher = matcher;
        this.merges = merges;
        this.risk = risk;
        this.listing = listing;
        this.audit = audit;
        this.events = events;
    }

    // ------------------------------------------------------------------------------------------------------ keys

    private static void requireAdmin() {
        if (!Actor.current().map(a -> a.hasRole(org.hearth.access.Role.SYSTEM_ADMIN)).orElse(false)) {
            throw new AccessDeniedException("For system administrators");
        }
    }

    private static void requireAdminOrCoordinator() {
        if (!Roles.mayManage()) {
            throw new AccessDeniedException("For system administrators and MARAC coordinators");
        }
    }

    @Override
    public String publicJwk() {
        requireAdmin();
        ECKey key = signing.own();
        audit.record(AuditAction.EXPORT, "marac-signing-key", List.of(key.getKeyID()), "public key exported");
        return key.toPublicJWK().toJSONString();
    }

    @Override
    public String keyId() {
        requireAdminOrCoordinator();
        return signing.own().getKeyID();
    }

    @Override
    @Transactional(readOnly = true)
    public List<MaracPartner> partners() {
        requireAdminOrCoordinator();
        return jdbc.sql("SELECT * FROM marac_partner ORDER BY lower(name), added_at")
                .query(JdbcMaracTransfers::partner).list();
    }

    private static MaracPartner partner(ResultSet rs, int n) throws SQLException {
        return new MaracPartner(new MaracPartnerId(rs.getObject("id", UUID.class)), rs.getString("name"),
                rs.getString("key_id"), rs.getString("public_jwk"), rs.getObject("added_at", java.time.OffsetDateTime.class)
                        .toInstant(), Optional.ofNullable(rs.getObject("revoked_at", java.time.OffsetDateTime.class))
                        .map(java.time.OffsetDateTime::toInstant).orElse(null));
    }

    private Optional<MaracPartner> partner(MaracPartnerId id) {
        return jdbc.sql("SELECT * FROM marac_partner WHERE id = ?").param(id.value())
                .query(JdbcMaracTransfers::partner).optional();
    }

    @Override
    public MaracPartner importPartner(String name, String jwk) {
        requireAdmin();
        Map<String, String> errors = new LinkedHashMap<>();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            errors.put("name", "Enter the partner MARAC's name, as it should appear on transfers");
        } else if (n.length() > 200) {
            errors.put("name", "The name must be 200 characters or fewer");
        }
        ECKey key = null;
        try {
            key = TransferSigning.publicKey(jwk);
        } catch (InvalidInputException e) {
            errors.putAll(e.errors());
        }
        if (key != null) {
            String kid = key.getKeyID();
            if (kid.equals(signing.own().getKeyID())) {
                errors.put("jwk", "This is this partnership's own key: import the partner MARAC's key");
            } else {
                jdbc.sql("SELECT name FROM marac_partner WHERE key_id = ?").param(kid).query(String.class).optional()
                        .ifPresent(other -> errors.put("jwk", "This key is already imported, as " + other));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        MaracPartnerId id = MaracPartnerId.random();
        jdbc.sql("INSERT INTO marac_partner (id, name, key_id, public_jwk, added_by) VALUES (?, ?, ?, ?, ?)")
                .params(id.value(), n, key.getKeyID(), key.toJSONString(), Roles.actor().actorId()).update();
        audit.record(AuditAction.CREATE, "marac-partner", List.of(id.toString(), key.getKeyID()), "key imported");
        return partner(id).orElseThrow();
    }

    @Override
    public MaracPartner revokePartner(MaracPartnerId id) {
        requireAdmin();
        MaracPartner p = partner(id).orElseThrow(() -> new NoSuchElementException("No such partner"));
        jdbc.sql("UPDATE marac_partner SET revoked_at = now(), revoked_by = ? WHERE id = ? AND revoked_at IS NULL")
                .params(Roles.actor().actorId(), id.value()).update();
        audit.record(AuditAction.UPDATE, "marac-partner", List.of(id.toString(), p.keyId()), "key revoked");
        return partner(id).orElseThrow();
    }

    // ------------------------------------------------------------------------------------------------------- out

    @Override
    public MaracTransfer transferOut(MaracReferralId referralId, MaracPartnerId partnerId, MaracId maracId,
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
            partner = partner(partnerId).orElse(null);
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
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID transferId = UUID.randomUUID();
        String toName = partner != null ? partner.name() : to.name();
        TransferPackage pack = packageOf(r, transferId, toName, why, me);
        String jws = signing.sign(write(pack));
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
            receive(pack, jws, signing.own().getKeyID(), null, to.id(), r.victim(), r.perpetrators());
        }
        return find(id.value());
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
                WHERE id = ?""").params(cut(toName, 500), today, id).update();
        // its open actions pass to the receiving MARAC
        List<UUID> open = jdbc.sql("UPDATE marac_action SET closed_at = now(), closed_by = ?, closed_by_name = ?"
                + " WHERE marac_referral_id = ? AND closed_at IS NULL RETURNING id")
                .params(me.actorId(), cut("Transferred to " + toName, 300), id).query(UUID.class).list();
        for (UUID a : open) {
            jdbc.sql("""
                    INSERT INTO marac_action_progress (id, action_id, note, completes, recorded_by, recorded_by_name)
                    VALUES (?, ?, ?, true, ?, ?)""")
                    .params(UUID.randomUUID(), a, cut("Closed here: the case was transferred to " + toName + " on "
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
                            : closed.toInstant().atZone(JdbcMaracReferrals.UK).toLocalDate();
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

    static String write(TransferPackage p) {
        return JSON.writeValueAsString(p);
    }

    // ------------------------------------------------------------------------------------------------------- read

    @Override
    @Transactional(readOnly = true)
    public Optional<MaracTransfer> find(MaracTransferId id) {
        Roles.requireCoordinator();
        return select("t.id = ?", id.value()).stream().findFirst();
    }

    private MaracTransfer find(UUID id) {
        return select("t.id = ?", id).get(0);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MaracTransfer> all() {
        Roles.requireCoordinator();
        return select("true ORDER BY t.made_at DESC");
    }

    private List<MaracTransfer> select(String where, Object... params) {
        return jdbc.sql("SELECT t.*, r.reference FROM marac_transfer t JOIN marac_referral r"
                + " ON r.id = t.marac_referral_id WHERE " + where).params(params)
                .query((rs, n) -> new MaracTransfer(new MaracTransferId(rs.getObject("id", UUID.class)),
                        Direction.valueOf(rs.getString("direction")), rs.getObject("transfer_id", UUID.class),
                        new MaracReferralId(rs.getObject("marac_referral_id", UUID.class)), rs.getString("reference"),
                        rs.getString("other_marac"),
                        Optional.ofNullable(rs.getObject("partner_id", UUID.class)).map(MaracPartnerId::new).orElse(null),
                        Optional.ofNullable(rs.getObject("marac_id", UUID.class)).map(MaracId::new).orElse(null),
                        rs.getString("reason"), rs.getObject("made_at", java.time.OffsetDateTime.class).toInstant(),
                        rs.getString("made_by_name")))
                .list();
    }

    /** The transfer's row, for the coordinator, with the ids of the people of its case (for the audit trail). */
    private record Stored(MaracTransfer transfer, String jws, List<String> people) {
    }

    private Stored stored(MaracTransferId id) {
        // the guard of every download: only hub/MARAC coordinators (never a member agency, never another agency)
        Roles.requireCoordinator();
        MaracTransfer t = select("t.id = ?", id.value()).stream().findFirst()
                .orElseThrow(() -> new NoSuchElementException("No such transfer"));
        String jws = jdbc.sql("SELECT jws FROM marac_transfer WHERE id = ?").param(id.value()).query(String.class)
                .single();
        List<String> ids = new ArrayList<>(List.of(id.toString(), t.referral().toString()));
        ids.addAll(jdbc.sql("""
                SELECT victim_id::text FROM marac_referral WHERE id = :r
                UNION ALL SELECT person_id::text FROM marac_referral_perpetrator WHERE marac_referral_id = :r""")
                .param("r", t.referral().value()).query(String.class).list());
        return new Stored(t, jws, ids);
    }

    @Override
    @Transactional(readOnly = true)
    public TransferPackage contents(MaracTransferId id) {
        Stored s = stored(id);
        audit.record(AuditAction.READ, "marac-transfer", s.people(), null);
        return payload(s.jws());
    }

    @Override
    @Transactional(readOnly = true)
    public String signedFile(MaracTransferId id) {
        Stored s = stored(id);
        audit.record(AuditAction.EXPORT, "marac-transfer", s.people(), "signed file downloaded");
        return s.jws();
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] pack(MaracTransferId id) {
        Stored s = stored(id);
        audit.record(AuditAction.EXPORT, "marac-transfer", s.people(), "PDF pack downloaded");
        return TransferPackPdf.render(payload(s.jws()), jdbc.sql("SELECT key_id FROM marac_transfer WHERE id = ?")
                .param(id.value()).query(String.class).single());
    }

    private static TransferPackage payload(String jws) {
        try {
            return JSON.readValue(JWSObject.parse(jws).getPayload().toString(), TransferPackage.class);
        } catch (java.text.ParseException e) {
            throw new IllegalStateException("A stored transfer file does not parse");
        }
    }

    // -------------------------------------------------------------------------------------------------------- in

    /** A file that verified: what it holds, who signed it. */
    private record Verified(TransferPackage contents, String signedBy, String keyId, MaracPartnerId partner,
            String jws) {
    }

    private Verified verify(String file) {
        TransferSigning.Parsed parsed = TransferSigning.parse(file);
        String kid = parsed.keyId();
        ECKey key;
        String signedBy;
        MaracPartnerId partner = null;
        ECKey own = signing.ownIfMade().orElse(null);
        if (own != null && kid.equals(own.getKeyID())) {
            key = own.toPublicJWK();
            signedBy = partnerships.current().map(Partnership::name).orElse("This partnership") + " (this partnership)";
        } else {
            MaracPartner p = jdbc.sql("SELECT * FROM marac_partner WHERE key_id = ?").param(kid)
                    .query(JdbcMaracTransfers::partner).optional()
                    .orElseThrow(() -> InvalidInputException.of("file", "The file is signed with a key that has not"
                            + " been imported (key id " + kid + "), so it was refused. A system administrator imports"
                            + " the sending MARAC's public key under MARAC partner keys; then upload the file again."));
            if (p.revoked()) {
                throw InvalidInputException.of("file", "The file is signed with " + p.name() + "'s key, which was"
                        + " revoked on " + TransferPackPdf.DAY.format(p.revokedAt().atZone(JdbcMaracReferrals.UK))
                        + ", so it was refused. Ask " + p.name() + " for a file signed with their current key.");
            }
            key = TransferSigning.parsePublic(p.publicJwk());
            signedBy = p.name();
            partner = p.id();
        }
        if (!TransferSigning.verifies(parsed.jws(), key)) {
            throw InvalidInputException.of("file", "The file has been altered since it was signed (its signature does"
                    + " not match " + signedBy + "'s key), so it was refused. Ask the sending MARAC to send it again.");
        }
        TransferPackage contents;
        try {
            contents = JSON.readValue(parsed.jws().getPayload().toString(), TransferPackage.class);
        } catch (RuntimeException e) {
            contents = null;
        }
        if (contents == null || !TransferPackage.FORMAT.equals(contents.format()) || contents.transferId() == null
                || contents.caseSummary() == null || contents.victim() == null
                || blank(contents.victim().givenName()) && blank(contents.victim().familyName())
                || blank(contents.fromMarac()) || blank(contents.caseSummary().reference())) {
            throw InvalidInputException.of("file", "The file is signed by " + signedBy + " but is not a MARAC transfer"
                    + " file this version of Hearth can read, so it was refused");
        }
        return new Verified(contents, signedBy, kid, partner, parsed.jws().serialize());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    @Transactional(readOnly = true)
    public ReceivedTransfer read(String file) {
        Roles.requireCoordinator();
        Verified v = verify(file);
        PersonMatch victim = match(v.contents().victim());
        List<PersonMatch> perpetrators = v.contents().perpetrators().stream().map(this::match).toList();
        List<String> shown = new ArrayList<>();
        if (victim.matched()) {
            shown.add(victim.existing().toString());
        }
        perpetrators.stream().filter(PersonMatch::matched).forEach(m -> shown.add(m.existing().toString()));
        // the page names the existing records the people will be linked to: a search of each
        audit.record(AuditAction.SEARCH, "person", shown.isEmpty() ? List.of(v.contents().transferId().toString())
                : shown, "MARAC transfer file read: people already known");
        return new ReceivedTransfer(v.contents(), v.signedBy(), v.keyId(), victim, perpetrators,
                alreadyReceived(v.contents().transferId()).orElse(null));
    }

    private Optional<String> alreadyReceived(UUID transferId) {
        return jdbc.sql("""
                SELECT r.reference FROM marac_transfer t JOIN marac_referral r ON r.id = t.marac_referral_id
                WHERE t.direction = 'IN' AND t.transfer_id = ?""").param(transferId).query(String.class).optional();
    }

    /** The existing record of a person of the file: same name and date of birth, clearly ahead of the next. */
    private PersonMatch match(TransferPackage.Person p) {
        PersonDetails d = details(p);
        if (d.dateOfBirth() == null) {
            return new PersonMatch(p, null, null);
        }
        List<Candidate> candidates = matcher.candidates(d, null, 5);
        if (candidates.isEmpty()) {
            return new PersonMatch(p, null, null);
        }
        Candidate best = candidates.get(0);
        Candidate second = candidates.size() > 1 ? candidates.get(1) : null;
        boolean same = same(best, d);
        boolean clear = second == null || !same(second, d) && second.score() < best.score()
                || second.score() <= best.score() - CLEAR_LEAD;
        return same && clear ? new PersonMatch(p, best.id(), best.name()) : new PersonMatch(p, null, null);
    }

    private static boolean same(Candidate c, PersonDetails d) {
        return normal(c.name()).equals(normal(d.givenName() + " " + d.familyName()))
                && d.dateOfBirth().toString().equals(c.dateOfBirth());
    }

    private static String normal(String name) {
        return name == null ? "" : name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static PersonDetails details(TransferPackage.Person p) {
        return new PersonDetails(blank(p.givenName()) ? "Unknown" : p.givenName().strip(),
                blank(p.familyName()) ? "Unknown" : p.familyName().strip(), p.dateOfBirth(), p.estimatedAge(),
                value(Sex.class, p.sex()), p.genderIdentity(), value(Ethnicity.class, p.ethnicity()),
                p.firstLanguage(), p.interpreterNeeded(), value(Disability.class, p.disability()),
                p.sexualOrientation(), null);
    }

    static <E extends Enum<E>> E value(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public MaracTransfer accept(String file, MaracId marac) {
        Roles.requireCoordinator();
        Verified v = verify(file);
        Map<String, String> errors = new LinkedHashMap<>();
        alreadyReceived(v.contents().transferId()).ifPresent(ref -> errors.put("file", "This transfer was already"
                + " received, as " + ref + ": it was not received twice"));
        if (marac == null || maracs.find(marac).isEmpty()) {
            errors.put("marac", "Choose the MARAC that receives the case");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        PersonId victim = resolve(v.contents().victim());
        List<PersonId> perpetrators = new ArrayList<>();
        for (TransferPackage.Person p : v.contents().perpetrators()) {
            PersonId id = resolve(p);
            if (!id.equals(victim) && !perpetrators.contains(id)) {
                perpetrators.add(id);
            }
        }
        return receive(v.contents(), v.jws(), v.keyId(), v.partner(), marac, victim, perpetrators);
    }

    /** The person's existing record when they clearly match, else a new one (possible matches left for the hub). */
    private PersonId resolve(TransferPackage.Person p) {
        PersonMatch m = match(p);
        if (m.matched()) {
            return m.existing();
        }
        PersonDetails d = details(p);
        List<Candidate> candidates = matcher.candidates(d, null, 5);
        PersonId created = people.create(d, List.of(), AccessGround.RECORDED, null);
        for (Candidate c : candidates) {
            if (!c.id().equals(created)) {
                merges.propose(created, c.id(), c.score(), c.reasons());
            }
        }
        return created;
    }

    /** Writes the received case: the referral to MARAC (source TRANSFER), listed, and the transfer IN. */
    private MaracTransfer receive(TransferPackage p, String jws, String keyId, MaracPartnerId partner, MaracId marac,
            PersonId victim, List<PersonId> perpetrators) {
        Actor me = Roles.actor();
        LocalDate today = LocalDate.now(clock);
        String origin = p.fromMarac() + (blank(p.fromPartnership()) ? "" : " (" + p.fromPartnership() + ")");
        TransferPackage.Case c = p.caseSummary();
        Set<Kind> criteria = EnumSet.noneOf(Kind.class);
        c.criteria().stream().map(k -> value(Kind.class, k)).filter(java.util.Objects::nonNull)
                .forEach(criteria::add);
        String judgement = blank(c.judgementReason()) ? null : c.judgementReason();
        if (criteria.isEmpty() || criteria.contains(Kind.PROFESSIONAL_JUDGEMENT) && judgement == null) {
            criteria.add(Kind.PROFESSIONAL_JUDGEMENT);
            judgement = judgement != null ? judgement : "Transferred from " + origin + ", which heard it as a MARAC case";
        }
        if (!criteria.contains(Kind.PROFESSIONAL_JUDGEMENT)) {
            judgement = null;
        }
        Consent consent = value(Consent.class, c.consent());
        LawfulBasis basis = value(LawfulBasis.class, c.lawfulBasis());
        String consentReason = c.consentReason();
        if (consent != Consent.GIVEN && (basis == null || blank(consentReason))) {
            // the sending MARAC shared the case without (recorded) consent: sharing it on is for the victim's
            // safety, as the MARAC-to-MARAC process provides
            consent = Consent.OVERRIDDEN;
            basis = basis == null ? LawfulBasis.VITAL_INTERESTS : basis;
            consentReason = "Transferred between MARACs (SafeLives' MARAC-to-MARAC process) from " + origin
                    + (blank(consentReason) ? "" : "; their reason: " + consentReason);
        } else if (consent == Consent.REFUSED) {
            consent = Consent.OVERRIDDEN;
        }
        String evidence = "Transferred from " + origin + " (their reference " + c.reference() + ", referred "
                + (c.referredOn() == null ? "on a date not given" : TransferPackPdf.DAY.format(c.referredOn()))
                + "). Their evidence: " + (blank(c.evidence()) ? "none given." : c.evidence());
        MaracReferralId id = MaracReferralId.random();
        long number = jdbc.sql("SELECT nextval('marac_referral_number')").query(Long.class).single();
        String reference = "MR-" + today.getYear() + "-" + String.format("%05d", number);
        jdbc.sql("""
                INSERT INTO marac_referral (id, reference, marac_id, victim_id, source, referred_on, referred_by_name,
                    referred_by_user, referring_agency_id, criteria, evidence, judgement_reason, risk_score, consent,
                    lawful_basis, consent_reason, repeat)
                VALUES (:id, :reference, :marac, :victim, 'TRANSFER', :on, :by, :byUser, :agency,
                    CAST(:criteria AS text[]), :evidence, :judgement, :score, :consent, :basis, :consentReason, :repeat)""")
                .param("id", id.value()).param("reference", reference).param("marac", marac.value())
                .param("victim", victim.value()).param("on", today)
                .param("by", cut("Transferred from " + origin, 300)).param("byUser", me.actorId())
                .param("agency", me.agency().value())
                .param("criteria", "{" + criteria.stream().map(Kind::name).collect(Collectors.joining(",")) + "}")
                .param("evidence", cut(evidence, 8000)).param("judgement", judgement == null ? null : cut(judgement, 2000))
                .param("score", c.riskScore()).param("consent", consent.name())
                .param("basis", consent == Consent.OVERRIDDEN ? basis.name() : null)
                .param("consentReason", consent == Consent.OVERRIDDEN ? cut(consentReason, 2000) : null)
                .param("repeat", c.repeat()).update();
        for (PersonId x : perpetrators) {
            jdbc.sql("INSERT INTO marac_referral_perpetrator (marac_referral_id, person_id) VALUES (?, ?)"
                    + " ON CONFLICT DO NOTHING").params(id.value(), x.value()).update();
        }
        listing.listOnNextWithRoom(id, marac, today);
        MaracTransferId transfer = MaracTransferId.random();
        jdbc.sql("""
                INSERT INTO marac_transfer (id, direction, transfer_id, marac_referral_id, partner_id, other_marac,
                    reason, key_id, jws, made_by, made_by_name)
                VALUES (?, 'IN', ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(transfer.value(), p.transferId(), id.value(), partner == null ? null : partner.value(),
                        cut(origin, 500), p.reason() == null ? null : cut(p.reason(), MAX_REASON), keyId, jws,
                        me.actorId(), me.displayName())
                .update();
        List<String> ids = new ArrayList<>(List.of(transfer.toString(), id.toString(), victim.toString()));
        perpetrators.forEach(x -> ids.add(x.toString()));
        audit.record(AuditAction.CREATE, "marac-transfer", ids, "transfer in from " + origin);
        audit.record(AuditAction.CREATE, "marac-referral", List.of(id.toString(), victim.toString()), "TRANSFER");
        // a referral to MARAC is also one to the IDVA service (SafeLives principle 2)
        events.publishEvent(new MaracReferralMade(id, victim, marac, c.repeat()));
        return find(transfer.value());
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static List<String> ids(MaracTransferId id, MaracReferral r) {
        List<String> out = new ArrayList<>(List.of(id.toString(), r.id().toString(), r.victim().toString()));
        r.perpetrators().forEach(p -> out.add(p.toString()));
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<MaracReferralId, String> origins(Collection<MaracReferralId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        UUID[] array = ids.stream().map(MaracReferralId::value).toArray(UUID[]::new);
        Map<MaracReferralId, String> out = new LinkedHashMap<>();
        jdbc.sql("SELECT marac_referral_id, other_marac FROM marac_transfer WHERE direction = 'IN'"
                + " AND marac_referral_id = ANY (?)").param(array)
                .query((rs, n) -> Map.entry(new MaracReferralId(rs.getObject(1, UUID.class)), rs.getString(2)))
                .list().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

}
