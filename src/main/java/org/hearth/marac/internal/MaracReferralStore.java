package org.hearth.marac.internal;

import org.hearth.platform.Dates;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hearth.marac.MaracId;
import org.hearth.marac.MaracMeetingId;
import org.hearth.marac.MaracReferral;
import org.hearth.marac.MaracReferralId;
import org.hearth.marac.ReferralSource;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonId;
import org.hearth.referrals.Consent;
import org.hearth.referrals.LawfulBasis;
import org.hearth.referrals.ReferralId;
import org.hearth.risk.MaracCriterion.Kind;
import org.hearth.risk.MaracReferralHistory.PriorReferral;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The referrals to MARAC in PostgreSQL ({@code marac_referral} and its perpetrators): SQL only, no checks and no
 * audit ({@link JdbcMaracReferrals} does both).
 */
@Component
class MaracReferralStore {

    private final JdbcClient jdbc;

    MaracReferralStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What {@link #insert} writes. */
    record NewRow(MaracReferralId id, String reference, MaracId marac, PersonId victim, Set<PersonId> perpetrators,
            ReferralSource source, ReferralId referral, LocalDate on, String referredBy, UUID referredByUser,
            AgencyId agency, Set<Kind> criteria, String evidence, String judgement, Integer score, Consent consent,
            LawfulBasis basis, String consentReason, boolean repeat, PriorReferral repeatOf) {
    }

    /** The referral to MARAC made on hearing the hub's triage of this front-door referral, if one was. */
    Optional<UUID> fromReferral(ReferralId id) {
        return jdbc.sql("SELECT id FROM marac_referral WHERE referral_id = :referral").param("referral", id.value())
                .query(UUID.class).optional();
    }

    /** The next of the referrals' reference numbers ({@code MR-2026-00042}). */
    long nextNumber() {
        return jdbc.sql("SELECT nextval('marac_referral_number')").query(Long.class).single();
    }

    void insert(NewRow d) {
        jdbc.sql("""
                INSERT INTO marac_referral (id, reference, marac_id, victim_id, source, referral_id, referred_on,
                    referred_by_name, referred_by_user, referring_agency_id, criteria, evidence, judgement_reason,
                    risk_score, consent, lawful_basis, consent_reason, repeat, repeat_of_id)
                VALUES (:id, :reference, :marac, :victim, :source, :referral, :on, :by, :byUser, :agency,
                    CAST(:criteria AS text[]), :evidence, :judgement, :score, :consent, :basis, :consentReason,
                    :repeat, :repeatOf)""")
                .param("id", d.id().value()).param("reference", d.reference())
                .param("marac", d.marac() == null ? null : d.marac().value()).param("victim", d.victim().value())
                .param("source", d.source().name()).param("referral", d.referral() == null ? null : d.referral().value())
                .param("on", d.on()).param("by", d.referredBy()).param("byUser", d.referredByUser())
                .param("agency", d.agency().value())
                .param("criteria", "{" + d.criteria().stream().map(Kind::name).collect(Collectors.joining(",")) + "}")
                .param("evidence", d.evidence()).param("judgement", d.judgement()).param("score", d.score())
                .param("consent", d.consent().name())
                .param("basis", d.consent() == Consent.OVERRIDDEN && d.basis() != null ? d.basis().name() : null)
                .param("consentReason", d.consent() == Consent.OVERRIDDEN ? d.consentReason() : null)
                .param("repeat", d.repeat())
                .param("repeatOf", d.repeatOf() == null ? null : UUID.fromString(d.repeatOf().id())).update();
        for (PersonId p : d.perpetrators()) {
            jdbc.sql("""
                    INSERT INTO marac_referral_perpetrator (marac_referral_id, person_id) VALUES (:referral, :person)""")
                    .param("referral", d.id().value()).param("person", p.value()).update();
        }
    }

    /** Locks the referral's row: two coordinators choosing at once must not list it twice. */
    void lock(MaracReferralId id) {
        jdbc.sql("SELECT id FROM marac_referral WHERE id = :id FOR UPDATE").param("id", id.value()).query(UUID.class)
                .list();
    }

    /** Sets the MARAC of a referral not yet on an agenda. */
    void setMarac(MaracReferralId id, MaracId marac) {
        jdbc.sql("UPDATE marac_referral SET marac_id = :marac WHERE id = :id AND meeting_id IS NULL")
                .param("marac", marac.value()).param("id", id.value()).update();
    }

    /** The victim's referrals to MARAC, for the repeat criterion (ids and dates only). */
    List<PriorReferral> history(PersonId victim) {
        return jdbc.sql("""
                SELECT r.id, r.reference, r.referred_on,
                       array_remove(array_agg(p.person_id), NULL) AS perpetrators
                FROM marac_referral r LEFT JOIN marac_referral_perpetrator p ON p.marac_referral_id = r.id
                WHERE r.victim_id = :victim GROUP BY r.id""").param("victim", victim.value())
                .query((rs, n) -> new PriorReferral(rs.getObject("id", UUID.class).toString(), rs.getString("reference"),
                        rs.getObject("referred_on", LocalDate.class), ids(rs, "perpetrators")))
                .list();
    }

    MaracReferral load(UUID id) {
        return select("r.id = ?", id).get(0);
    }

    static final String SELECT = """
            SELECT r.*, o.reference AS repeat_of_reference,
                   array_remove(array_agg(p.person_id), NULL) AS perpetrators
            FROM marac_referral r LEFT JOIN marac_referral o ON o.id = r.repeat_of_id
            LEFT JOIN marac_referral_perpetrator p ON p.marac_referral_id = r.id""";

    /**
     * The referrals matching a condition on {@code r} (the module's other parts ask for a meeting's cases), with its
     * positional parameters, and an {@code ORDER BY} at its end if any.
     */
    List<MaracReferral> select(String where, Object... params) {
        String order = "";
        int at = where.indexOf(" ORDER BY ");
        if (at >= 0) {
            order = where.substring(at);
            where = where.substring(0, at);
        }
        return jdbc.sql(SELECT + " WHERE " + where + " GROUP BY r.id, o.reference" + order).params(params)
                .query(MaracReferralStore::row).list();
    }

    static Set<PersonId> ids(ResultSet rs, String column) throws SQLException {
        return Arrays.stream((Object[]) rs.getArray(column).getArray()).map(o -> new PersonId((UUID) o))
                .collect(Collectors.toSet());
    }

    static MaracReferral row(ResultSet rs, int n) throws SQLException {
        List<PersonId> perpetrators = new ArrayList<>(ids(rs, "perpetrators"));
        perpetrators.sort(Comparator.comparing(PersonId::value));
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
                        OffsetDateTime.class)).map(t -> t.atZoneSameInstant(Dates.UK).toLocalDate())
                        .orElse(null));
    }
}
