-- A police import commits its rows in chunks, each with the job's counts, so rows_read is always the committed
-- prefix of the file. The uploaded file's path is kept until the job ends, so a job whose instance stopped
-- (a crash, kill -9, a restart) is taken up again from the next row by the next instance to start or look.
ALTER TABLE import_job ADD COLUMN file_path TEXT;
ALTER TABLE import_job ADD COLUMN resumed INTEGER NOT NULL DEFAULT 0;
CREATE INDEX import_job_unfinished ON import_job (updated_at) WHERE status IN ('QUEUED', 'RUNNING');
-- The run that holds the job: every chunk's commit checks it, so a job taken over by another run (another
-- instance resuming it after this one looked stopped) is never imported twice.
ALTER TABLE import_job ADD COLUMN runner UUID;
