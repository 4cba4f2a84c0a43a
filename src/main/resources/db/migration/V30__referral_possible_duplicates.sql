-- The candidates the API and import doors left so far become pairs on the hub's list of possible duplicates.
INSERT INTO person_duplicate (person_a, person_b, probability, reasons, source)
SELECT DISTINCT ON (least(person_id, candidate_id), greatest(person_id, candidate_id))
       least(person_id, candidate_id), greatest(person_id, candidate_id), score, reasons, 'DOOR'
FROM referral_possible_match
WHERE resolved_at IS NULL AND person_id <> candidate_id
ORDER BY least(person_id, candidate_id), greatest(person_id, candidate_id), score DESC
ON CONFLICT DO NOTHING;
