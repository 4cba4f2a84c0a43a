-- The SafeLives MARAC data return (issue 12, point 8).

-- Women aged 16 and over living in each area (the denominator of "cases per 10,000 women aged 16+"), set by an
-- administrator from the latest population estimate, with where the figure came from.
CREATE TABLE marac_area_women (
    area_id        UUID PRIMARY KEY REFERENCES area (id),
    women_16_plus  INTEGER NOT NULL CHECK (women_16_plus > 0),
    source         TEXT CHECK (length(source) <= 200),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by     UUID REFERENCES staff_user (id)
);

-- THE definition of a case discussed at a MARAC, used by the return and by insights alike: a referral to MARAC on
-- the agenda of a meeting that was held. Until meetings record that they were held, a meeting counts as held when
-- its agenda was published and its day has come (UK time). Repeats are included (the flag says which).
-- area_id: the area of the front-door referral that led to it, else the MARAC's area when it covers only one.
CREATE VIEW marac_case_discussed AS
SELECT r.id AS marac_referral_id, r.reference, r.marac_id, m.id AS meeting_id, m.meets_on, r.victim_id,
       r.referring_agency_id, r.repeat, r.referred_on, r.referral_id,
       COALESCE((SELECT fr.area_id FROM referral fr WHERE fr.id = r.referral_id),
                (SELECT min(ma.area_id::text)::uuid FROM marac_area ma WHERE ma.marac_id = r.marac_id
                 HAVING count(*) = 1)) AS area_id
FROM marac_referral r
JOIN marac_meeting m ON m.id = r.meeting_id
WHERE m.published_at IS NOT NULL
  AND m.meets_on <= (now() AT TIME ZONE 'Europe/London')::date;
