package org.hearth.referrals.importing;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
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
import org.hearth.platform.DaemonThreads;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private final ImportRun runs;
    private final Partnerships partnerships;
    private final AuditTrail audit;
    private final StaffUsers staffUsers;
    private final Duration resumeAfter;
    /** Jobs queued or running on this instance (never resumed from here while they are). */
    private final Set<UUID> mine = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(DaemonThreads.named("police-import"));
    private final ScheduledExecutorService resumer =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("police-import-resume"));
    private final Duration resumeCheck;

    PoliceImports(JdbcClient jdbc, ImportRun runs, Partnerships partnerships, AuditTrail audit, StaffUsers staffUsers,
            @Value("${hearth.import.resume-after:60s}") Duration resumeAfter,
            @Value("${hearth.import.resume-check:30s}") Duration resumeCheck) {
        this.jdbc = jdbc;
        this.runs = runs;
        this.partnerships = partnerships;
        this.audit = audit;
        this.staffUsers = staffUsers;
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
                ended = runs.run(id, file, agency, resuming);
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

    /** The job, if this member of staff may see it: its uploader, or a hub coordinator. */
    public Optional<ImportJob> find(UUID id) {
        StaffPrincipal me = staff();
        return jdbc.sql(SELECT + " WHERE j.id = ?").param(id).query(this::map).optional()
                .filter(j -> me.hasRole(Role.HUB_COORDINATOR) || j.uploadedBy().equals(me.id().value()));
    }

    /** The latest jobs this member of staff may see. */
    public List<ImportJob> recent() {
        StaffPrincipal me = staff();
        return jdbc.sql(SELECT + " WHERE (? OR j.uploaded_by = ?) ORDER BY j.created_at DESC LIMIT 10")
                .params(me.hasRole(Role.HUB_COORDINATOR), me.id().value()).query(this::map).list();
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

    private ImportJob map(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        // a job queued here again (resumed) is not stalled while it waits for the worker to claim it
        boolean stalled = rs.getBoolean("stalled") && !mine.contains(rs.getObject("id", UUID.class));
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
