-- a counter bumped by every change to the insights read models, so a report computed from them can be kept until
-- they change (see ComputedIndicators)
ALTER TABLE insights_rollup_state ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
