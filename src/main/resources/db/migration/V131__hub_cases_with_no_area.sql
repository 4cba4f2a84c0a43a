-- Cases with no area (docs/hub.md): a referral whose area nobody knows is on no area's agenda (it would reach every
-- area's representatives). It waits on the coordinators' list until a hub coordinator chooses its area (recorded on
-- the referral, and here), then it joins that area's agenda whatever the day it arrived.
CREATE TABLE hub_placement (
    referral_id UUID PRIMARY KEY,
    area_id     UUID NOT NULL REFERENCES area (id),
    placed_by   UUID NOT NULL,
    placed_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX hub_placement_area ON hub_placement (area_id);

-- cases of unknown area already on an agenda not yet ended, still waiting, leave it (they wait on the list instead)
DELETE FROM hub_case c USING hub_meeting m, referral r
WHERE m.id = c.meeting_id AND r.id = c.referral_id AND m.ended_at IS NULL AND NOT c.area_known
  AND c.decided_at IS NULL AND r.triage_outcome IS NULL
  AND NOT EXISTS (SELECT 1 FROM hub_information i WHERE i.case_id = c.id)
  AND NOT EXISTS (SELECT 1 FROM hub_action x WHERE x.case_id = c.id);
