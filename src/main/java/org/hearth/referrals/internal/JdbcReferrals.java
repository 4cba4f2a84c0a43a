package org.hearth.referrals.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.hearth.risk.RiskGrade;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.GrantBasis;
import org.hearth.people.GrantHolder;
import org.hearth.people.People;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.people.RelationshipKind;
import org.hearth.referrals.AbuseType;
import org.hearth.referrals.ChildAtIncident;
import org.hearth.referrals.Consent;
import org.hearth.referrals.DuplicatePoliceReferenceException;
import org.hearth.referrals.LawfulBasis;
import org.hearth.referrals.NewReferral;
import org.hearth.referrals.QueueEntry;
import org.hearth.referrals.Referral;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.ReferralReceived;
import org.hearth.referrals.ReferralTriaged;
import org.hearth.referrals.ReferralSource;
import org.hearth.referrals.Referrals;
import org.hearth.referrals.TriageOutcome;
import org.hearth.referrals.VictimRelationship;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Referrals in PostgreSQL. */
@Service
@Transactional
class JdbcReferrals implements Referrals {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final People people;
    private final PersonAccess access;
    private final ApplicationEventPublisher events;
    private final Arrivals arrivals;

    JdbcReferrals(JdbcClient jdbc, AuditTrail audit, People people, PersonAccess access,
            ApplicationEventPublisher events, Arrivals arrivals) {
        this.arrivals = arrivals;
        this.jdbc = jdbc;
        this.audit = audit;
        this.people = people;
        this.access = access;
        this.events = events;
    }

    @Override
    public Referral submit(NewReferral r) {
        ReferralId id = ReferralId.random();
        Optional<Actor> actor = Actor.current();
        UUID referrer = actor.filter(a -> !a.apiClient()).map(Actor::actorId).orElse(null);
        UUID apiClient = actor.filter(Actor::apiClient).map(Actor::actorId).orElse(null);
        // one statement: the number, the row, and (by ON CONFLICT, which leaves the transaction usable) whether
        // the police reference is already known; then the referral is built from what was written, not read back
        // and its perpetrators and children, in the same statement
        Optional<Map<String, Object>> written = jdbc.sql("""
                WITH w AS (
                INSERT INTO referral (id, reference, source, referring_agency_id, referrer_user_id, referrer_name,
                    received_on, incident_on, incident_time, police_reference, victim_id, relationship, abuse_types,
                    consent, consent_basis, consent_reason, narrative, area_id, api_client_id, police_risk_grade,
                    police_risk_score)
                SELECT :id, 'R' || :year || '-' || CASE WHEN n.v < 1000000 THEN lpad(n.v::text, 6, '0') ELSE n.v::text END,
                    :source, :agency, :referrer, :referrerName, :received, :incidentOn,
                    :incidentTime, :policeRef, :victim, :relationship, CAST(:abuse AS text[]), :consent, :basis,
                    :reason, :narrative, :area, :apiClient, :policeGrade, :policeScore
                FROM (SELECT nextval('referral_number') AS v) n
                ON CONFLICT (upper(police_reference)) WHERE police_reference IS NOT NULL DO NOTHING
                RETURNING id, reference, created_at),
                perpetrators AS (
                    INSERT INTO referral_perpetrator (referral_id, person_id)
                    SELECT w.id, p FROM w, unnest(CAST(:perpetrators AS uuid[])) p ON CONFLICT DO NOTHING),
                children AS (
                    INSERT INTO referral_child (referral_id, person_id, present)
                    SELECT w.id, c.person, c.present FROM w,
                        unnest(CAST(:children AS uuid[]), CAST(:present AS boolean[])) AS c(person, present)
                    ON CONFLICT DO NOTHING)
                SELECT reference, created_at FROM w""")
                .param("id", id.value()).param("year", String.valueOf(r.receivedOn().getYear()))
                .param("source", r.source().name())
                .param("agency", r.referringAgency().value()).param("referrer", referrer)
                .param("referrerName", blankToNull(r.referrerName()))
                .param("received", Date.valueOf(r.receivedOn()))
                .param("incidentOn", r.incidentOn() == null ? null : Date.valueOf(r.incidentOn()))
                .param("incidentTime", r.incidentTime() == null ? null : Time.valueOf(r.incidentTime()))
                .param("policeRef", blankToNull(r.policeReference())).param("victim", r.victim().value())
                .param("relationship", r.relationship() == null ? null : r.relationship().name())
                .param("abuse", "{" + String.join(",", r.abuseTypes().stream().map(Enum::name).sorted().toList()) + "}")
                .param("consent", r.consent().name())
                .param("basis", r.consentBasis() == null ? null : r.consentBasis().name())
                .param("reason", blankToNull(r.consentReason())).param("narrative", blankToNull(r.narrative()))
                .param("area", r.area() == null ? null : r.area().value()).param("apiClient", apiClient)
                .param("policeGrade", r.policeRiskGrade() == null ? null : r.policeRiskGrade().name())
                .param("policeScore", r.policeRiskScore())
                .param("perpetrators", r.perpetrators().stream().map(PersonId::value).toArray(UUID[]::new))
                .param("children", r.children().stream().map(c -> c.child().value()).toArray(UUID[]::new))
                .param("present", r.children().stream().map(ChildAtIncident::present).toArray(Boolean[]::new))
                .query().listOfRows().stream().findFirst();
        if (written.isEmpty()) {
            throw jdbc.sql("SELECT id, reference, referring_agency_id FROM referral WHERE upper(police_reference) = upper(?)")
                    .param(r.policeReference().trim())
                    .query((rs, n) -> new DuplicatePoliceReferenceException(
                            new ReferralId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                            new AgencyId(rs.getObject("referring_agency_id", UUID.class))))
                    .single();
        }
        String reference = (String) written.get().get("reference");
        Instant createdAt = ((Timestamp) written.get().get("created_at")).toInstant();
        List<PersonId> perpetrators = new ArrayList<>();
        List<ChildAtIncident> children = new ArrayList<>();
        List<Map.Entry<PersonId, RelationshipKind>> related = new ArrayList<>();
        for (PersonId p : r.perpetrators()) {
            if (!perpetrators.contains(p)) {
                perpetrators.add(p);
            }
            if (r.relationship() == VictimRelationship.INTIMATE_PARTNER || r.relationship() == VictimRelationship.EX_PARTNER) {
                related.add(Map.entry(p, r.relationship() == VictimRelationship.INTIMATE_PARTNER
                        ? RelationshipKind.INTIMATE_PARTNER : RelationshipKind.EX_PARTNER));
            } else if (r.relationship() == VictimRelationship.FAMILY_MEMBER) {
                related.add(Map.entry(p, RelationshipKind.FAMILY_MEMBER));
            }
        }
        for (ChildAtIncident c : r.children()) {
            if (children.stream().noneMatch(x -> x.child().equals(c.child()))) {
                children.add(c);
            }
            related.add(Map.entry(c.child(), RelationshipKind.PARENT_OF));
        }
        people.relateAll(r.victim(), related);
        grantNamed(id, r);
        audit.record(AuditAction.CREATE, "referral", List.of(id.toString(), r.victim().toString()), null);
        arrivals.announce(new ReferralReceived(id, r.victim(), r.referringAgency(), r.source()));
        // what load(id) would read back (the rows' keys keep the first of a repeated person), without reading it
        return new Referral(id, reference, r.source(), r.referringAgency(), blankToNull(r.referrerName()),
                r.receivedOn(), r.incidentOn(), r.incidentTime() == null ? null : Time.valueOf(r.incidentTime()).toLocalTime(),
                blankToNull(r.policeReference()), r.victim(), List.copyOf(perpetrators), List.copyOf(children),
                r.relationship(), r.abuseTypes().isEmpty() ? EnumSet.noneOf(AbuseType.class) : EnumSet.copyOf(r.abuseTypes()),
                r.consent(), r.consentBasis(), blankToNull(r.consentReason()), blankToNull(r.narrative()), null, null,
                null, null, createdAt, Set.of(), false, r.policeRiskGrade(), r.policeRiskScore(), r.area());
    }

    /**
     * The referring agency becomes REFERRER on everyone the referral names that it already had a grant for (or
     * that its door just made); anyone else is linked without a grant, for the hub to confirm.
     */
    private void grantNamed(ReferralId id, NewReferral r) {
        java.util.LinkedHashSet<PersonId> named = new java.util.LinkedHashSet<>();
        named.add(r.victim());
        named.addAll(r.perpetrators());
        r.children().forEach(c -> named.add(c.child()));
        // one query for everyone named, not one (or three) a person
        for (PersonId p : access.grantWhereHeld(named, r.referringAgency(), AccessGround.REFERRER,
                GrantBasis.of("referral", id))) {
            jdbc.sql("INSERT INTO referral_link_check (referral_id, person_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(id.value(), p.value()).update();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonId> unconfirmedLinks(ReferralId id) {
        return jdbc.sql("SELECT person_id FROM referral_link_check WHERE referral_id = ? AND confirmed_at IS NULL ORDER BY person_id")
                .param(id.value()).query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).list();
    }

    @Override
    public void confirmLink(ReferralId id, PersonId person) {
        StaffPrincipal me = currentUser().filter(u -> u.hasRole(Role.HUB_COORDINATOR))
                .orElseThrow(() -> new AccessDeniedException("Hub coordinators confirm links"));
        Referral r = load(id).orElseThrow(() -> new java.util.NoSuchElementException("No such referral"));
        int n = jdbc.sql("""
                UPDATE referral_link_check SET confirmed_at = now(), confirmed_by = ?
                WHERE referral_id = ? AND person_id = ? AND confirmed_at IS NULL""")
                .params(me.id().value(), id.value(), person.value()).update();
        if (n == 0) {
            throw new java.util.NoSuchElementException("No such link waiting");
        }
        access.grant(person, GrantHolder.agency(r.referringAgency()), AccessGround.REFERRER, AccessScope.RECORD, null,
                GrantBasis.of("referral", id));
        audit.record(AuditAction.UPDATE, "referral", List.of(id.toString(), person.toString()), "link confirmed");
    }

    @Override
    public Optional<Referral> find(ReferralId id) {
        Optional<Referral> referral = load(id);
        referral.ifPresent(r -> {
            if (!maySee(r)) {
                audit.recordRefusal(AuditAction.READ, "referral", List.of(id.toString()), "refused: not involved");
                throw new AccessDeniedException("Not involved with this referral");
            }
            audit.record(AuditAction.READ, "referral", List.of(id.toString(), r.victim().toString()), null);
        });
        return referral;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Referral> decided(ReferralId id, TriageOutcome outcome, String reader) {
        Optional<Referral> referral = load(id).filter(r -> r.triageOutcomes().contains(outcome));
        referral.ifPresent(r -> audit.recordFor(reader, null, AuditAction.READ, "referral",
                List.of(id.toString(), r.victim().toString()), "triage decision: " + outcome));
        return referral;
    }

    @Override
    @Transactional
    public Optional<Referrals.Arrival> arrived(ReferralId id, String reader, String purpose) {
        Optional<Referral> referral = load(id);
        referral.ifPresent(r -> audit.recordFor(reader, null, AuditAction.READ, "referral",
                List.of(id.toString(), r.victim().toString()), purpose));
        return referral.map(r -> new Arrival(r, jdbc.sql("SELECT area_id FROM referral WHERE id = ?")
                .param(id.value()).query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, UUID.class))).list()
                .stream().flatMap(Optional::stream).findFirst().map(org.hearth.partnership.AreaId::new).orElse(null)));
    }

    @Override
    @Transactional
    public List<Referrals.Arrival> arrivedAll(List<ReferralId> ids, String reader, String purpose) {
        List<Referrals.Arrival> arrivals = new java.util.ArrayList<>();
        for (Referral r : loadAll(ids)) {
            audit.recordFor(reader, null, AuditAction.READ, "referral", List.of(r.id().toString(), r.victim().toString()),
                    purpose);
            arrivals.add(new Arrival(r, r.area()));
        }
        return arrivals;
    }

    boolean maySee(Referral r) {
        Optional<Actor> me = Actor.current();
        if (me.isEmpty()) {
            return false;
        }
        return me.get().hasRole(Role.HUB_COORDINATOR) || me.get().agency().equals(r.referringAgency())
                || access.mayView(r.victim());
    }

    /**
     * Ordered in the database, so the highest risk is first however long the queue: by the victim's latest risk
     * assessment (read straight from the risk module's table through its index: a read model, never written
     * here), then the longest waiting. A referral never assessed ranks with high risk: it may be the most
     * dangerous one. Within a band, oldest first, so the order is stable.
     */
    @Override
    @Transactional(readOnly = true)
    public List<QueueEntry> triageQueue(UUID areaId, UUID agencyId, int offset, int limit) {
        audit.record(AuditAction.SEARCH, "referral", List.of(), "triage queue");
        return jdbc.sql("""
                SELECT r.id, r.reference, r.victim_id, p.given_name || ' ' || p.family_name AS victim, a.name AS agency,
                       ar.name AS area, r.received_on, (current_date - r.received_on) AS waiting,
                       risk.score, risk.final_grade, coalesce(risk.visible_high_risk, false) AS visible_high_risk,
                       EXISTS (SELECT 1 FROM referral o WHERE o.victim_id = r.victim_id AND o.id <> r.id
                               AND o.received_on BETWEEN r.received_on - 365 AND r.received_on) AS repeat_victim,
                       EXISTS (SELECT 1 FROM referral_child c WHERE c.referral_id = r.id AND c.present) AS children_present
                FROM referral r
                JOIN person p ON p.id = r.victim_id
                JOIN agency a ON a.id = r.referring_agency_id
                LEFT JOIN area ar ON ar.id = r.area_id
                LEFT JOIN LATERAL (
                    SELECT ra.score, ra.final_grade, ra.visible_high_risk FROM risk_assessment ra
                    WHERE ra.person_id = r.victim_id ORDER BY ra.assessed_on DESC, ra.recorded_at DESC LIMIT 1) risk ON true
                WHERE r.triage_outcome IS NULL
                  AND (CAST(:area AS uuid) IS NULL OR r.area_id = :area)
                  AND (CAST(:agency AS uuid) IS NULL OR r.referring_agency_id = :agency)
                ORDER BY CASE WHEN risk.final_grade IS NULL OR risk.final_grade = 'HIGH' THEN 0
                              WHEN risk.final_grade = 'MEDIUM' THEN 1 ELSE 2 END,
                         r.received_on, r.created_at, r.id
                LIMIT :limit OFFSET :offset""")
                .param("area", areaId).param("agency", agencyId).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new QueueEntry(new ReferralId(rs.getObject("id", UUID.class)),
                        rs.getString("reference"), new PersonId(rs.getObject("victim_id", UUID.class)),
                        rs.getString("victim"), rs.getString("agency"), rs.getString("area"),
                        rs.getDate("received_on").toLocalDate(), rs.getInt("waiting"), (Integer) rs.getObject("score"),
                        rs.getString("final_grade") == null ? null : RiskGrade.valueOf(rs.getString("final_grade")),
                        rs.getBoolean("visible_high_risk"), rs.getBoolean("repeat_victim"),
                        rs.getBoolean("children_present")))
                .list();
    }

    private static final String HUB_CANDIDATE = """
            SELECT r.id, r.reference, r.source, r.received_on, r.victim_id,
                   coalesce(r.area_id, a.area_id) AS area,
                   CASE WHEN risk.final_grade = 'HIGH' OR r.police_risk_grade = 'HIGH' THEN 'HIGH'
                        WHEN risk.final_grade = 'MEDIUM' OR r.police_risk_grade = 'MEDIUM' THEN 'MEDIUM'
                        WHEN risk.final_grade IS NOT NULL OR r.police_risk_grade IS NOT NULL THEN 'STANDARD' END AS grade,
                   coalesce(risk.score, r.police_risk_score) AS score,
                   EXISTS (SELECT 1 FROM referral o WHERE o.victim_id = r.victim_id AND o.id <> r.id
                           AND o.received_on BETWEEN r.received_on - 365 AND r.received_on) AS repeat_victim,
                   EXISTS (SELECT 1 FROM referral_perpetrator rp JOIN referral_perpetrator op ON op.person_id = rp.person_id
                           JOIN referral o ON o.id = op.referral_id
                           WHERE rp.referral_id = r.id AND o.victim_id <> r.victim_id) AS serial,
                   (SELECT coalesce(array_agg(rp.person_id ORDER BY rp.person_id), '{}') FROM referral_perpetrator rp
                    WHERE rp.referral_id = r.id) AS perpetrators,
                   (SELECT coalesce(array_agg(rc.person_id::text || ':' || rc.present ORDER BY rc.person_id), '{}')
                    FROM referral_child rc WHERE rc.referral_id = r.id) AS children
            FROM referral r
            JOIN agency a ON a.id = r.referring_agency_id
            LEFT JOIN LATERAL (
                SELECT ra.score, ra.final_grade FROM risk_assessment ra
                WHERE ra.person_id = r.victim_id ORDER BY ra.assessed_on DESC, ra.recorded_at DESC LIMIT 1) risk ON true
            """;

    private static org.hearth.referrals.HubCandidate hubCandidate(java.sql.ResultSet rs, int n)
            throws java.sql.SQLException {
        List<PersonId> perps = Arrays.stream((Object[]) rs.getArray("perpetrators").getArray())
                .map(o -> new PersonId(o instanceof UUID u ? u : UUID.fromString(o.toString()))).toList();
        List<ChildAtIncident> kids = Arrays.stream((Object[]) rs.getArray("children").getArray())
                .map(Object::toString).map(s -> s.split(":"))
                .map(p -> new ChildAtIncident(new PersonId(UUID.fromString(p[0])), p[1].startsWith("t")))
                .toList();
        return new org.hearth.referrals.HubCandidate(new ReferralId(rs.getObject("id", UUID.class)),
                rs.getString("reference"), ReferralSource.valueOf(rs.getString("source")),
                rs.getDate("received_on").toLocalDate(), new PersonId(rs.getObject("victim_id", UUID.class)),
                perps, kids, rs.getString("grade") == null ? null : RiskGrade.valueOf(rs.getString("grade")),
                (Integer) rs.getObject("score"), rs.getBoolean("repeat_victim"), rs.getBoolean("serial"),
                rs.getObject("area") != null);
    }

    private StaffPrincipal hubCoordinator(String what) {
        return currentUser().filter(u -> u.hasRole(Role.HUB_COORDINATOR))
                .orElseThrow(() -> new AccessDeniedException("Hub coordinators " + what));
    }

    @Override
    @Transactional(readOnly = true)
    public List<org.hearth.referrals.HubCandidate> hubCandidates(org.hearth.partnership.AreaId area,
            java.time.LocalDate from, java.time.LocalDate before, java.util.Collection<ReferralId> carried) {
        hubCoordinator("build the hub's agenda");
        audit.record(AuditAction.SEARCH, "referral", List.of(), "hub agenda " + area.value() + " " + from + " to " + before);
        UUID[] carriedIds = carried.stream().map(ReferralId::value).toArray(UUID[]::new);
        // a referral whose area nobody knows is on no area's agenda (it would reach every area's representatives):
        // it waits on the coordinators' list of cases with no area (withoutArea) until one places it
        return jdbc.sql(HUB_CANDIDATE + """
                WHERE r.triage_outcome IS NULL
                  AND coalesce(r.area_id, a.area_id) = :area
                  AND ((r.received_on >= :from AND r.received_on < :before) OR r.id = ANY(:carried))""")
                .param("area", area.value()).param("from", java.sql.Date.valueOf(from))
                .param("before", java.sql.Date.valueOf(before)).param("carried", carriedIds)
                .query(JdbcReferrals::hubCandidate).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<org.hearth.referrals.HubCandidate> withoutArea() {
        hubCoordinator("place cases with no area");
        audit.record(AuditAction.SEARCH, "referral", List.of(), "hub: cases with no area");
        return jdbc.sql(HUB_CANDIDATE + """
                WHERE r.triage_outcome IS NULL AND r.area_id IS NULL AND a.area_id IS NULL
                ORDER BY r.received_on, r.reference LIMIT 500""")
                .query(JdbcReferrals::hubCandidate).list();
    }

    @Override
    public void placeInArea(ReferralId id, org.hearth.partnership.AreaId area) {
        hubCoordinator("place cases with no area");
        if (area == null || jdbc.sql("SELECT count(*) FROM area WHERE id = ?").param(area.value()).query(Long.class)
                .single() == 0) {
            throw org.hearth.platform.InvalidInputException.of("area", "Choose an area");
        }
        Boolean known = jdbc.sql("""
                SELECT coalesce(r.area_id, a.area_id) IS NOT NULL FROM referral r
                JOIN agency a ON a.id = r.referring_agency_id WHERE r.id = ? FOR UPDATE OF r""")
                .param(id.value()).query(Boolean.class).optional()
                .orElseThrow(() -> new java.util.NoSuchElementException("No such referral"));
        if (known) {
            throw org.hearth.platform.InvalidInputException.of("area", "This referral already has an area");
        }
        jdbc.sql("UPDATE referral SET area_id = ? WHERE id = ? AND area_id IS NULL").params(area.value(), id.value())
                .update();
        audit.record(AuditAction.UPDATE, "referral", List.of(id.toString()), "area chosen by the hub: " + area.value());
    }

    @Override
    @Transactional(readOnly = true)
    public long waiting(UUID areaId, UUID agencyId) {
        return jdbc.sql("""
                SELECT count(*) FROM referral r WHERE r.triage_outcome IS NULL
                  AND (CAST(:area AS uuid) IS NULL OR r.area_id = :area)
                  AND (CAST(:agency AS uuid) IS NULL OR r.referring_agency_id = :agency)""")
                .param("area", areaId).param("agency", agencyId).query(Long.class).single();
    }

    @Override
    public void triage(ReferralId id, Set<TriageOutcome> outcomes, String reason, boolean outsideMeeting) {
        StaffPrincipal me = currentUser().filter(u -> u.hasRole(Role.HUB_COORDINATOR))
                .orElseThrow(() -> new AccessDeniedException("Hub coordinators record triage decisions"));
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        String problem = TriageOutcome.problemWith(outcomes);
        if (problem != null) {
            errors.put("outcomes", problem);
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason", "Give the reason for this decision");
        } else if (reason.length() > 2000) {
            errors.put("reason", "The reason must be 2,000 characters or fewer");
        }
        if (!errors.isEmpty()) {
            throw new org.hearth.platform.InvalidInputException(errors);
        }
        Set<TriageOutcome> decided = TriageOutcome.sorted(outcomes);
        TriageOutcome first = decided.iterator().next();
        UUID victim = jdbc.sql("SELECT victim_id FROM referral WHERE id = ? FOR UPDATE").param(id.value())
                .query(UUID.class).optional()
                .orElseThrow(() -> new java.util.NoSuchElementException("No such referral"));
        int n = jdbc.sql("""
                UPDATE referral SET triage_outcome = ?, triage_reason = ?, triaged_by = ?, triaged_at = now(),
                    triaged_outside_meeting = ?
                WHERE id = ? AND triage_outcome IS NULL""")
                .params(first.name(), reason.trim(), me.id().value(), outsideMeeting, id.value()).update();
        if (n == 0) {
            throw new IllegalStateException("Already decided");
        }
        for (TriageOutcome o : decided) {
            jdbc.sql("INSERT INTO referral_triage_decision (referral_id, outcome) VALUES (?, ?)")
                    .params(id.value(), o.name()).update();
        }
        audit.record(AuditAction.UPDATE, "referral", List.of(id.toString()), "triage: "
                + String.join(", ", decided.stream().map(Enum::name).toList())
                + (outsideMeeting ? " (outside the meeting)" : ""));
        events.publishEvent(new ReferralTriaged(id, new PersonId(victim), decided));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReferralId> forVictim(PersonId victim) {
        return jdbc.sql("SELECT id FROM referral WHERE victim_id = ? ORDER BY received_on DESC, created_at DESC")
                .param(victim.value()).query((rs, n) -> new ReferralId(rs.getObject("id", UUID.class))).list();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean namesAsCausingHarm(PersonId person) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM referral_perpetrator WHERE person_id = ?)")
                .param(person.value()).query(Boolean.class).single();
    }

    Optional<Referral> load(ReferralId id) {
        List<PersonId> perpetrators = jdbc.sql("SELECT person_id FROM referral_perpetrator WHERE referral_id = ?")
                .param(id.value()).query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).list();
        List<ChildAtIncident> children = jdbc.sql("SELECT person_id, present FROM referral_child WHERE referral_id = ?")
                .param(id.value())
                .query((rs, n) -> new ChildAtIncident(new PersonId(rs.getObject(1, UUID.class)), rs.getBoolean(2))).list();
        List<TriageOutcome> decisions = jdbc.sql("SELECT outcome FROM referral_triage_decision WHERE referral_id = ?")
                .param(id.value()).query((rs, n) -> TriageOutcome.valueOf(rs.getString(1))).list();
        return jdbc.sql("""
                SELECT r.*, u.display_name AS triaged_by_name FROM referral r
                LEFT JOIN staff_user u ON u.id = r.triaged_by WHERE r.id = ?""")
                .param(id.value())
                .query((rs, n) -> map(rs, perpetrators, children, decisions)).optional();
    }

    /** {@link #load} for many referrals in four statements, in the order of {@code ids}; those not found left out. */
    List<Referral> loadAll(List<ReferralId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID[] array = ids.stream().map(ReferralId::value).distinct().toArray(UUID[]::new);
        java.util.Map<UUID, List<PersonId>> perpetrators = new java.util.HashMap<>();
        jdbc.sql("SELECT referral_id, person_id FROM referral_perpetrator WHERE referral_id = ANY(?)")
                .param(array).query(rs -> {
                    perpetrators.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>())
                            .add(new PersonId(rs.getObject(2, UUID.class)));
                });
        java.util.Map<UUID, List<ChildAtIncident>> children = new java.util.HashMap<>();
        jdbc.sql("SELECT referral_id, person_id, present FROM referral_child WHERE referral_id = ANY(?)")
                .param(array).query(rs -> {
                    children.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>())
                            .add(new ChildAtIncident(new PersonId(rs.getObject(2, UUID.class)), rs.getBoolean(3)));
                });
        java.util.Map<UUID, List<TriageOutcome>> decisions = new java.util.HashMap<>();
        jdbc.sql("SELECT referral_id, outcome FROM referral_triage_decision WHERE referral_id = ANY(?)")
                .param(array).query(rs -> {
                    decisions.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>())
                            .add(TriageOutcome.valueOf(rs.getString(2)));
                });
        java.util.Map<UUID, Referral> found = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT r.*, u.display_name AS triaged_by_name FROM referral r
                LEFT JOIN staff_user u ON u.id = r.triaged_by WHERE r.id = ANY(?)""")
                .param(array).query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    found.put(id, map(rs, perpetrators.getOrDefault(id, List.of()), children.getOrDefault(id, List.of()),
                            decisions.getOrDefault(id, List.of())));
                });
        return java.util.Arrays.stream(array).map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    private static Referral map(ResultSet rs, List<PersonId> perpetrators, List<ChildAtIncident> children,
            List<TriageOutcome> decisions) throws SQLException {
        Array abuse = rs.getArray("abuse_types");
        Set<AbuseType> types = EnumSet.noneOf(AbuseType.class);
        if (abuse != null) {
            Arrays.stream((String[]) abuse.getArray()).map(AbuseType::valueOf).forEach(types::add);
        }
        Date incidentOn = rs.getDate("incident_on");
        Time incidentTime = rs.getTime("incident_time");
        Timestamp triagedAt = rs.getTimestamp("triaged_at");
        String relationship = rs.getString("relationship");
        String basis = rs.getString("consent_basis");
        String outcome = rs.getString("triage_outcome");
        return new Referral(new ReferralId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                ReferralSource.valueOf(rs.getString("source")), new AgencyId(rs.getObject("referring_agency_id", UUID.class)),
                rs.getString("referrer_name"), rs.getDate("received_on").toLocalDate(),
                incidentOn == null ? null : incidentOn.toLocalDate(),
                incidentTime == null ? null : incidentTime.toLocalTime(), rs.getString("police_reference"),
                new PersonId(rs.getObject("victim_id", UUID.class)), perpetrators, children,
                relationship == null ? null : VictimRelationship.valueOf(relationship), types,
                Consent.valueOf(rs.getString("consent")), basis == null ? null : LawfulBasis.valueOf(basis),
                rs.getString("consent_reason"), rs.getString("narrative"),
                outcome == null ? null : TriageOutcome.valueOf(outcome), rs.getString("triage_reason"),
                rs.getString("triaged_by_name"), triagedAt == null ? null : triagedAt.toInstant(),
                rs.getTimestamp("created_at").toInstant(),
                decisions.isEmpty() && outcome != null ? Set.of(TriageOutcome.valueOf(outcome)) : Set.copyOf(decisions),
                rs.getBoolean("triaged_outside_meeting"),
                rs.getString("police_risk_grade") == null ? null : RiskGrade.valueOf(rs.getString("police_risk_grade")),
                (Integer) rs.getObject("police_risk_score"),
                rs.getObject("area_id") == null ? null : new AreaId(rs.getObject("area_id", UUID.class)));
    }

    /** The signed-in member of staff (triage is a person's decision, never an API client's). */
    private static Optional<StaffPrincipal> currentUser() {
        return Actor.current().filter(StaffPrincipal.class::isInstance).map(StaffPrincipal.class::cast);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

}
