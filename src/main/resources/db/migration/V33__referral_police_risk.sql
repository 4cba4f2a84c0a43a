-- The police's own DASH grade and score, as the force sent them (police import, API): optional. The hub's agenda
-- orders by them when the victim has no assessment recorded in Hearth.
ALTER TABLE referral ADD COLUMN police_risk_grade TEXT CHECK (police_risk_grade IN ('STANDARD', 'MEDIUM', 'HIGH'));
ALTER TABLE referral ADD COLUMN police_risk_score INTEGER CHECK (police_risk_score BETWEEN 0 AND 27);
