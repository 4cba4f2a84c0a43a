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
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserId;
import org.hearth.access.StaffUsers;
import org.hearth.people.PersonMatcher;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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
 * staff who uploaded them. The file is read as a stream (see {@link CsvRecords}) and imported in chunks of
 * {@code hearth.import.chunk-rows} rows (100), each chunk in one transaction through {@link Intake} (so through
 * {@code Referrals.submit}, audited and publishing {@code ReferralReceived}), together with the chunk's
 * rejections and the job's counts. If anything in a chunk fails, the chunk is rolled back and each of its rows is
 * imported again in a transaction of its own: the failing row is rejected whole, the others go in. Matching
 * inside a chunk sees the people the chunk's earlier rows created ({@link PersonMatcher#matchUncommitted}).
 *
 * <p>Progress is written to {@code import_job} only with the rows it counts, so {@code rows_read} is always the
 * committed prefix of the file. A job whose run stopped (a crash, {@code kill -9}, a restart) is taken up again
 * by {@link #resumeInterrupted} from the next row: at start-up and every {@code hearth.import.resume-check}, any
 * unfinished job not heard from for {@code hearth.import.resume-after} whose file is still there. Each run
 * claims the job with a token that every chunk's commit checks, so two runs never import the same rows. A row
 * whose police reference Hearth already has is counted as already imported, so a file can be imported again
 * safely.
 */
@Service
public class PoliceImports {

    private static final Logger log = LoggerFactory.getLogger(PoliceImports.class);
    /** A running job not heard from for this long was stopped and could not be resumed: shown as failed. */
    static final Duration STALLED = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final Intake intake;
    private final org.hearth.referrals.internal.Arrivals arrivals;
    private final Partnerships partnerships;
    private final AuditTrail audit;
    private final PersonMatcher matcher;
    private final StaffUsers staffUsers;
    private final TransactionTemplate tx;
    private final int chunkRows;
    private final Duration resumeAfter;
    /** Jobs queued or running on this instance (never resumed from here while they are). */
    private final Set<UUID> mine = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "police-import");
        t.setDaemon(true);
        return t;
    });
    private final ScheduledExecutorService resumer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "police-import-resume");
        t.setDaemon(true);
        return t;
    });
    private final Duration resumeCheck;

    PoliceImports(JdbcClient jdbc, Intake intake, Partnerships partnerships, AuditTrail audit, PersonMatcher matcher,
            StaffUsers staffUsers, PlatformTransactionManager transactions,
            @Value("${hearth.import.chunk-rows:100}") int chunkRows,
            @Value("${hearth.import.resume-after:60s}") Duration resumeAfter,
            @Value("${hearth.import.resume-check:30s}") Duration resumeCheck,
            org.hearth.referrals.internal.Arrivals arrivals) {
        this.arrivals = arrivals;
        this.jdbc = jdbc;
        this.intake = intake;
        this.partnerships = partnerships;
        this.audit = audit;
        this.matcher = matcher;
        this.staffUsers = staffUsers;
        this.tx = new TransactionTemplate(transactions);
        this.chunkRows = Math.max(1, chunkRows);
        this.resumeAfter = resumeAfter;
        this.resumeCheck = resumeCheck;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startResuming() {
        resumer.scheduleWithFixedDelay(() -> {
            try {
                resumeInterrupted();
            } catch (RuntimeException e) {
                log.warn("Could not look for interrupted imports: {}", e.getClass().getSimpleName());
            }
        }, 0, resumeCheck.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        resumer.shutdownNow();
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
     * Takes over {@code file} (deleting it when the job ends; it is kept while the job may be resumed) and queues
     * its import for {@code agency}, a police agency. Returns the job's id at once.
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
        jdbc.sql("INSERT INTO import_job (id, file_name, agency_id, uploaded_by, status, file_path) "
                + "VALUES (?, ?, ?, ?, 'QUEUED', ?)")
                .params(id, name.length() > 200 ? name.substring(0, 200) : name, agency.value(), me.id().value(),
                        file.toAbsolutePath().toString())
                .update();
        audit.record(AuditAction.CREATE, "import_job", List.of(id.toString()), "police incident file uploaded");
        // a copy: signing out clears the session's context, but the import goes on as its uploader
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        queue(id, file, agency, context, false);
        return id;
    }

    private void queue(UUID id, Path file, AgencyId agency, SecurityContext context, boolean resuming) {
        mine.add(id);
        worker.execute(() -> {
            SecurityContextHolder.setContext(context);
            boolean ended = false;
            try {
                ended = run(id, file, agency, resuming);
            } finally {
                SecurityContextHolder.clearContext();
                mine.remove(id);
                if (ended) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        log.warn("Could not delete the uploaded file of import {}", id);
                    }
                }
            }
        });
    }

    /**
     * Takes up every unfinished import not heard from for {@code hearth.import.resume-after} (its run stopped: a
     * crash, {@code kill -9}, a restart) and not queued here: it goes on from the row after the last one
     * committed, as its uploader. One whose file is gone, or whose uploader may no longer import, is marked
     * failed. Returns how many were queued again.
     */
    public int resumeInterrupted() {
        List<UUID> stale = jdbc.sql("SELECT id FROM import_job WHERE status IN ('QUEUED', 'RUNNING') "
                + "AND updated_at < now() - make_interval(secs => ?) ORDER BY created_at")
                .param((double) resumeAfter.toMillis() / 1000).query(UUID.class).list();
        int queued = 0;
        for (UUID id : stale) {
            if (mine.contains(id)) {
                continue;
            }
            var job = jdbc.sql("SELECT file_path, agency_id, uploaded_by FROM import_job WHERE id = ?").param(id)
                    .query((rs, n) -> new Object[] {rs.getString(1), new AgencyId(rs.getObject(2, UUID.class)),
                        new StaffUserId(rs.getObject(3, UUID.class))}).single();
            Path file = job[0] == null ? null : Path.of((String) job[0]);
            Optional<StaffPrincipal> uploader = staffUsers.find((StaffUserId) job[2]).filter(StaffUser::enabled)
                    .map(u -> new StaffPrincipal(u.id(), u.username(), u.displayName(), u.agency(), u.roles(), true,
                            u.demo(), u.mfaEnrolled(), null))
                    .filter(this::mayImport);
            String failed = file == null || !Files.isReadable(file)
                    ? "The import stopped (Hearth restarted) and its file is no longer there. Upload the file again: "
                            + "rows already imported are skipped."
                    : uploader.isEmpty() ? "The import stopped (Hearth restarted) and could not go on: the member "
                            + "of staff who uploaded it may no longer import. Rows before it were imported."
                    : null;
            if (failed != null) {
                int n = jdbc.sql("UPDATE import_job SET status = 'FAILED', message = ?, finished_at = now(), "
                        + "updated_at = now(), runner = NULL WHERE id = ? AND status IN ('QUEUED', 'RUNNING') "
                        + "AND updated_at < now() - make_interval(secs => ?)")
                        .params(failed, id, (double) resumeAfter.toMillis() / 1000).update();
                if (n == 1) {
                    audit.recordFor("Hearth", null, AuditAction.UPDATE, "import_job", List.of(id.toString()),
                            "import failed: interrupted and not resumable");
                }
                continue;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            StaffPrincipal p = uploader.get();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
            log.info("Resuming interrupted import {}", id);
            queue(id, file, (AgencyId) job[1], context, true);
            queued++;
        }
        return queued;
    }

    /** Rows read and their outcomes: the job's committed counts, or one chunk's. */
    private static final class Counts {
        int read;
        int imported;
        int already;
        int rejected;

        void add(Counts o) {
            read += o.read;
            imported += o.imported;
            already += o.already;
            rejected += o.rejected;
        }
    }

    /** Why a run stops at once: another run holds its job. */
    private static final class TakenOver extends RuntimeException {
        TakenOver() {
            super("import taken over by another run", null, false, false);
        }
    }

    /** Returns whether the job ended (done or failed), so its file may go. */
    private boolean run(UUID job, Path file, AgencyId agency, boolean resuming) {
        UUID runner = UUID.randomUUID();
        double since = resumeAfter.toMillis() / 1000.0;
        int claimed = jdbc.sql("""
                UPDATE import_job SET status = 'RUNNING', runner = ?, updated_at = now(),
                    resumed = resumed + CASE WHEN runner IS NULL AND status = 'QUEUED' THEN 0 ELSE 1 END
                WHERE id = ? AND status IN ('QUEUED', 'RUNNING')
                  AND ((status = 'QUEUED' AND runner IS NULL AND NOT ?)
                       OR updated_at < now() - make_interval(secs => ?))""")
                .params(runner, job, resuming, since).update();
        if (claimed == 0) {
            log.info("Import {} is held by another run or has ended", job);
            return false;
        }
        Counts counts = jdbc.sql("SELECT rows_read, imported, already_imported, rejected FROM import_job WHERE id = ?")
                .param(job).query((rs, n) -> {
                    Counts c = new Counts();
                    c.read = rs.getInt(1);
                    c.imported = rs.getInt(2);
                    c.already = rs.getInt(3);
                    c.rejected = rs.getInt(4);
                    return c;
                }).single();
        if (counts.read > 0) {
            audit.record(AuditAction.UPDATE, "import_job", List.of(job.toString()),
                    "import resumed after row " + counts.read);
        }
        Map<String, AgencyId> agencies = new LinkedHashMap<>();
        policeAgencies().forEach(a -> agencies.put(a.name().toLowerCase(Locale.ROOT), a.id()));
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             CsvRecords records = new CsvRecords(in)) {
            CsvRecords.Row header = records.next();
            Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
            String headerProblem = header(header, positions);
            if (headerProblem != null) {
                finish(job, runner, counts, "FAILED", headerProblem);
                return true;
            }
            int width = header.fields().size();
            // the committed prefix: read past it, never import it again
            for (int skipped = 0; skipped < counts.read; skipped++) {
                if (records.next() == null) {
                    break;
                }
            }
            Chunk chunk = new Chunk(job, runner, width, positions, agency, agencies);
            CsvRecords.Row row;
            while ((row = records.next()) != null) {
                chunk.rows.add(row);
                if (chunk.rows.size() >= chunkRows) {
                    chunk.commit(counts);
                }
            }
            chunk.commit(counts);
            finish(job, runner, counts, "DONE", null);
            return true;
        } catch (TakenOver e) {
            log.info("Import {} was taken over by another run; this one stops", job);
            return false;
        } catch (IOException | RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                // shutting down: the job stays unfinished and is resumed by the next instance
                log.info("Import {} interrupted at row {}; it will be resumed", job, counts.read);
                return false;
            }
            // a short reference to quote to support, who find it in the log (never an id in front of a user)
            String ref = UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
            log.error("Import {} stopped ({})", job, ref, e);
            finish(job, runner, counts, "FAILED", "The import stopped at row " + counts.read + " because of an error "
                    + "in Hearth (reference " + ref + "). Rows before it were imported; upload the file again to "
                    + "import the rest (rows already imported are skipped).");
            return true;
        }
    }

    /** The rows read since the last commit, and how to commit them. */
    private final class Chunk {
        final UUID job;
        final UUID runner;
        final int width;
        final Map<ImportColumn, Integer> positions;
        final AgencyId agency;
        final Map<String, AgencyId> agencies;
        final List<CsvRecords.Row> rows = new ArrayList<>();

        Chunk(UUID job, UUID runner, int width, Map<ImportColumn, Integer> positions, AgencyId agency,
                Map<String, AgencyId> agencies) {
            this.job = job;
            this.runner = runner;
            this.width = width;
            this.positions = positions;
            this.agency = agency;
            this.agencies = agencies;
        }

        /**
         * Imports the rows in one transaction with the job's new counts; if that fails, each row alone. Adds the
         * outcomes to {@code counts} once committed.
         */
        void commit(Counts counts) {
            if (rows.isEmpty()) {
                return;
            }
            try {
                Counts chunk = new Counts();
                tx.executeWithoutResult(status -> {
                    matcher.matchUncommitted();
                    // the chunk's audit entries go in as one batch at its commit
                    audit.batchUntilCommit();
                    // and its ReferralReceived events as one ReferralsReceived
                    arrivals.hold();
                    List<IncidentRow.Checked> checked = new ArrayList<>(rows.size());
                    List<String> references = new ArrayList<>();
                    for (CsvRecords.Row row : rows) {
                        IncidentRow.Checked c = check(row, width, positions, agency, agencies);
                        checked.add(c);
                        if (c != null && c.problems().isEmpty()) {
                            references.add(c.referral().policeReference());
                        }
                    }
                    // the police references Hearth has already, asked once for the chunk; and those seen in it
                    Set<String> known = new java.util.HashSet<>(intake.existingAmong(references));
                    for (int i = 0; i < rows.size(); i++) {
                        importRow(job, rows.get(i), checked.get(i), width, positions, known, chunk);
                    }
                    arrivals.publishHeld();
                    progress(job, runner, counts, chunk);
                });
                counts.add(chunk);
            } catch (TakenOver e) {
                throw e;
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                log.info("Import {}: a chunk of {} rows from line {} failed ({}); importing them one by one", job,
                        rows.size(), rows.get(0).line(), e.getClass().getSimpleName());
                for (CsvRecords.Row row : rows) {
                    alone(row, counts);
                }
            }
            rows.clear();
        }

        /** One row in a transaction of its own, with the job's counts; a failure rejects it in another. */
        private void alone(CsvRecords.Row row, Counts counts) {
            Counts one = new Counts();
            try {
                tx.executeWithoutResult(status -> {
                    audit.batchUntilCommit();
                    IncidentRow.Checked c = check(row, width, positions, agency, agencies);
                    Set<String> known = new java.util.HashSet<>(c != null && c.problems().isEmpty()
                            ? intake.existingAmong(List.of(c.referral().policeReference())) : Set.of());
                    importRow(job, row, c, width, positions, known, one);
                    progress(job, runner, counts, one);
                });
                counts.add(one);
                return;
            } catch (TakenOver e) {
                throw e;
            } catch (DuplicatePoliceReferenceException | DuplicateKeyException e) {
                Counts already = new Counts();
                already.read = 1;
                already.already = 1;
                tx.executeWithoutResult(status -> progress(job, runner, counts, already));
                counts.add(already);
                return;
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                // a short reference to quote to support, who find it in the log (never an id in front of a user)
                String ref = UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
                log.error("Import {} could not save line {} ({})", job, row.line(), ref, e);
                Counts rejected = new Counts();
                rejected.read = 1;
                tx.executeWithoutResult(status -> {
                    reject(job, row, positions, rejected, "Hearth could not save this row (reference " + ref + ")");
                    progress(job, runner, counts, rejected);
                });
                counts.add(rejected);
            }
        }
    }

    /** Writes the job's counts with {@code delta} added, in the chunk's transaction; stops if the job was taken. */
    private void progress(UUID job, UUID runner, Counts counts, Counts delta) {
        int n = jdbc.sql("""
                UPDATE import_job SET rows_read = ?, imported = ?, already_imported = ?, rejected = ?,
                    updated_at = now() WHERE id = ? AND runner = ?""")
                .params(counts.read + delta.read, counts.imported + delta.imported, counts.already + delta.already,
                        counts.rejected + delta.rejected, job, runner)
                .update();
        if (n != 1) {
            throw new TakenOver();
        }
    }

    private void reject(UUID job, CsvRecords.Row row, Map<ImportColumn, Integer> positions, Counts counts,
            String reason) {
        counts.rejected++;
        String ref = row.fields() == null ? null : policeReference(row, positions);
        jdbc.sql("INSERT INTO import_rejection (job_id, line, police_reference, reason) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING").params(job, row.line(), ref, reason).update();
    }

    /** The row checked, or null when it cannot be (it could not be read, or has the wrong number of columns). */
    private static IncidentRow.Checked check(CsvRecords.Row row, int width, Map<ImportColumn, Integer> positions,
            AgencyId agency, Map<String, AgencyId> agencies) {
        if (row.problem() != null || row.fields().size() != width) {
            return null;
        }
        return IncidentRow.check(positions, row.fields(), agency, agencies, LocalDate.now());
    }

    /**
     * Imports one row, checked by {@link #check}, in the current transaction, counting its outcome. {@code known}
     * holds the police references (upper case) already in Hearth or imported earlier in this transaction; the row's
     * is added. A row Hearth cannot save throws (and the transaction is rolled back): the caller retries or
     * rejects it.
     */
    private void importRow(UUID job, CsvRecords.Row row, IncidentRow.Checked checked, int width,
            Map<ImportColumn, Integer> positions, Set<String> known, Counts counts) {
        counts.read++;
        if (row.problem() != null) {
            reject(job, row, positions, counts, row.problem());
            return;
        }
        if (row.fields().size() != width) {
            reject(job, row, positions, counts, "The line has " + row.fields().size()
                    + (row.fields().size() == 1 ? " column" : " columns") + "; the header has " + width);
            return;
        }
        if (!checked.problems().isEmpty()) {
            reject(job, row, positions, counts, String.join("; ", checked.problems()));
            return;
        }
        // known already (an earlier file, or an earlier row of this chunk): asked first, as a throw from
        // Intake.receive would mark the whole chunk's transaction for rollback
        String reference = checked.referral().policeReference();
        if (reference != null && !reference.isBlank()
                && !known.add(reference.trim().toUpperCase(Locale.ROOT))) {
            counts.already++;
            return;
        }
        intake.receiveNew(checked.referral());
        counts.imported++;
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

    private void finish(UUID job, UUID runner, Counts counts, String status, String message) {
        tx.executeWithoutResult(t -> {
            progress(job, runner, counts, new Counts());
            jdbc.sql("UPDATE import_job SET status = ?, message = ?, finished_at = now(), updated_at = now(), "
                    + "file_path = NULL WHERE id = ?").params(status, message, job).update();
            audit.record(AuditAction.UPDATE, "import_job", List.of(job.toString()), "import " + status.toLowerCase()
                    + ": " + counts.imported + " imported, " + counts.already + " already imported, "
                    + counts.rejected + " rejected");
        });
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
