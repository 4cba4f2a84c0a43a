package org.hearth.referrals.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.partnership.Sector;
import org.hearth.people.PersonMatcher;
import org.hearth.referrals.DuplicatePoliceReferenceException;
import org.hearth.referrals.internal.Arrivals;
import org.hearth.referrals.internal.Intake;
import org.hearth.referrals.internal.LeftForTheHub;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One run of an import job, for {@link PoliceImports} on its worker thread, as the job's uploader: claims the job
 * with a token, reads the file past its committed rows, and imports the rest in chunks of
 * {@code hearth.import.chunk-rows} rows, each in one transaction with the job's counts (its audit entries held and
 * merged, its possible matches held, its referrals announced by one {@code ReferralsReceived}); a chunk that fails is rolled back and its
 * rows imported one by one, so a failing row is rejected alone. See docs/police-import.md.
 */
@Component
class ImportRun {

    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);

    private final JdbcClient jdbc;
    private final Intake intake;
    private final Arrivals arrivals;
    private final LeftForTheHub forTheHub;
    private final Partnerships partnerships;
    private final AuditTrail audit;
    private final PersonMatcher matcher;
    private final TransactionTemplate tx;
    private final int chunkRows;
    private final Duration resumeAfter;

    ImportRun(JdbcClient jdbc, Intake intake, Arrivals arrivals, LeftForTheHub forTheHub, Partnerships partnerships,
            AuditTrail audit, PersonMatcher matcher, PlatformTransactionManager transactions,
            @Value("${hearth.import.chunk-rows:100}") int chunkRows,
            @Value("${hearth.import.resume-after:60s}") Duration resumeAfter) {
        this.jdbc = jdbc;
        this.intake = intake;
        this.arrivals = arrivals;
        this.forTheHub = forTheHub;
        this.partnerships = partnerships;
        this.audit = audit;
        this.matcher = matcher;
        this.tx = new TransactionTemplate(transactions);
        this.chunkRows = Math.max(1, chunkRows);
        this.resumeAfter = resumeAfter;
    }

    private List<org.hearth.partnership.Agency> policeAgencies() {
        return partnerships.agencies().stream().filter(a -> a.active() && a.sector() == Sector.POLICE).toList();
    }

    /** Why a run stops at once: another run holds its job. */
    private static final class TakenOver extends RuntimeException {
        TakenOver() {
            super("import taken over by another run", null, false, false);
        }
    }

    /** Returns whether the job ended (done or failed), so its file may go. */
    boolean run(UUID job, Path file, AgencyId agency, boolean resuming) {
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
        ImportCounts counts = jdbc.sql(
                "SELECT rows_read, imported, already_imported, rejected FROM import_job WHERE id = ?").param(job)
                .query((rs, n) -> {
                    ImportCounts c = new ImportCounts();
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
            String headerProblem = ImportRows.header(header, positions);
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
        void commit(ImportCounts counts) {
            if (rows.isEmpty()) {
                return;
            }
            try {
                ImportCounts chunk = new ImportCounts();
                tx.executeWithoutResult(status -> {
                    matcher.matchUncommitted();
                    // the chunk's audit entries go in at its commit, merged (an entry naming every record of its
                    // kind), and its possible matches for the hub in two statements
                    audit.mergeUntilCommit();
                    forTheHub.hold();
                    // and its ReferralReceived events as one ReferralsReceived
                    arrivals.hold();
                    List<IncidentRow.Checked> checked = new ArrayList<>(rows.size());
                    List<String> references = new ArrayList<>();
                    for (CsvRecords.Row row : rows) {
                        IncidentRow.Checked c = ImportRows.check(row, width, positions, agency, agencies);
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
        private void alone(CsvRecords.Row row, ImportCounts counts) {
            ImportCounts one = new ImportCounts();
            try {
                tx.executeWithoutResult(status -> {
                    audit.mergeUntilCommit();
                    forTheHub.hold();
                    IncidentRow.Checked c = ImportRows.check(row, width, positions, agency, agencies);
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
                ImportCounts already = new ImportCounts();
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
                ImportCounts rejected = new ImportCounts();
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
    private void progress(UUID job, UUID runner, ImportCounts counts, ImportCounts delta) {
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

    private void reject(UUID job, CsvRecords.Row row, Map<ImportColumn, Integer> positions, ImportCounts counts,
            String reason) {
        counts.rejected++;
        String ref = row.fields() == null ? null : ImportRows.policeReference(row, positions);
        jdbc.sql("INSERT INTO import_rejection (job_id, line, police_reference, reason) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING").params(job, row.line(), ref, reason).update();
    }

    /**
     * Imports one row, checked by {@link ImportRows#check}, in the current transaction, counting its outcome. {@code known}
     * holds the police references (upper case) already in Hearth or imported earlier in this transaction; the row's
     * is added. A row Hearth cannot save throws (and the transaction is rolled back): the caller retries or
     * rejects it.
     */
    private void importRow(UUID job, CsvRecords.Row row, IncidentRow.Checked checked, int width,
            Map<ImportColumn, Integer> positions, Set<String> known, ImportCounts counts) {
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

    private void finish(UUID job, UUID runner, ImportCounts counts, String status, String message) {
        tx.executeWithoutResult(t -> {
            progress(job, runner, counts, new ImportCounts());
            jdbc.sql("UPDATE import_job SET status = ?, message = ?, finished_at = now(), updated_at = now(), "
                    + "file_path = NULL WHERE id = ?").params(status, message, job).update();
            audit.record(AuditAction.UPDATE, "import_job", List.of(job.toString()), "import " + status.toLowerCase()
                    + ": " + counts.imported + " imported, " + counts.already + " already imported, "
                    + counts.rejected + " rejected");
        });
    }
}
