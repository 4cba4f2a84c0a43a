package org.hearth.marac.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Predicate;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.marac.AreaWomen;
import org.hearth.marac.Marac;
import org.hearth.marac.MaracId;
import org.hearth.marac.MaracMeetingId;
import org.hearth.marac.MaracReferralId;
import org.hearth.marac.MaracReturns;
import org.hearth.marac.Maracs;
import org.hearth.marac.Quarter;
import org.hearth.marac.ReturnCase;
import org.hearth.marac.SafeLivesReturn;
import org.hearth.partnership.AreaId;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SafeLives return from the view {@code marac_case_discussed} (V107: the one definition of a case discussed),
 * the victims' equality data and ages, the children and the perpetrators' ages. See {@link MaracReturns}.
 */
@Service
@Transactional(readOnly = true)
class JdbcMaracReturns implements MaracReturns {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** Age in whole years on a day, from the date of birth, else the estimated age. {@code %1$s} person, {@code %2$s} day. */
    private static final String AGE = "COALESCE(date_part('year', age(%2$s, %1$s.date_of_birth))::int, %1$s.estimated_age)";

    /** The cases discussed, with what the return counts of each; {@code %s} filters the view ({@code d}). */
    // children: the few candidates (the referral's children, the victim's children and household) looked up by id;
    // an OR of IN-lists over person read the whole person table once per case (the bench's return: see BENCHMARKS.md)
    private static final String CASES = """
            SELECT d.marac_referral_id, d.reference, d.meeting_id, d.meets_on, d.victim_id,
                   p.given_name || ' ' || p.family_name AS victim_name, d.referring_agency_id, ag.name AS agency_name,
                   ag.sector = 'POLICE' AS police, d.repeat, p.ethnicity, p.disability, p.sex,
                   p.sexual_orientation_code, p.gender_identity_code, %1$s AS age,
                   (SELECT count(*) FROM (
                        SELECT rc.person_id AS id FROM referral_child rc WHERE rc.referral_id = d.referral_id
                        UNION SELECT pr.related_id FROM person_relationship pr WHERE pr.person_id = d.victim_id
                              AND pr.kind IN ('PARENT_OF', 'HOUSEHOLD_MEMBER')
                        UNION SELECT pr.person_id FROM person_relationship pr
                              WHERE pr.related_id = d.victim_id AND pr.kind = 'HOUSEHOLD_MEMBER') k
                    JOIN person c ON c.id = k.id
                    WHERE c.merged_into IS NULL
                      AND (%2$s < 18 OR COALESCE(%2$s, 0) < 18 AND EXISTS (SELECT 1 FROM referral_child rc
                           WHERE rc.referral_id = d.referral_id AND rc.person_id = c.id))) AS children,
                   EXISTS (SELECT 1 FROM marac_referral_perpetrator rp JOIN person pp ON pp.id = rp.person_id
                           WHERE rp.marac_referral_id = d.marac_referral_id AND %3$s <= 17) AS young_perpetrator
            FROM marac_case_discussed d
            JOIN person p ON p.id = d.victim_id
            JOIN agency ag ON ag.id = d.referring_agency_id
            WHERE %4$s
            ORDER BY d.meets_on, d.reference"""
            .formatted(AGE.formatted("p", "d.referred_on"), AGE.formatted("c", "d.referred_on"),
                    AGE.formatted("pp", "d.referred_on"), "%s");

    private final JdbcClient jdbc;
    private final Maracs maracs;
    private final AuditTrail audit;

    JdbcMaracReturns(JdbcClient jdbc, Maracs maracs, AuditTrail audit) {
        this.jdbc = jdbc;
        this.maracs = maracs;
        this.audit = audit;
    }

    @Override
    public boolean maySeeReturns() {
        return Roles.returnReader();
    }

    @Override
    public boolean maySeeCases() {
        return Roles.coordinator();
    }

    private void requireReader() {
        if (!Roles.returnReader()) {
            throw new AccessDeniedException("For coordinators, administrators and analysts");
        }
    }

    @Override
    public List<Marac> maracs() {
        requireReader();
        return maracs.all();
    }

    @Override
    public SafeLivesReturn quarter(MaracId id, Quarter quarter) {
        requireReader();
        Marac marac = maracs.find(id).orElseThrow(NoSuchElementException::new);
        return build(marac, quarter.from(), quarter.to(), null, quarterCases(marac, quarter));
    }

    @Override
    public SafeLivesReturn meeting(MaracMeetingId meeting) {
        requireReader();
        Map<String, Object> m = meetingRow(meeting);
        Marac marac = maracs.find(new MaracId((UUID) m.get("marac_id"))).orElseThrow(NoSuchElementException::new);
        LocalDate day = ((java.sql.Date) m.get("meets_on")).toLocalDate();
        return build(marac, day, day, meeting, meetingCases(meeting));
    }

    private Map<String, Object> meetingRow(MaracMeetingId meeting) {
        return jdbc.sql("SELECT marac_id, meets_on FROM marac_meeting WHERE id = ?").param(meeting.value()).query()
                .listOfRows().stream().findFirst().orElseThrow(NoSuchElementException::new);
    }

    private List<ReturnFigures.Case> quarterCases(Marac marac, Quarter quarter) {
        return cases("d.marac_id = ? AND d.meets_on BETWEEN ? AND ?", marac.id().value(), quarter.from(),
                quarter.to());
    }

    private List<ReturnFigures.Case> meetingCases(MaracMeetingId meeting) {
        return cases("d.meeting_id = ?", meeting.value());
    }

    private List<ReturnFigures.Case> cases(String where, Object... params) {
        return jdbc.sql(CASES.formatted(where)).params(params).query((rs, n) -> new ReturnFigures.Case(
                rs.getObject("marac_referral_id", UUID.class), rs.getString("reference"),
                rs.getObject("meeting_id", UUID.class), rs.getObject("meets_on", LocalDate.class),
                rs.getObject("victim_id", UUID.class), rs.getString("victim_name"),
                rs.getObject("referring_agency_id", UUID.class), rs.getString("agency_name"), rs.getBoolean("police"),
                rs.getBoolean("repeat"), rs.getString("ethnicity"), rs.getString("disability"), rs.getString("sex"),
                rs.getString("sexual_orientation_code"), rs.getString("gender_identity_code"),
                (Integer) rs.getObject("age"), rs.getInt("children"), rs.getBoolean("young_perpetrator"))).list();
    }

    private SafeLivesReturn build(Marac marac, LocalDate from, LocalDate to, MaracMeetingId meeting,
            List<ReturnFigures.Case> cases) {
        List<LocalDate> meetings = meeting != null
                ? cases.isEmpty() ? List.of() : List.of(from)
                : jdbc.sql("""
                        SELECT DISTINCT m.meets_on FROM marac_meeting m
                        WHERE m.marac_id = ? AND m.meets_on BETWEEN ? AND ?
                          AND m.published_at IS NOT NULL AND m.meets_on <= (now() AT TIME ZONE 'Europe/London')::date
                        ORDER BY 1""").params(marac.id().value(), from, to).query(LocalDate.class).list();
        long year = jdbc.sql("""
                SELECT count(*) FROM marac_case_discussed d
                WHERE d.marac_id = ? AND d.meets_on > ? AND d.meets_on <= ?""")
                .params(marac.id().value(), to.minusYears(1), to).query(Long.class).single();
        Integer women = women(marac);
        boolean suppress = !Roles.coordinator();
        return new SafeLivesReturn(marac.id(), marac.name(), from, to, meeting, meetings, suppress, women,
                ReturnFigures.lines(cases, meetings.size(), year, women, DAY.format(to), suppress));
    }

    /** The women aged 16+ of the MARAC's areas, null while any of them has no figure. */
    private Integer women(Marac marac) {
        List<Integer> figures = new ArrayList<>();
        for (AreaId area : marac.areas()) {
            List<Integer> w = jdbc.sql("SELECT women_16_plus FROM marac_area_women WHERE area_id = ?")
                    .param(area.value()).query(Integer.class).list();
            if (w.isEmpty()) {
                return null;
            }
            figures.add(w.get(0));
        }
        return figures.isEmpty() ? null : figures.stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    @Transactional
    public List<ReturnCase> quarterCases(MaracId id, Quarter quarter, String figure) {
        Roles.requireCoordinator();
        Marac marac = maracs.find(id).orElseThrow(NoSuchElementException::new);
        return behind(figure, quarterCases(marac, quarter), quarter.to(), marac.id().value());
    }

    @Override
    @Transactional
    public List<ReturnCase> meetingCases(MaracMeetingId meeting, String figure) {
        Roles.requireCoordinator();
        Map<String, Object> m = meetingRow(meeting);
        LocalDate day = ((java.sql.Date) m.get("meets_on")).toLocalDate();
        return behind(figure, meetingCases(meeting), day, (UUID) m.get("marac_id"));
    }

    /** The cases behind a figure ({@code year}: the MARAC's cases in the 12 months to {@code to}), audited. */
    private List<ReturnCase> behind(String figure, List<ReturnFigures.Case> cases, LocalDate to, UUID marac) {
        List<ReturnFigures.Case> found;
        if (ReturnFigures.YEAR.equals(figure)) {
            found = cases("d.marac_id = ? AND d.meets_on > ? AND d.meets_on <= ?", marac, to.minusYears(1), to);
        } else {
            Predicate<ReturnFigures.Case> test = ReturnFigures.test(figure).orElseThrow(NoSuchElementException::new);
            found = cases.stream().filter(test).toList();
        }
        List<String> ids = new ArrayList<>();
        found.forEach(c -> {
            ids.add(c.id().toString());
            ids.add(c.victim().toString());
        });
        audit.record(AuditAction.READ, "marac-return-cases", ids.stream().distinct().toList(), figure);
        return found.stream().map(c -> new ReturnCase(new MaracReferralId(c.id()), c.reference(), c.meetsOn(),
                new PersonId(c.victim()), c.victimName(), c.agencyName(), c.repeat())).toList();
    }

    @Override
    public byte[] csv(SafeLivesReturn r) {
        return ReturnFiles.csv(r);
    }

    @Override
    public byte[] xlsx(SafeLivesReturn r) {
        return ReturnFiles.xlsx(r);
    }

    @Override
    public List<AreaWomen> women() {
        requireAdmin();
        return jdbc.sql("""
                SELECT a.id, a.name, w.women_16_plus, w.source FROM area a
                LEFT JOIN marac_area_women w ON w.area_id = a.id ORDER BY lower(a.name)""")
                .query((rs, n) -> new AreaWomen(new AreaId(rs.getObject(1, UUID.class)), rs.getString(2),
                        (Integer) rs.getObject(3), rs.getString(4))).list();
    }

    private static void requireAdmin() {
        if (!Roles.admin()) {
            throw new AccessDeniedException("For system administrators");
        }
    }

    @Override
    @Transactional
    public void setWomen(Map<AreaId, String> women16Plus, Map<AreaId, String> sources) {
        requireAdmin();
        Map<String, String> errors = new LinkedHashMap<>();
        Map<AreaId, Integer> parsed = new LinkedHashMap<>();
        for (Map.Entry<AreaId, String> e : women16Plus.entrySet()) {
            String text = e.getValue() == null ? "" : e.getValue().strip().replace(",", "");
            if (text.isEmpty()) {
                parsed.put(e.getKey(), null);
                continue;
            }
            try {
                int n = Integer.parseInt(text);
                if (n <= 0) {
                    throw new NumberFormatException();
                }
                parsed.put(e.getKey(), n);
            } catch (NumberFormatException x) {
                errors.put("women-" + e.getKey(), "Enter the number of women aged 16 and over as a whole number, like 52000");
            }
            String source = sources.get(e.getKey());
            if (source != null && source.strip().length() > 200) {
                errors.put("source-" + e.getKey(), "Where the figure came from must be 200 characters or fewer");
            }
        }
        InvalidInputException.refuseIfAny(errors);
        UUID by = Roles.actor().actorId();
        for (Map.Entry<AreaId, Integer> e : parsed.entrySet()) {
            if (e.getValue() == null) {
                jdbc.sql("DELETE FROM marac_area_women WHERE area_id = ?").param(e.getKey().value()).update();
            } else {
                String source = sources.get(e.getKey());
                jdbc.sql("""
                        INSERT INTO marac_area_women (area_id, women_16_plus, source, updated_by) VALUES (?, ?, ?, ?)
                        ON CONFLICT (area_id) DO UPDATE SET women_16_plus = EXCLUDED.women_16_plus,
                            source = EXCLUDED.source, updated_at = now(), updated_by = EXCLUDED.updated_by""")
                        .params(e.getKey().value(), e.getValue(), source == null || source.isBlank() ? null
                                : source.strip(), by).update();
            }
        }
        audit.record(AuditAction.UPDATE, "marac-area-women",
                parsed.keySet().stream().map(AreaId::toString).toList(), null);
    }
}
