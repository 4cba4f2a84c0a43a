package org.hearth.housing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The refuge tables (providers, vacancies, referrals): SQL only, no rules and no audit ({@link Refuges}). */
@Repository
class RefugeStore {

    /** A provider with its last reported vacancies (null: never reported). */
    record ProviderRow(UUID id, String name, UUID area, String elsewhere, UUID agency, int places, int placesOlderSons,
            int placesDisabledAccess, int placesNrpf, Integer vacancies, LocalDate reportedOn, boolean active) {
    }

    /** A provider to insert. */
    record NewProviderRow(UUID id, String name, UUID area, String elsewhere, UUID agency, UUID namedWorker,
            int places, int placesOlderSons, int placesDisabledAccess, int placesNrpf) {
    }

    /** A row of {@code refuge_referral} with what the view needs of its provider. */
    record ReferralRow(UUID id, String reference, UUID person, UUID provider, UUID area, LocalDate referredOn,
            UUID referringAgency, UUID referredBy, UUID workerGrant, int children, boolean olderSon,
            boolean disability, boolean language, boolean nrpf, String needsNote, String outcome, String reason,
            String outcomeNote, LocalDate outcomeOn, LocalDate movedIn, LocalDate movedOut, String providerName,
            UUID providerArea, String providerElsewhere, UUID providerAgency, UUID providerWorker) {
    }

    /** A referral to insert. */
    record NewReferralRow(UUID id, String reference, UUID person, UUID provider, UUID area, LocalDate referredOn,
            UUID referringAgency, UUID referredBy, UUID workerGrant, int children, boolean olderSon,
            boolean disability, boolean language, boolean nrpf, String needsNote) {
    }

    private static final RowMapper<ProviderRow> PROVIDER = (rs, n) -> new ProviderRow(rs.getObject("id", UUID.class),
            rs.getString("name"), rs.getObject("area_id", UUID.class), rs.getString("elsewhere"),
            rs.getObject("agency_id", UUID.class), rs.getInt("places"), rs.getInt("places_older_sons"),
            rs.getInt("places_disabled_access"), rs.getInt("places_nrpf"), (Integer) rs.getObject("vacancies"),
            rs.getObject("reported_on", LocalDate.class), rs.getBoolean("active"));

    private static final RowMapper<ReferralRow> REFERRAL = (rs, n) -> new ReferralRow(rs.getObject("id", UUID.class),
            rs.getString("reference"), rs.getObject("person_id", UUID.class), rs.getObject("provider_id", UUID.class),
            rs.getObject("area_id", UUID.class), rs.getObject("referred_on", LocalDate.class),
            rs.getObject("referring_agency_id", UUID.class), rs.getObject("referred_by", UUID.class),
            rs.getObject("worker_grant_id", UUID.class), rs.getInt("children"), rs.getBoolean("older_son"),
            rs.getBoolean("disability"), rs.getBoolean("language"), rs.getBoolean("nrpf"), rs.getString("needs_note"),
            rs.getString("outcome"), rs.getString("outcome_reason"), rs.getString("outcome_note"),
            rs.getObject("outcome_on", LocalDate.class), rs.getObject("moved_in_on", LocalDate.class),
            rs.getObject("moved_out_on", LocalDate.class), rs.getString("provider_name"),
            rs.getObject("provider_area", UUID.class), rs.getString("provider_elsewhere"),
            rs.getObject("provider_agency", UUID.class), rs.getObject("provider_worker", UUID.class));

    private static final String PROVIDERS = """
            SELECT p.*, v.vacancies, v.reported_on FROM refuge_provider p
            LEFT JOIN LATERAL (SELECT vacancies, reported_on FROM refuge_vacancy WHERE provider_id = p.id
                ORDER BY reported_on DESC, recorded_at DESC LIMIT 1) v ON true""";

    private static final String REFERRALS = """
            SELECT r.*, p.name AS provider_name, p.area_id AS provider_area, p.elsewhere AS provider_elsewhere,
                p.agency_id AS provider_agency, p.named_worker_id AS provider_worker
            FROM refuge_referral r JOIN refuge_provider p ON p.id = r.provider_id""";

    private final JdbcClient jdbc;

    RefugeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- providers

    List<ProviderRow> providers() {
        return jdbc.sql(PROVIDERS + " ORDER BY p.name").query(PROVIDER).list();
    }

    Optional<ProviderRow> provider(UUID id) {
        return jdbc.sql(PROVIDERS + " WHERE p.id = :id").param("id", id).query(PROVIDER).optional();
    }

    Optional<ProviderRow> activeProvider(UUID id) {
        return jdbc.sql(PROVIDERS + " WHERE p.id = :id AND p.active").param("id", id).query(PROVIDER).optional();
    }

    boolean providerNamed(String name) {
        return jdbc.sql("SELECT count(*) FROM refuge_provider WHERE lower(name) = lower(:name)").param("name", name)
                .query(Integer.class).single() > 0;
    }

    /** The provider's named worker, if it has one. */
    Optional<UUID> namedWorker(UUID provider) {
        return jdbc.sql("SELECT named_worker_id FROM refuge_provider WHERE id = :id").param("id", provider)
                .query(UUID.class).optional();
    }

    void insertProvider(NewProviderRow p) {
        jdbc.sql("""
                INSERT INTO refuge_provider (id, name, area_id, elsewhere, agency_id, named_worker_id, places,
                    places_older_sons, places_disabled_access, places_nrpf)
                VALUES (:id, :name, :area, :elsewhere, :agency, :worker, :places, :olderSons, :disabled, :nrpf)""")
                .param("id", p.id()).param("name", p.name()).param("area", p.area())
                .param("elsewhere", p.elsewhere()).param("agency", p.agency()).param("worker", p.namedWorker())
                .param("places", p.places()).param("olderSons", p.placesOlderSons())
                .param("disabled", p.placesDisabledAccess()).param("nrpf", p.placesNrpf()).update();
    }

    void insertVacancies(UUID provider, int vacancies, LocalDate on, String reportedBy) {
        jdbc.sql("""
                INSERT INTO refuge_vacancy (id, provider_id, vacancies, reported_on, reported_by)
                VALUES (:id, :provider, :vacancies, :on, :by)""").param("id", UUID.randomUUID())
                .param("provider", provider).param("vacancies", vacancies).param("on", on).param("by", reportedBy)
                .update();
    }

    /** Places (capacity) of active providers in the partnership's areas. */
    int placesInPartnership() {
        return jdbc.sql("SELECT COALESCE(sum(places), 0) FROM refuge_provider WHERE active AND area_id IS NOT NULL")
                .query(Integer.class).single();
    }

    // ---- referrals

    Optional<ReferralRow> referral(UUID id) {
        return jdbc.sql(REFERRALS + " WHERE r.id = :id").param("id", id).query(REFERRAL).optional();
    }

    /** The person's referrals, newest first. */
    List<ReferralRow> referralsFor(UUID person) {
        return jdbc.sql(REFERRALS + " WHERE r.person_id = :person ORDER BY r.referred_on DESC, r.reference DESC")
                .param("person", person).query(REFERRAL).list();
    }

    long nextNumber() {
        return jdbc.sql("SELECT nextval('refuge_referral_number')").query(Long.class).single();
    }

    void insertReferral(NewReferralRow r) {
        jdbc.sql("""
                INSERT INTO refuge_referral (id, reference, person_id, provider_id, area_id, referred_on,
                    referring_agency_id, referred_by, worker_grant_id, children, older_son, disability, language, nrpf,
                    needs_note) VALUES (:id, :reference, :person, :provider, :area, :on, :agency, :by, :grant,
                    :children, :olderSon, :disability, :language, :nrpf, :note)""")
                .param("id", r.id()).param("reference", r.reference()).param("person", r.person())
                .param("provider", r.provider()).param("area", r.area()).param("on", r.referredOn())
                .param("agency", r.referringAgency()).param("by", r.referredBy()).param("grant", r.workerGrant())
                .param("children", r.children()).param("olderSon", r.olderSon()).param("disability", r.disability())
                .param("language", r.language()).param("nrpf", r.nrpf()).param("note", r.needsNote()).update();
    }

    void outcome(UUID id, String outcome, String reason, String note, LocalDate on) {
        jdbc.sql("""
                UPDATE refuge_referral SET outcome = :outcome, outcome_reason = :reason, outcome_note = :note,
                    outcome_on = :on WHERE id = :id""").param("outcome", outcome).param("reason", reason)
                .param("note", note).param("on", on).param("id", id).update();
    }

    void move(UUID id, LocalDate movedIn, LocalDate movedOut) {
        jdbc.sql("UPDATE refuge_referral SET moved_in_on = :in, moved_out_on = :out WHERE id = :id")
                .param("in", movedIn).param("out", movedOut).param("id", id).update();
    }
}
