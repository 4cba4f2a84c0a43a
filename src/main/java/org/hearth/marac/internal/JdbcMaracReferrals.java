package org.hearth.marac.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hearth.access.Actor;
import org.hearth.access.StaffUserId;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.platform.InvalidInputException;
import org.hearth.marac.Marac;
import org.hearth.marac.MaracId;
import org.hearth.marac.MaracMeetingId;
import org.hearth.marac.MaracReferral;
import org.hearth.marac.MaracReferralId;
import org.hearth.marac.MaracReferralMade;
import org.hearth.marac.MaracReferrals;
import org.hearth.marac.Maracs;
import org.hearth.marac.NewMaracReferral;
import org.hearth.marac.ReferralSource;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.People;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.referrals.Consent;
import org.hearth.referrals.LawfulBasis;
import org.hearth.referrals.Referral;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.Referrals;
import org.hearth.referrals.TriageOutcome;
import org.hearth.risk.MaracCriterion;
import org.hearth.risk.MaracCriterion.Kind;
import org.hearth.risk.MaracEligibility;
import org.hearth.risk.MaracReferralHistory.PriorReferral;
import org.hearth.risk.MaracRules;
import org.hearth.risk.RiskAssessment;
import org.hearth.risk.RiskAssessments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcMaracReferrals implements MaracReferrals {

    static final ZoneId UK = ZoneId.of("Europe/London");
    static final int MIN_REASON = 10;
    static final int MAX_TEXT = 2000;
    /** Who the audit trail names for work done on hearing the hub's triage decision. */
    static final String SYSTEM = "MARAC (the hub's triage decision)";

    private final JdbcClient jdbc;
    private final Maracs maracs;
    private final Partnerships partnerships;
    private final People people;
    private final PersonAccess access;
    private final RiskAssessments risk;
    private final Referrals referrals;
    private final AgendaListing listing;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.system(UK);

    JdbcMaracReferrals(JdbcClient jdbc, Maracs maracs, Partnerships partnerships, People people, PersonAccess access,
            RiskAssessments risk, Referrals referrals, AgendaListing listing, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.maracs = maracs;
        this.partnerships = partnerships;
        this.people = people;
        this.access = access;
        this.risk = risk;
        this.referrals = referrals;
        this.listing = listing;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public MaracReferral refer(NewMaracReferral r, ReferralSource source) {
        Actor me = Roles.actor();
        if (r.victim() == null || !access.holdsGround(r.victim())) {
            throw new AccessDeniedException("No ground on the victim's record");
        }
        LocalDate today = LocalDate.now(clock);
        MaracEligibility eligibility = risk.eligibility(r.victim(), today);
        Map<String, String> errors = new LinkedHashMap<>();
        Set<Kind> criteria = EnumSet.noneOf(Kind.class);
        criteria.addAll(r.criteria());
        eligibility.met().forEach(c -> criteria.add(c.kind()));
        String reason = r.judgementReason() == null ? null : r.judgementReason().strip();
        if (criteria.isEmpty()) {
            errors.put("criteria", "The records show no MARAC criterion met: choose professional judgement and give"
                    + " your reason, or the criteria you know are met");
        }
        if (r.criteria().contains(Kind.PROFESSIONAL_JUDGEMENT) && (reason == null || reason.length() < MIN_REASON)) {
            errors.put("judgementReason", "Give your reason for referring on professional judgement (at least "
                    + MIN_REASON + " characters)");
        } else if (reason != null && reason.length() > MAX_TEXT) {
            errors.put("judgementReason", "The reason must be " + MAX_TEXT + " characters or fewer");
        }
        // only people the referrer's agency holds a lasting ground on: publishing the agenda gives every member
        // agency research access to them, so naming a stranger would open that person's record (and asking would
        // tell whether an id exists: the same message either way)
        java.util.Set<PersonId> grounded = access.groundedAmong(r.perpetrators());
        for (PersonId p : r.perpetrators()) {
            if (p.equals(r.victim()) || !grounded.contains(p) || people.name(p).isEmpty()) {
                errors.put("perpetrators", "Choose perpetrators from the victim's record");
            }
        }
        checkConsent(r.consent(), r.lawfulBasis(), r.consentReason(), errors);
        if (r.marac() != null && maracs.find(r.marac()).isEmpty()) {
            errors.put("marac", "Choose one of the MARACs");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        MaracId marac = r.marac() != null ? r.marac() : maracFor(null, me.agency()).orElse(null);
        return insert(new Draft(marac, r.victim(), r.perpetrators(), source, null, today, me.displayName(),
                me.apiClient() ? null : me.actorId(), me.agency(), criteria, eligibility,
                r.criteria().contains(Kind.PROFESSIONAL_JUDGEMENT) ? reason : null, r.consent(), r.lawfulBasis(),
                r.consentReason() == null ? null : r.consentReason().strip()));
    }

    static void checkConsent(Consent consent, LawfulBasis basis, String reason, Map<String, String> errors) {
        if (consent == null) {
            errors.put("consent", "Say whether the victim consented to the referral");
        } else if (consent == Consent.REFUSED) {
            // publishing the agenda shares the case with every member agency: against a refusal only on a lawful basis
            errors.put("consent", "The victim refused: a referral without consent is made only on a lawful basis. "
                    + "Choose that it is shared without consent, with the basis and your reason");
        } else if (consent == Consent.OVERRIDDEN) {
            if (basis == null) {
                errors.put("lawfulBasis", "Choose the lawful basis for sharing without consent");
            }
            if (reason == null || reason.strip().length() < MIN_REASON) {
                errors.put("consentReason", "Say why it is shared without consent (at least " + MIN_REASON
                        + " characters)");
            } else if (reason.length() > MAX_TEXT) {
                errors.put("consentReason", "The reason must be " + MAX_TEXT + " characters or fewer");
            }
        }
    }

    @Override
    public MaracReferral fromTriage(ReferralId id) {
        Optional<UUID> existing = jdbc.sql("SELECT id FROM marac_referral WHERE referral_id = ?").param(id.value())
                .query(UUID.class).optional();
        if (existing.isPresent()) {
            return load(existing.get());
        }
        // heard after the decision was saved, without a signed-in user: the hub's decision is the ground
        Referral ref = referrals.decided(id, TriageOutcome.REFER_TO_MARAC, SYSTEM)
                .orElseThrow(() -> new IllegalStateException("Referral " + id + " was not triaged to MARAC"));
        LocalDate today = LocalDate.now(clock);
        MaracEligibility eligibility = risk.eligibility(ref.victim(), today);
        Set<Kind> criteria = EnumSet.noneOf(Kind.class);
        eligibility.met().forEach(c -> criteria.add(c.kind()));
        String judgement = null;
        if (criteria.isEmpty()) {
            // the hub referred although the records show no criterion met: its professional judgement
            criteria.add(Kind.PROFESSIONAL_JUDGEMENT);
            judgement = "The hub's triage decision: " + ref.triageReason();
        }
        Actor me = Actor.current().orElse(null);
        return insert(new Draft(maracFor(ref.area(), ref.referringAgency()).orElse(null), ref.victim(), ref.perpetrators(),
                ReferralSource.TRIAGE, id, today, ref.triagedBy() == null ? "The hub" : ref.triagedBy(),
                me == null || me.apiClient() ? null : me.actorId(), ref.referringAgency(), criteria, eligibility,
                judgement, ref.consent(), ref.consentBasis(), ref.consentReason()));
    }

    /** What {@link #insert} writes. */
    private record Draft(MaracId marac, PersonId victim, List<PersonId> perpetrators, ReferralSource source,
            ReferralId referral, LocalDate on, String referredBy, UUID referredByUser, AgencyId agency,
            Set<Kind> criteria, MaracEligibility eligibility, String judgement, Consent consent, LawfulBasis basis,
            String consentReason) {
    }

    private MaracReferral insert(Draft d) {
        MaracReferralId id = MaracReferralId.random();
        Set<PersonId> perpetrators = new HashSet<>(d.perpetrators());
        // a repeat: risk found an incident with the same perpetrator within 12 months of the last referral naming
        // them; or the referrer says so (any agency may identify one), when an earlier referral names them
        PriorReferral repeatOf = d.eligibility().repeatOf();
        if (repeatOf != null && !perpetrators.isEmpty()
                && repeatOf.perpetrators().stream().noneMatch(perpetrators::contains)) {
            repeatOf = null;
        }
        if (repeatOf == null && d.criteria().contains(Kind.REPEAT)) {
            repeatOf = MaracRules.lastNamingWithin(history(d.victim()), perpetrators, d.on()).orElse(null);
        }
        boolean repeat = repeatOf != null || d.criteria().contains(Kind.REPEAT);
        Set<Kind> criteria = EnumSet.copyOf(d.criteria());
        if (repeatOf != null) {
            criteria.add(Kind.REPEAT);
        }
        String evidence = d.eligibility().criteria().stream().filter(c -> criteria.contains(c.kind()))
                .map(c -> c.kind().label() + ": " + (c.met() ? c.explanation() : "identified by the referrer."))
                .collect(Collectors.joining("\n"));
        Integer score = MaracRules.latest(risk.history(d.victim()), d.on()).map(RiskAssessment::score).orElse(null);
        long number = jdbc.sql("SELECT nextval('marac_referral_number')").query(Long.class).single();
        String reference = "MR-" + d.on().getYear() + "-" + String.format("%05d", number);
        jdbc.sql("""
                INSERT INTO marac_referral (id, reference, marac_id, victim_id, source, referral_id, referred_on,
                    referred_by_name, referred_by_user, referring_agency_id, criteria, evidence, judgement_reason,
                    risk_score, consent, lawful_basis, consent_reason, repeat, repeat_of_id)
                VALUES (:id, :reference, :marac, :victim, :source, :referral, :on, :by, :byUser, :agency,
                    CAST(:criteria AS text[]), :evidence, :judgement, :score, :consent, :basis, :consentReason,
                    :repeat, :repeatOf)""")
                .param("id", id.value()).param("reference", reference)
                .param("marac", d.marac() == null ? null : d.marac().value()).param("victim", d.victim().value())
                .param("source", d.source().name()).param("referral", d.referral() == null ? null : d.referral().value())
                .param("on", d.on()).param("by", d.referredBy()).param("byUser", d.referredByUser())
                .param("agency", d.agency().value())
                .param("criteria", "{" + criteria.stream().map(Kind::name).collect(Collectors.joining(",")) + "}")
                .param("evidence", evidence.isEmpty() ? "Identified by the referrer." : evidence)
                .param("judgement", d.judgement()).param("score", score).param("consent", d.consent().name())
                .param("basis", d.consent() == Consent.OVERRIDDEN && d.basis() != null ? d.basis().name() : null)
                .param("consentReason", d.consent() == Consent.OVERRIDDEN ? d.consentReason() : null)
                .param("repeat", repeat)
                .param("repeatOf", repeatOf == null ? null : UUID.fromString(repeatOf.id())).update();
        for (PersonId p : perpetrators) {
            jdbc.sql("INSERT INTO marac_referral_perpetrator (marac_referral_id, person_id) VALUES (?, ?)")
                    .params(id.value(), p.value()).update();
        }
        if (d.marac() != null) {
            listing.listOnNextWithRoom(id, d.marac(), d.on());
        }
        List<String> ids = List.of(id.toString(), d.victim().toString());
        String what = d.source().name() + (repeat ? " repeat" : "");
        if (Actor.current().isPresent()) {
            audit.record(AuditAction.CREATE, "marac-referral", ids, what);
        } else {
            audit.recordFor(SYSTEM + ", for " + d.referredBy(), d.referredByUser(), AuditAction.CREATE,
                    "marac-referral", ids, what);
        }
        events.publishEvent(new MaracReferralMade(id, d.victim(), d.marac(), repeat));
        return load(id.value());
    }

    /**
     * The MARAC covering the victim's area (the front-door referral's), else the referring agency's area, else the
     * partnership's only MARAC; none when that leaves a choice (a county-wide agency such as the police, in a
     * partnership of several MARACs): the referral then waits on the coordinators' list of referrals with no MARAC.
     */
    private Optional<MaracId> maracFor(org.hearth.partnership.AreaId victimArea, AgencyId agency) {
        List<Marac> all = maracs.all();
        var area = victimArea != null ? victimArea : partnerships.agency(agency).map(a -> a.area()).orElse(null);
        Optional<Marac> covering = area == null ? Optional.empty()
                : all.stream().filter(m -> m.areas().contains(area)).findFirst();
        if (covering.isPresent()) {
            return covering.map(Marac::id);
        }
        return all.size() == 1 ? Optional.of(all.get(0).id()) : Optional.empty();
    }

    @Override
    @Transactional(readOnly = true)
    public List<MaracReferral> withoutMarac() {
        Roles.requireCoordinator();
        return select("r.marac_id IS NULL AND r.transferred_at IS NULL ORDER BY r.referred_on, r.created_at");
    }

    @Override
    public MaracReferral chooseMarac(MaracReferralId id, MaracId marac) {
        Roles.requireCoordinator();
        // lock the row first: two coordinators choosing at once must not list it twice
        jdbc.sql("SELECT id FROM marac_referral WHERE id = ? FOR UPDATE").param(id.value()).query(UUID.class).list();
        List<MaracReferral> found = select("r.id = ?", id.value());
        if (found.isEmpty()) {
            throw new java.util.NoSuchElementException("No such referral to MARAC");
        }
        if (marac == null || maracs.find(marac).isEmpty()) {
            throw InvalidInputException.of("marac", "Choose one of the MARACs");
        }
        if (found.get(0).meeting() != null) {
            throw InvalidInputException.of("marac", "This referral is already on an agenda: move it from the agenda");
        }
        if (found.get(0).transferred()) {
            throw InvalidInputException.of("marac", "This case was transferred to " + found.get(0).transferredTo()
                    + ": it is closed here");
        }
        jdbc.sql("UPDATE marac_referral SET marac_id = ? WHERE id = ? AND meeting_id IS NULL")
                .params(marac.value(), id.value()).update();
        listing.listOnNextWithRoom(id, marac, LocalDate.now(clock));
        audit.record(AuditAction.UPDATE, "marac-referral", List.of(id.toString(), found.get(0).victim().toString()),
                "MARAC chosen");
        return load(id.value());
    }

    /** The victim's referrals to MARAC, for the repeat criterion (no access check: ids and dates only). */
    List<PriorReferral> history(PersonId victim) {
        return jdbc.sql("""
                SELECT r.id, r.reference, r.referred_on,
                       array_remove(array_agg(p.person_id), NULL) AS perpetrators
                FROM marac_referral r LEFT JOIN marac_referral_perpetrator p ON p.marac_referral_id = r.id
                WHERE r.victim_id = ? GROUP BY r.id""").param(victim.value())
                .query((rs, n) -> new PriorReferral(rs.getObject("id", UUID.class).toString(), rs.getString("reference"),
                        rs.getObject("referred_on", LocalDate.class), ids(rs, "perpetrators")))
                .list();
    }

    static Set<PersonId> ids(ResultSet rs, String column) throws SQLException {
        return Arrays.stream((Object[]) rs.getArray(column).getArray()).map(o -> new PersonId((UUID) o))
                .collect(Collectors.toSet());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MaracReferral> find(MaracReferralId id) {
        List<MaracReferral> found = select("r.id = ?", id.value());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (!Roles.coordinator() && !access.mayView(found.get(0).victim())) {
            throw new AccessDeniedException("No ground on the victim's record");
        }
        audit.record(AuditAction.READ, "marac-referral", List.of(id.toString()), null);
        return Optional.of(found.get(0));
    }

    @Override
    @Transactional(readOnly = true)
    public List<MaracReferral> forVictim(PersonId victim) {
        if (!Roles.coordinator() && !access.mayView(victim)) {
            throw new AccessDeniedException("No ground on the victim's record");
        }
        return select("r.victim_id = ? ORDER BY r.referred_on DESC, r.created_at DESC", victim.value());
    }

    @Override
    @Transactional(readOnly = true)
    public List<MaracReferral> awaitingListing(MaracId marac) {
        Roles.requireCoordinator();
        return marac == null
                ? select("r.meeting_id IS NULL AND r.transferred_at IS NULL ORDER BY r.referred_on, r.created_at")
                : select("r.meeting_id IS NULL AND r.transferred_at IS NULL AND r.marac_id = ?"
                        + " ORDER BY r.referred_on, r.created_at", marac.value());
    }

    MaracReferral load(UUID id) {
        return select("r.id = ?", id).get(0);
    }

    static final String SELECT = """
            SELECT r.*, o.reference AS repeat_of_reference,
                   array_remove(array_agg(p.person_id), NULL) AS perpetrators
            FROM marac_referral r LEFT JOIN marac_referral o ON o.id = r.repeat_of_id
            LEFT JOIN marac_referral_perpetrator p ON p.marac_referral_id = r.id""";

    List<MaracReferral> select(String where, Object... params) {
        String order = "";
        int at = where.indexOf(" ORDER BY ");
        if (at >= 0) {
            order = where.substring(at);
            where = where.substring(0, at);
        }
        return jdbc.sql(SELECT + " WHERE " + where + " GROUP BY r.id, o.reference" + order).params(params)
                .query(JdbcMaracReferrals::row).list();
    }

    static MaracReferral row(ResultSet rs, int n) throws SQLException {
        List<PersonId> perpetrators = new ArrayList<>(ids(rs, "perpetrators"));
        perpetrators.sort(java.util.Comparator.comparing(PersonId::value));
        Set<Kind> criteria = EnumSet.noneOf(Kind.class);
        for (Object k : (Object[]) rs.getArray("criteria").getArray()) {
            criteria.add(Kind.valueOf((String) k));
        }
        UUID marac = rs.getObject("marac_id", UUID.class);
        UUID referral = rs.getObject("referral_id", UUID.class);
        UUID repeatOf = rs.getObject("repeat_of_id", UUID.class);
        UUID meeting = rs.getObject("meeting_id", UUID.class);
        String basis = rs.getString("lawful_basis");
        return new MaracReferral(new MaracReferralId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                marac == null ? null : new MaracId(marac), new PersonId(rs.getObject("victim_id", UUID.class)),
                perpetrators, ReferralSource.valueOf(rs.getString("source")),
                referral == null ? null : new ReferralId(referral), rs.getObject("referred_on", LocalDate.class),
                rs.getString("referred_by_name"), new AgencyId(rs.getObject("referring_agency_id", UUID.class)),
                criteria, rs.getString("evidence"), rs.getString("judgement_reason"),
                (Integer) rs.getObject("risk_score"), Consent.valueOf(rs.getString("consent")),
                basis == null ? null : LawfulBasis.valueOf(basis), rs.getString("consent_reason"),
                rs.getBoolean("repeat"), repeatOf == null ? null : new MaracReferralId(repeatOf),
                rs.getString("repeat_of_reference"), meeting == null ? null : new MaracMeetingId(meeting),
                rs.getString("transferred_to"), Optional.ofNullable(rs.getObject("transferred_at",
                        java.time.OffsetDateTime.class)).map(t -> t.atZoneSameInstant(UK).toLocalDate()).orElse(null));
    }
}
