package org.hearth.workforce.internal;

import org.hearth.platform.Dates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hearth.access.Actor;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.InvalidInputException;
import org.hearth.workforce.Ambassador;
import org.hearth.workforce.AmbassadorId;
import org.hearth.workforce.Ambassadors;
import org.hearth.workforce.TrainingAudience;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcAmbassadors implements Ambassadors {

    static final String RECORD = "ambassador";
    static final int MOST_REACH = 10_000;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Partnerships partnerships;

    JdbcAmbassadors(JdbcClient jdbc, AuditTrail audit, Partnerships partnerships) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.partnerships = partnerships;
    }

    @Override
    public Ambassador register(String name, String jobTitle, AgencyId agency, TrainingAudience group, Boolean manager,
            LocalDate trainedOn, int colleaguesSupported) {
        if (agency != null) {
            ownAgencyOnly(agency);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            errors.put("name", "Enter the ambassador's name");
        } else if (name.length() > 200) {
            errors.put("name", "The name must be 200 characters or fewer");
        }
        if (jobTitle != null && jobTitle.length() > 200) {
            errors.put("jobTitle", "The job title must be 200 characters or fewer");
        }
        if (agency == null || partnerships.agency(agency).filter(Agency::active).isEmpty()) {
            errors.put("agency", "Choose the ambassador's agency");
        }
        if (group == null) {
            errors.put("group", "Choose the ambassador's staff group");
        }
        if (manager == null) {
            errors.put("manager", "Say whether the ambassador manages staff");
        }
        trainedOn(errors, "trainedOn", trainedOn, null);
        if (colleaguesSupported < 0 || colleaguesSupported > MOST_REACH) {
            errors.put("colleaguesSupported", "Enter the number of colleagues supported as a whole number from 0 to 10,000");
        }
        InvalidInputException.refuseIfAny(errors);
        AmbassadorId id = AmbassadorId.random();
        jdbc.sql("""
                INSERT INTO ambassador (id, name, job_title, agency_id, staff_group, manager, colleagues_supported,
                    recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), name.trim(), jobTitle == null || jobTitle.isBlank() ? null : jobTitle.trim(),
                        agency.value(), group.name(), manager, colleaguesSupported, actor())
                .update();
        jdbc.sql("INSERT INTO ambassador_training (ambassador_id, trained_on, refresher) VALUES (?, ?, FALSE)")
                .params(id.value(), trainedOn).update();
        audit.record(AuditAction.CREATE, RECORD, id);
        return find(id).orElseThrow();
    }

    private void trainedOn(Map<String, String> errors, String field, LocalDate on, LocalDate after) {
        if (on == null) {
            errors.put(field, "Enter the date of the training");
        } else if (on.isAfter(today())) {
            errors.put(field, "The date of the training must be today or in the past");
        } else if (after != null && !on.isAfter(after)) {
            errors.put(field, "The refresher must be after the last training, "
                    + org.hearth.platform.Dates.DAY.format(after));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Ambassador> find(AmbassadorId id) {
        return load("WHERE a.id = ?", id.value()).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Ambassador> active() {
        return load("WHERE a.left_on IS NULL");
    }

    @Override
    @Transactional(readOnly = true)
    public List<Ambassador> all() {
        return load("");
    }

    @Override
    public Ambassador refresher(AmbassadorId id, LocalDate on) {
        Ambassador a = activeOne(id);
        Map<String, String> errors = new LinkedHashMap<>();
        trainedOn(errors, "trainedOn", on, a.lastTrained());
        InvalidInputException.refuseIfAny(errors);
        jdbc.sql("INSERT INTO ambassador_training (ambassador_id, trained_on, refresher) VALUES (?, ?, TRUE)")
                .params(id.value(), on).update();
        audit.record(AuditAction.UPDATE, RECORD, id);
        return find(id).orElseThrow();
    }

    @Override
    public Ambassador reach(AmbassadorId id, int colleaguesSupported) {
        activeOne(id);
        if (colleaguesSupported < 0 || colleaguesSupported > MOST_REACH) {
            throw InvalidInputException.of("colleaguesSupported",
                    "Enter the number of colleagues supported as a whole number from 0 to 10,000");
        }
        jdbc.sql("UPDATE ambassador SET colleagues_supported = ? WHERE id = ?").params(colleaguesSupported, id.value())
                .update();
        audit.record(AuditAction.UPDATE, RECORD, id);
        return find(id).orElseThrow();
    }

    @Override
    public Ambassador stepDown(AmbassadorId id, LocalDate on) {
        Ambassador a = activeOne(id);
        if (on == null || on.isAfter(today()) || on.isBefore(a.firstTrained())) {
            throw InvalidInputException.of("leftOn", "Enter the date they stepped down: today or in the past, "
                    + "after they were first trained");
        }
        jdbc.sql("UPDATE ambassador SET left_on = ? WHERE id = ?").params(on, id.value()).update();
        audit.record(AuditAction.UPDATE, RECORD, id);
        return find(id).orElseThrow();
    }

    /**
     * A system calling with an API token (an agency's HR or training system) records its own agency's ambassadors
     * only; staff (coordinators and administrators, by the URL rules) record any agency's.
     */
    private static void ownAgencyOnly(AgencyId agency) {
        Actor.current().filter(Actor::apiClient).filter(a -> !a.agency().equals(agency)).ifPresent(a -> {
            throw new org.springframework.security.access.AccessDeniedException(
                    "An API client records its own agency's ambassadors only");
        });
    }

    private Ambassador activeOne(AmbassadorId id) {
        Ambassador a = find(id).orElseThrow(() -> new java.util.NoSuchElementException("No such ambassador"));
        ownAgencyOnly(a.agency());
        if (!a.active()) {
            throw InvalidInputException.of("ambassador", "This ambassador has stepped down");
        }
        return a;
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(Dates.UK);
    }

    private static UUID actor() {
        return Actor.current().map(Actor::actorId).orElse(null);
    }

    private List<Ambassador> load(String where, Object... params) {
        record Row(UUID id, String name, String jobTitle, UUID agency, String group, boolean manager, int reach,
                LocalDate leftOn) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT a.id, a.name, a.job_title, a.agency_id, a.staff_group, a.manager, a.colleagues_supported,
                    a.left_on FROM ambassador a""" + " " + where)
                .params(params)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getString(5), rs.getBoolean(6), rs.getInt(7),
                        rs.getObject(8, LocalDate.class)))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<LocalDate>> trainings = jdbc.sql("""
                SELECT ambassador_id, trained_on FROM ambassador_training WHERE ambassador_id = ANY (?)
                ORDER BY trained_on""").param(rows.stream().map(Row::id).toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class))).list()
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<UUID, String> agencyNames = partnerships.agencies().stream()
                .collect(Collectors.toMap(a -> a.id().value(), Agency::name));
        List<Ambassador> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(new Ambassador(new AmbassadorId(r.id()), r.name(), r.jobTitle(), new AgencyId(r.agency()),
                    agencyNames.getOrDefault(r.agency(), "An agency no longer registered"),
                    TrainingAudience.valueOf(r.group()), r.manager(), trainings.getOrDefault(r.id(), List.of()),
                    r.reach(), r.leftOn()));
        }
        out.sort(Comparator.comparing(Ambassador::agencyName).thenComparing(Ambassador::name));
        return out;
    }
}
