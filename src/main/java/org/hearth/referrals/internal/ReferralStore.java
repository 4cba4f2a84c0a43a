package org.hearth.referrals.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;
import org.hearth.people.PersonId;
import org.hearth.referrals.AbuseType;
import org.hearth.referrals.ChildAtIncident;
import org.hearth.referrals.Consent;
import org.hearth.referrals.DuplicatePoliceReferenceException;
import org.hearth.referrals.LawfulBasis;
import org.hearth.referrals.NewReferral;
import org.hearth.referrals.Referral;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.ReferralSource;
import org.hearth.referrals.TriageOutcome;
import org.hearth.referrals.VictimRelationship;
import org.hearth.risk.RiskGrade;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The referral tables, SQL only: a referral with its people causing harm and children written in one statement,
 * read back one or many at a time (one mapper), the links waiting for the hub, and the hub's writes (an area, a
 * triage decision). No rule and no access check: those are {@link ReferralRules}' and {@link ReferralService}'s.
 */
@Component
class ReferralStore {

    /** What the insert wrote: the reference it numbered and when. */
    record Written(String reference, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    ReferralStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One statement: the number, the row, and (by ON CONFLICT, which leaves the transaction usable) whether the police
     * reference is already known (then empty), with the referral's people causing harm and children.
     */
    Optional<Written> insert(ReferralId id, NewReferral r, UUID referrer, UUID apiClient) {
        return jdbc.sql("""
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
                .param("referrerName", ReferralRules.blankToNull(r.referrerName()))
                .param("received", Date.valueOf(r.receivedOn()))
                .param("incidentOn", r.incidentOn() == null ? null : Date.valueOf(r.incidentOn()))
                .param("incidentTime", r.incidentTime() == null ? null : Time.valueOf(r.incidentTime()))
                .param("policeRef", ReferralRules.blankToNull(r.policeReference())).param("victim", r.victim().value())
                .param("relationship", r.relationship() == null ? null : r.relationship().name())
                .param("abuse", "{" + String.join(",", r.abuseTypes().stream().map(Enum::name).sorted().toList()) + "}")
                .param("consent", r.consent().name())
                .param("basis", r.consentBasis() == null ? null : r.consentBasis().name())
                .param("reason", ReferralRules.blankToNull(r.consentReason())).param("narrative", ReferralRules.blankToNull(r.narrative()))
                .param("area", r.area() == null ? null : r.area().value()).param("apiClient", apiClient)
                .param("policeGrade", r.policeRiskGrade() == null ? null : r.policeRiskGrade().name())
                .param("policeScore", r.policeRiskScore())
                .param("perpetrators", r.perpetrators().stream().map(PersonId::value).toArray(UUID[]::new))
                .param("children", r.children().stream().map(c -> c.child().value()).toArray(UUID[]::new))
                .param("present", r.children().stream().map(ChildAtIncident::present).toArray(Boolean[]::new))
                .query().listOfRows().stream().findFirst()
                .map(w -> new Written((String) w.get("reference"), ((Timestamp) w.get("created_at")).toInstant()));
    }

    /** The referral already holding this police reference, as the exception to throw. */
    DuplicatePoliceReferenceException duplicateOf(String policeReference) {
        return jdbc.sql("SELECT id, reference, referring_agency_id FROM referral WHERE upper(police_reference) = upper(?)")
                .param(policeReference.trim())
                .query((rs, n) -> new DuplicatePoliceReferenceException(
                        new ReferralId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                        new AgencyId(rs.getObject("referring_agency_id", UUID.class))))
                .single();
    }

    /** A person the referral names that the referring agency had no grant for: waits for the hub to confirm. */
    void linkToCheck(ReferralId id, PersonId person) {
        jdbc.sql("INSERT INTO referral_link_check (referral_id, person_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(id.value(), person.value()).update();
    }

    List<PersonId> unconfirmedLinks(ReferralId id) {
        return jdbc.sql("SELECT person_id FROM referral_link_check WHERE referral_id = ? AND confirmed_at IS NULL ORDER BY person_id")
                .param(id.value()).query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).list();
    }

    /** Confirms a waiting link; 0 when none was waiting. */
    int confirmLink(ReferralId id, PersonId person, UUID by) {
        return jdbc.sql("""
                UPDATE referral_link_check SET confirmed_at = now(), confirmed_by = ?
                WHERE referral_id = ? AND person_id = ? AND confirmed_at IS NULL""")
                .params(by, id.value(), person.value()).update();
    }

    Optional<AreaId> area(ReferralId id) {
        return jdbc.sql("SELECT area_id FROM referral WHERE id = ?")
                .param(id.value()).query((rs, n) -> Optional.ofNullable(rs.getObject(1, UUID.class))).list()
                .stream().flatMap(Optional::stream).findFirst().map(AreaId::new);
    }

    boolean areaExists(AreaId area) {
        return jdbc.sql("SELECT count(*) FROM area WHERE id = ?").param(area.value()).query(Long.class).single() > 0;
    }

    /** Whether the referral's area is known (its own or its agency's), the row locked; empty when no such referral. */
    Optional<Boolean> areaKnownForUpdate(ReferralId id) {
        return jdbc.sql("""
                SELECT coalesce(r.area_id, a.area_id) IS NOT NULL FROM referral r
                JOIN agency a ON a.id = r.referring_agency_id WHERE r.id = ? FOR UPDATE OF r""")
                .param(id.value()).query(Boolean.class).optional();
    }

    void placeInArea(ReferralId id, AreaId area) {
        jdbc.sql("UPDATE referral SET area_id = ? WHERE id = ? AND area_id IS NULL").params(area.value(), id.value())
                .update();
    }

    /** The referral's victim, the row locked for the decision; empty when no such referral. */
    Optional<UUID> victimForUpdate(ReferralId id) {
        return jdbc.sql("SELECT victim_id FROM referral WHERE id = ? FOR UPDATE").param(id.value())
                .query(UUID.class).optional();
    }

    /** Records a triage decision (its first outcome on the row, every outcome in its table); 0 if already decided. */
    int triage(ReferralId id, Set<TriageOutcome> decided, String reason, UUID by, boolean outsideMeeting) {
        int n = jdbc.sql("""
                UPDATE referral SET triage_outcome = ?, triage_reason = ?, triaged_by = ?, triaged_at = now(),
                    triaged_outside_meeting = ?
                WHERE id = ? AND triage_outcome IS NULL""")
                .params(decided.iterator().next().name(), reason.trim(), by, outsideMeeting, id.value()).update();
        if (n > 0) {
            for (TriageOutcome o : decided) {
                jdbc.sql("INSERT INTO referral_triage_decision (referral_id, outcome) VALUES (?, ?)")
                        .params(id.value(), o.name()).update();
            }
        }
        return n;
    }

    List<ReferralId> forVictim(PersonId victim) {
        return jdbc.sql("SELECT id FROM referral WHERE victim_id = ? ORDER BY received_on DESC, created_at DESC")
                .param(victim.value()).query((rs, n) -> new ReferralId(rs.getObject("id", UUID.class))).list();
    }

    boolean namesAsCausingHarm(PersonId person) {
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
}
