-- Now that persons and referrals exist, tie assessments to them.
ALTER TABLE risk_assessment ADD CONSTRAINT risk_assessment_person FOREIGN KEY (person_id) REFERENCES person (id);
ALTER TABLE risk_assessment ADD CONSTRAINT risk_assessment_referral FOREIGN KEY (referral_id) REFERENCES referral (id);
