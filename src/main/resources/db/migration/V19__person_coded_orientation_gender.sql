-- Coded sexual orientation and gender identity (issue 12: the SafeLives MARAC return counts LGBT+ victims), beside
-- the free text the person record already holds (kept: it is the person's own words). "Prefers not to say"
-- (NOT_STATED) and "Not known" (NOT_KNOWN, the default) are codes of their own.
ALTER TABLE person
    ADD COLUMN sexual_orientation_code TEXT NOT NULL DEFAULT 'NOT_KNOWN'
        CHECK (sexual_orientation_code IN ('HETEROSEXUAL', 'GAY_OR_LESBIAN', 'BISEXUAL', 'OTHER', 'NOT_STATED',
                                           'NOT_KNOWN')),
    ADD COLUMN gender_identity_code TEXT NOT NULL DEFAULT 'NOT_KNOWN'
        CHECK (gender_identity_code IN ('SAME_AS_SEX_AT_BIRTH', 'TRANS_WOMAN', 'TRANS_MAN', 'NON_BINARY', 'OTHER',
                                        'NOT_STATED', 'NOT_KNOWN'));

-- free text that says plainly what it is gets its code; anything else stays "Not known" for a person to code
UPDATE person SET sexual_orientation_code = CASE lower(trim(sexual_orientation))
        WHEN 'heterosexual' THEN 'HETEROSEXUAL' WHEN 'straight' THEN 'HETEROSEXUAL'
        WHEN 'straight or heterosexual' THEN 'HETEROSEXUAL'
        WHEN 'gay' THEN 'GAY_OR_LESBIAN' WHEN 'lesbian' THEN 'GAY_OR_LESBIAN' WHEN 'gay or lesbian' THEN 'GAY_OR_LESBIAN'
        WHEN 'bisexual' THEN 'BISEXUAL'
        WHEN 'prefer not to say' THEN 'NOT_STATED' WHEN 'prefers not to say' THEN 'NOT_STATED'
        ELSE 'NOT_KNOWN' END
WHERE sexual_orientation IS NOT NULL;
UPDATE person SET gender_identity_code = CASE lower(trim(gender_identity))
        WHEN 'trans woman' THEN 'TRANS_WOMAN' WHEN 'trans man' THEN 'TRANS_MAN'
        WHEN 'non-binary' THEN 'NON_BINARY' WHEN 'non binary' THEN 'NON_BINARY'
        WHEN 'prefer not to say' THEN 'NOT_STATED' WHEN 'prefers not to say' THEN 'NOT_STATED'
        ELSE 'NOT_KNOWN' END
WHERE gender_identity IS NOT NULL;
