-- MARAC minutes (issue 12, point 6): issued once the meeting is held, as a PDF per member agency. Each download is
-- audited (audit_event); this records when they were issued and by whom.
ALTER TABLE marac_meeting
    ADD COLUMN minutes_issued_at  TIMESTAMPTZ,
    ADD COLUMN minutes_issued_by  UUID REFERENCES staff_user (id),
    ADD CONSTRAINT marac_meeting_minutes_after_held CHECK (minutes_issued_at IS NULL OR held_at IS NOT NULL);
