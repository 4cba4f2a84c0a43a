package org.hearth.services.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.Dates;
import org.hearth.services.DirectoryQuery;
import org.hearth.services.HowToGetHelp;
import org.hearth.services.ListedService;
import org.hearth.services.Need;
import org.hearth.services.ReviewStatus;
import org.hearth.services.ReviewSummary;
import org.hearth.services.ServiceDetails;
import org.hearth.services.ServiceDirectory;
import org.hearth.services.ServiceId;
import org.hearth.services.ServiceKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory in PostgreSQL. A directory holds tens to a few hundred services, so searches load the published
 * ones and match in memory, where the words can match labels (the kind, the needs) as people read them. Every
 * change is on the audit trail (services are organisations, not people, so reads are not).
 */
@Service
@Transactional
class JdbcServiceDirectory implements ServiceDirectory {

    private static final String COLUMNS = """
            SELECT s.id, s.name, s.provider_agency_id, s.provider_name, s.kind, s.all_areas, s.needs, s.languages,
                   s.opening_times, s.phone, s.text_number, s.email, s.website, s.walk_in_address, s.description,
                   s.accessibility, s.refuge_places, s.last_reviewed, s.published,
                   ARRAY(SELECT sa.area_id FROM service_area sa WHERE sa.service_id = s.id) AS area_ids
            FROM service s""";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Partnerships partnerships;

    JdbcServiceDirectory(JdbcClient jdbc, AuditTrail audit, Partnerships partnerships) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.partnerships = partnerships;
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(Dates.UK);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ListedService> search(DirectoryQuery query) {
        List<String> words = words(query.text());
        String language = query.language() == null || query.language().isBlank() ? null
                : query.language().trim().toLowerCase(Locale.UK);
        return load(" WHERE s.published").stream()
                .filter(s -> query.area() == null || s.serves(query.area()))
                .filter(s -> query.need() == null || s.needs().contains(query.need()))
                .filter(s -> language == null
                        || s.languages().stream().anyMatch(l -> l.toLowerCase(Locale.UK).equals(language)))
                .filter(s -> words.isEmpty() || matchesAll(s, words))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ListedService> published(ServiceId id) {
        return find(id).filter(ListedService::published);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ListedService> all() {
        return load("");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ListedService> find(ServiceId id) {
        return load(" WHERE s.id = ?", id.value()).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> languages() {
        Map<String, String> byKey = new TreeMap<>();
        for (ListedService s : load(" WHERE s.published")) {
            for (String l : s.languages()) {
                byKey.putIfAbsent(l.toLowerCase(Locale.UK), l);
            }
        }
        return List.copyOf(byKey.values());
    }

    @Override
    public ListedService add(ServiceDetails details) {
        ServiceId id = ServiceId.random();
        jdbc.sql("""
                INSERT INTO service (id, name, provider_agency_id, provider_name, kind, all_areas, needs, languages,
                    opening_times, phone, text_number, email, website, walk_in_address, description, accessibility,
                    refuge_places, last_reviewed, published)
                VALUES (:id, :name, :agency, :provider, :kind, :allAreas, :needs::text[], :languages::text[],
                    :opening, :phone, :text, :email, :website, :address, :description, :accessibility,
                    :places, :reviewed, :published)""")
                .params(params(id, details)).update();
        saveAreas(id, details);
        audit.record(AuditAction.CREATE, "service", id);
        return find(id).orElseThrow();
    }

    @Override
    public ListedService update(ServiceId id, ServiceDetails details) {
        int rows = jdbc.sql("""
                UPDATE service SET name = :name, provider_agency_id = :agency, provider_name = :provider, kind = :kind,
                    all_areas = :allAreas, needs = :needs::text[], languages = :languages::text[],
                    opening_times = :opening, phone = :phone, text_number = :text, email = :email, website = :website,
                    walk_in_address = :address, description = :description, accessibility = :accessibility,
                    refuge_places = :places, last_reviewed = :reviewed, published = :published, updated_at = now()
                WHERE id = :id""")
                .params(params(id, details)).update();
        if (rows == 0) {
            throw new NoSuchElementException("No such service");
        }
        jdbc.sql("DELETE FROM service_area WHERE service_id = ?").param(id.value()).update();
        saveAreas(id, details);
        audit.record(AuditAction.UPDATE, "service", id);
        return find(id).orElseThrow();
    }

    @Override
    public ListedService markReviewed(ServiceId id, LocalDate on) {
        change(id, "last_reviewed = ?", on, "reviewed");
        return find(id).orElseThrow();
    }

    @Override
    public ListedService unpublish(ServiceId id) {
        change(id, "published = ?", false, "unpublished");
        return find(id).orElseThrow();
    }

    @Override
    public ListedService publish(ServiceId id) {
        change(id, "published = ?", true, "published");
        return find(id).orElseThrow();
    }

    private void change(ServiceId id, String assignment, Object value, String what) {
        int rows = jdbc.sql("UPDATE service SET " + assignment + ", updated_at = now() WHERE id = ?")
                .params(value, id.value()).update();
        if (rows == 0) {
            throw new NoSuchElementException("No such service");
        }
        audit.record(AuditAction.UPDATE, "service", List.of(id.toString()), what);
    }

    @Override
    @Transactional(readOnly = true)
    public ReviewSummary reviewSummary(LocalDate today) {
        List<LocalDate> reviews = jdbc.sql("SELECT last_reviewed FROM service WHERE published")
                .query(LocalDate.class).list();
        int due = 0;
        int overdue = 0;
        for (LocalDate reviewed : reviews) {
            switch (ReviewStatus.of(reviewed, today)) {
                case DUE -> due++;
                case OVERDUE -> overdue++;
                case CURRENT -> { }
            }
        }
        return new ReviewSummary(today, reviews.size(), reviews.size() - overdue, due, overdue,
                reviews.stream().min(Comparator.naturalOrder()));
    }

    private Map<String, Object> params(ServiceId id, ServiceDetails d) {
        HowToGetHelp help = d.help();
        Map<String, Object> p = new HashMap<>();
        p.put("id", id.value());
        p.put("name", d.name());
        p.put("agency", d.providerAgency() == null ? null : d.providerAgency().value());
        p.put("provider", d.providerName());
        p.put("kind", d.kind().name());
        p.put("allAreas", d.allAreas());
        p.put("needs", arrayLiteral(d.needs().stream().sorted().map(Need::name).toList()));
        p.put("languages", arrayLiteral(d.languages()));
        p.put("opening", d.openingTimes());
        p.put("phone", help.phone());
        p.put("text", help.textNumber());
        p.put("email", help.email());
        p.put("website", help.website());
        p.put("address", help.walkInAddress());
        p.put("description", d.description());
        p.put("accessibility", d.accessibility());
        p.put("places", d.refugePlaces());
        p.put("reviewed", d.lastReviewed());
        p.put("published", d.published());
        return p;
    }

    /** A PostgreSQL array literal, each element quoted and escaped. */
    static String arrayLiteral(List<String> values) {
        return values.stream()
                .map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    private void saveAreas(ServiceId id, ServiceDetails details) {
        for (AreaId area : details.areas()) {
            jdbc.sql("INSERT INTO service_area (service_id, area_id) VALUES (?, ?)")
                    .params(id.value(), area.value()).update();
        }
    }

    private List<ListedService> load(String where, Object... params) {
        Map<AgencyId, String> agencies = partnerships.agencies().stream()
                .collect(Collectors.toMap(Agency::id, Agency::name));
        List<ListedService> services = new ArrayList<>(jdbc.sql(COLUMNS + where).params(params)
                .query((rs, n) -> row(rs, agencies)).list());
        services.sort(Comparator.comparing((ListedService s) -> s.name().toLowerCase(Locale.UK)));
        return services;
    }

    private static ListedService row(ResultSet rs, Map<AgencyId, String> agencies) throws SQLException {
        UUID agencyId = rs.getObject("provider_agency_id", UUID.class);
        AgencyId agency = agencyId == null ? null : new AgencyId(agencyId);
        Set<AreaId> areas = new HashSet<>();
        for (Object a : array(rs.getArray("area_ids"))) {
            areas.add(new AreaId((UUID) a));
        }
        Set<Need> needs = EnumSet.noneOf(Need.class);
        for (Object n : array(rs.getArray("needs"))) {
            needs.add(Need.valueOf((String) n));
        }
        List<String> languages = Arrays.stream(array(rs.getArray("languages"))).map(String::valueOf).toList();
        ServiceDetails details = new ServiceDetails(rs.getString("name"), agency, rs.getString("provider_name"),
                ServiceKind.valueOf(rs.getString("kind")), rs.getBoolean("all_areas"), areas, needs, languages,
                rs.getString("opening_times"),
                new HowToGetHelp(rs.getString("phone"), rs.getString("text_number"), rs.getString("email"),
                        rs.getString("website"), rs.getString("walk_in_address")),
                rs.getString("description"), rs.getString("accessibility"), (Integer) rs.getObject("refuge_places"),
                rs.getObject("last_reviewed", LocalDate.class), rs.getBoolean("published"));
        String provider = agency != null ? agencies.getOrDefault(agency, rs.getString("provider_name"))
                : rs.getString("provider_name");
        return new ListedService(new ServiceId(rs.getObject("id", UUID.class)), details, provider);
    }

    private static Object[] array(Array array) throws SQLException {
        return array == null ? new Object[0] : (Object[]) array.getArray();
    }

    /**
     * The words searched for. Symbols are not wildcards: a search of only symbols ({@code %}, {@code _},
     * {@code \\}) looks for those characters as typed, never for everything.
     */
    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> words = Arrays.stream(text.toLowerCase(Locale.UK).split("[^\\p{L}\\p{N}+]+"))
                .filter(w -> !w.isBlank()).toList();
        return words.isEmpty() ? List.of(text.strip().toLowerCase(Locale.UK)) : words;
    }

    /** Every word appears in the service's name, provider, kind, needs, languages, description or opening times. */
    private static boolean matchesAll(ListedService s, List<String> words) {
        String haystack = Stream.of(Stream.of(s.name(), s.provider(), s.kind().label(), s.details().description(),
                        s.details().openingTimes()),
                        s.needs().stream().map(Need::label), s.languages().stream())
                .flatMap(x -> x).filter(x -> x != null).collect(Collectors.joining(" ")).toLowerCase(Locale.UK);
        return words.stream().allMatch(haystack::contains);
    }
}
