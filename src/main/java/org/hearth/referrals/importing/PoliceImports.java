package org.hearth.referrals.importing;

import jakarta.annotation.PreDestroy;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.partnership.Sector;
import org.hearth.referrals.DuplicatePoliceReferenceException;
import org.hearth.referrals.internal.Intake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Imports police incident files in the background, one at a time, on a single worker thread, as the member of
 * staff who uploaded them. The file is read as a stream (see {@link CsvRecords}); each row is checked and then
 * imported in its own transaction through {@link Intake} (so through {@code Referrals.submit}, audited and
 * publishing {@code ReferralReceived}): a bad row is rejected whole, the others go in. Progress is written to
 * {@code import_job} as it goes; rejections to {@code import_rejection}, with line, police reference and reason.
 * A row whose police reference Hearth already has is counted as already imported, so a file can be imported
 * again safely.
 */
@Service
public class PoliceImports {

    private static final Logger log = LoggerFactory.getLogger(PoliceImports.class);
    /** A running job not heard from for this long was stopped (e.g. by a restart) and is shown as failed. */
    static final Duration STALLED = Duration.ofMinutes(10);
    private static final int PROGRESS_EVERY = 100;

    private final JdbcClient jdbc;
    private final Intake intake;
    private final Partnerships partnerships;
    private final AuditTrail audit;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "police-import");
        t.setDaemon(true);
        return t;
    });

    PoliceImports(JdbcClient jdbc, Intake intake, Partnerships partnerships, AuditTrail audit) {
        this.jdbc = jdbc;
        this.intake = intake;
        this.partnerships = partnerships;
        this.audit = audit;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Police agencies, which may be named as the referring agency of an import. */
    public List<Agency> policeAgencies() {
        return partnerships.agencies().stream().filter(a -> a.active() && a.sector() == Sector.POLICE).toList();
    }

    /** Whether this member of staff may import: hub coordinators, and police agencies' representatives. */
    public boolean mayImport(StaffPrincipal me) {
        return me.hasRole(Role.HUB_COORDINATOR) || (me.hasRole(Role.AGENCY_REPRESENTATIVE)
                && partnerships.agency(me.agency()).map(a -> a.sector() == Sector.POLICE).orElse(false));
    }

    /**
     * Takes over {@code file} (deleting it when done) and queues its import for {@code agency}, a police agency.
     * Returns the job's id at once.
     */
    public UUID start(Path file, String fileName, AgencyId agency) {
        StaffPrincipal me = staff();
        if (!mayImport(me)) {
            throw new AccessDeniedException("Only hub coordinators and police representatives import");
        }
        if (policeAgencies().stream().noneMatch(a -> a.id().equals(agency))
                || (!me.hasRole(Role.HUB_COORDINATOR) && !agency.equals(me.agency()))) {
            throw new IllegalArgumentException("Choose a police agency");
        }
        UUID id = UUID.randomUUID();
        String name = fileName == null || fileName.isBlank() ? "upload.csv"
                : Path.of(fileName.replace('\\', '/')).getFileName().toString();
        jdbc.sql("INSERT INTO import_job (id, file_name, agency_id, uploaded_by, status) VALUES (?, ?, ?, ?, 'QUEUED')")
                .params(id, name.length() > 200 ? name.substring(0, 200) : name, agency.value(), me.id().value())
                .update();
        audit.record(AuditAction.CREATE, "import_job", List.of(id.toString()), "police incident file uploaded");
        // a copy: signing out clears the session's context, but the import goes on as its uploader
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        worker.execute(() -> {
            SecurityContextHolder.setContext(context);
            try {
                run(id, file, agency);
            } finally {
                SecurityContextHolder.clearContext();
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    log.warn("Could not delete the uploaded file of import {}", id);
                }
            }
        });
        return id;
    }

    private final class Counts {
        int read;
        int imported;
        int already;
        int rejected;
        Instant flushed = Instant.now();

        void flush(UUID job, boolean force) {
            if (force || read % PROGRESS_EVERY == 0 || Duration.between(flushed, Instant.now()).toSeconds() >= 1) {
                jdbc.sql("""
                        UPDATE import_job SET rows_read = ?, imported = ?, already_imported = ?, rejected = ?,
                            updated_at = now() WHERE id = ?""").params(read, imported, already, rejected, job).update();
                flushed = Instant.now();
            }
        }
    }

    private void run(UUID job, Path file, AgencyId agency) {
        jdbc.sql("UPDATE import_job SET status = 'RUNNING', updated_at = now() WHERE id = ?").param(job).update();
        Counts counts = new Counts();
        Map<String, AgencyId> agencies = new LinkedHashMap<>();
        policeAgencies().forEach(a -> agencies.put(a.name().toLowerCase(Locale.ROOT), a.id()));
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
             CsvRecords records = new CsvRecords(in)) {
            CsvRecords.Row header = records.next();
            Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
            String headerProblem = header(header, positions);
            if (headerProblem != null) {
                finish(job, counts, "FAILED", headerProblem);
                return;
            }
            int width = header.fields().size();
            CsvRecords.Row row;
            while ((row = records.next()) != null) {
                counts.read++;
                importRow(job, row, width, positions, agency, agencies, counts);
                counts.flush(job, false);
            }
            finish(job, counts, "DONE", null);
        } catch (IOException | RuntimeException e) {
            // a short reference to quote to support, who find it in the log (never an id in front of a user)
            String ref = UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
            log.error("Import {} stopped ({})", job, ref, e);
            finish(job, counts, "FAILED", "The import stopped at row " + counts.read + " because of an error in "
                    + "Hearth (reference " + ref + "). Rows before it were imported; upload the file again to import "
                    + "the rest (rows already imported are skipped).");
        }
    }

    private void importRow(UUID job, CsvRecords.Row row, int width, Map<ImportColumn, Integer> positions,
            AgencyId agency, Map<String, AgencyId> agencies, Counts counts) {
        Consumer<String> reject = reason -> {
            counts.rejected++;
            String ref = row.fields() == null ? null : policeReference(row, positions);
            jdbc.sql("INSERT INTO import_rejection (job_id, line, police_reference, reason) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT DO NOTHING").params(job, row.line(), ref, reason).update();
        };
        if (row.problem() != null) {
            reject.accept(row.problem());
            return;
        }
        if (row.fields().size() != width) {
            reject.accept("The line has " + row.fields().size() + (row.fields().size() == 1 ? " column" : " columns")
                    + "; the header has " + width);
            return;
        }
        IncidentRow.Checked checked = IncidentRow.check(positions, row.fields(), agency, agencies, LocalDate.now());
        if (!checked.problems().isEmpty()) {
            reject.accept(String.join("; ", checked.problems()));
            return;
        }
        // Intake.receive checks the police reference first, in the row's own transaction (one query fewer a row)
        try {
            intake.receive(checked.referral());
            counts.imported++;
        } catch (DuplicatePoliceReferenceException | DuplicateKeyException e) {
            counts.already++;
        } catch (RuntimeException e) {
            // a short reference to quote to support, who find it in the log (never an id in front of a user)
            String ref = UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
            log.error("Import {} could not save line {} ({})", job, row.line(), ref, e);
            reject.accept("Hearth could not save this row (reference " + ref + ")");
        }
    }

    private static String policeReference(CsvRecords.Row row, Map<ImportColumn, Integer> positions) {
        Integer at = positions.get(ImportColumn.POLICE_REFERENCE);
        if (at == null || at >= row.fields().size()) {
            return null;
        }
        String v = row.fields().get(at).trim();
        return v.isEmpty() ? null : v.length() > 40 ? v.substring(0, 40) : v;
    }

    /** Reads the header into column positions; returns why it is unusable, or null. */
    private static String header(CsvRecords.Row header, Map<ImportColumn, Integer> positions) {
        if (header == null) {
            return "The file is empty.";
        }
        if (header.problem() != null) {
            return "The header line cannot be read: " + header.problem() + ".";
        }
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i);
            Optional<ImportColumn> column = ImportColumn.of(name);
            if (column.isEmpty()) {
                unknown.add(name.length() > 40 ? name.substring(0, 40) + "…" : name);
            } else if (positions.putIfAbsent(column.get(), i) != null) {
                return "The header names the column " + column.get().header() + " twice. Nothing was imported.";
            }
        }
        if (!unknown.isEmpty()) {
            return "The header has columns Hearth does not know: " + String.join(", ", unknown)
                    + ". Check them against the column specification. Nothing was imported.";
        }
        List<String> missing = java.util.Arrays.stream(ImportColumn.values())
                .filter(c -> c.required() && !positions.containsKey(c)).map(ImportColumn::header).toList();
        if (!missing.isEmpty()) {
            return "The header lacks required columns: " + String.join(", ", missing) + ". Nothing was imported.";
        }
        return null;
    }

    private void finish(UUID job, Counts counts, String status, String message) {
        counts.flush(job, true);
        jdbc.sql("UPDATE import_job SET status = ?, message = ?, finished_at = now(), updated_at = now() WHERE id = ?")
                .params(status, message, job).update();
        audit.record(AuditAction.UPDATE, "import_job", List.of(job.toString()), "import " + status.toLowerCase()
                + ": " + counts.imported + " imported, " + counts.already + " already imported, " + counts.rejected
                + " rejected");
    }

    /** The job, if this member of staff may see it: its uploader, or a hub coordinator. */
    public Optional<ImportJob> find(UUID id) {
        StaffPrincipal me = staff();
        return jdbc.sql(SELECT + " WHERE j.id = ?").param(id).query(PoliceImports::map).optional()
                .filter(j -> me.hasRole(Role.HUB_COORDINATOR) || j.uploadedBy().equals(me.id().value()));
    }

    /** The latest jobs this member of staff may see. */
    public List<ImportJob> recent() {
        StaffPrincipal me = staff();
        return jdbc.sql(SELECT + " WHERE (? OR j.uploaded_by = ?) ORDER BY j.created_at DESC LIMIT 10")
                .params(me.hasRole(Role.HUB_COORDINATOR), me.id().value()).query(PoliceImports::map).list();
    }

    /** Rejected rows in line order, from {@code offset}. */
    public List<ImportJob.Rejection> rejections(UUID job, int offset, int limit) {
        return jdbc.sql("SELECT line, police_reference, reason FROM import_rejection WHERE job_id = ? ORDER BY line "
                + "LIMIT ? OFFSET ?").params(job, limit, offset)
                .query((rs, n) -> new ImportJob.Rejection(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Streams every rejection of a job, in line order, without holding them all. */
    public void eachRejection(UUID job, Consumer<ImportJob.Rejection> each) {
        jdbc.sql("SELECT line, police_reference, reason FROM import_rejection WHERE job_id = ? ORDER BY line")
                .param(job).query(rs -> {
                    each.accept(new ImportJob.Rejection(rs.getLong(1), rs.getString(2), rs.getString(3)));
                });
    }

    private static final String SELECT = """
            SELECT j.*, a.name AS agency_name, u.display_name AS uploaded_by_name,
                   (j.status IN ('QUEUED', 'RUNNING') AND j.updated_at < now() - make_interval(mins => 10)) AS stalled
            FROM import_job j JOIN agency a ON a.id = j.agency_id JOIN staff_user u ON u.id = j.uploaded_by""";

    private static ImportJob map(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        boolean stalled = rs.getBoolean("stalled");
        return new ImportJob(rs.getObject("id", UUID.class), rs.getString("file_name"),
                rs.getObject("agency_id", UUID.class), rs.getString("agency_name"),
                rs.getObject("uploaded_by", UUID.class), rs.getString("uploaded_by_name"),
                stalled ? ImportJob.Status.FAILED : ImportJob.Status.valueOf(rs.getString("status")),
                rs.getInt("rows_read"), rs.getInt("imported"), rs.getInt("already_imported"), rs.getInt("rejected"),
                stalled ? "The import stopped (Hearth may have restarted). Upload the file again: rows already "
                        + "imported are skipped." : rs.getString("message"),
                rs.getTimestamp("created_at").toInstant(), finished == null ? null : finished.toInstant());
    }

    private static StaffPrincipal staff() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof StaffPrincipal p) {
            return p;
        }
        throw new AccessDeniedException("Not signed in");
    }
}
