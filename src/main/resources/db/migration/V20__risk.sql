-- Risk module: risk identification questionnaires as versioned data, and risk assessments.
--
-- A published questionnaire version is never changed: its questions cannot be updated or deleted,
-- and only its "active" flag may change. A new version of a checklist is a new risk_questionnaire row.
-- Assessments and their answers are append-only: a correction is a new assessment.
CREATE TABLE risk_questionnaire (
    id          UUID PRIMARY KEY,
    code        TEXT    NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    version     INTEGER NOT NULL CHECK (version > 0),
    title       TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT,
    -- offered for new assessments; old versions stay readable for the assessments made with them
    active      BOOLEAN NOT NULL DEFAULT true,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (code, version)
);

CREATE TABLE risk_question (
    questionnaire_id UUID    NOT NULL REFERENCES risk_questionnaire (id),
    number           INTEGER NOT NULL CHECK (number > 0),
    -- "(...)" stands for the name of the person causing harm
    text             TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    -- heading the question is grouped under, e.g. 'Children and dependants'
    section          TEXT,
    -- a prompt for professional judgement (strangulation, threats to kill, stalking, separation, escalation...)
    judgement_prompt BOOLEAN NOT NULL DEFAULT false,
    guidance         TEXT,
    PRIMARY KEY (questionnaire_id, number)
);

CREATE TABLE risk_assessment (
    id                  UUID PRIMARY KEY,
    -- the person assessed (org.hearth.people.PersonId). No foreign key yet: the people module has no
    -- person table so far. Add REFERENCES person (id) when it does.
    person_id           UUID    NOT NULL,
    questionnaire_id    UUID    NOT NULL REFERENCES risk_questionnaire (id),
    assessor_id         UUID    NOT NULL REFERENCES staff_user (id),
    agency_id           UUID    NOT NULL REFERENCES agency (id),
    assessed_on         DATE    NOT NULL,
    recorded_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- the referral this assessment belongs to (referrals module). No foreign key yet: no referral table so far.
    referral_id         UUID,
    narrative           TEXT,
    score               INTEGER NOT NULL CHECK (score >= 0),
    -- the threshold in force when the assessment was made, so the record explains itself if it changes
    high_risk_threshold INTEGER NOT NULL CHECK (high_risk_threshold > 0),
    visible_high_risk   BOOLEAN NOT NULL,
    suggested_grade     TEXT    NOT NULL CHECK (suggested_grade IN ('STANDARD', 'MEDIUM', 'HIGH')),
    final_grade         TEXT    NOT NULL CHECK (final_grade IN ('STANDARD', 'MEDIUM', 'HIGH')),
    grade_reason        TEXT,
    UNIQUE (id, questionnaire_id),
    CHECK (visible_high_risk = (score >= high_risk_threshold)),
    -- professional judgement may raise a grade, never lower a visible high risk
    CHECK (NOT visible_high_risk OR final_grade = 'HIGH')
);
CREATE INDEX risk_assessment_person ON risk_assessment (person_id, assessed_on DESC, recorded_at DESC);
CREATE INDEX risk_assessment_referral ON risk_assessment (referral_id) WHERE referral_id IS NOT NULL;

CREATE TABLE risk_answer (
    assessment_id    UUID    NOT NULL,
    questionnaire_id UUID    NOT NULL,
    question_number  INTEGER NOT NULL,
    answer           TEXT    NOT NULL CHECK (answer IN ('YES', 'NO', 'DONT_KNOW', 'NOT_ASKED')),
    notes            TEXT,
    PRIMARY KEY (assessment_id, question_number),
    -- an answer belongs to a question of the very questionnaire version its assessment used
    FOREIGN KEY (assessment_id, questionnaire_id) REFERENCES risk_assessment (id, questionnaire_id),
    FOREIGN KEY (questionnaire_id, question_number) REFERENCES risk_question (questionnaire_id, number)
);

-- Immutability, enforced by the database as well as the application.
CREATE FUNCTION risk_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: make a new version or a new assessment instead', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER risk_question_immutable BEFORE UPDATE OR DELETE ON risk_question
    FOR EACH ROW EXECUTE FUNCTION risk_refuse_change();
CREATE TRIGGER risk_assessment_immutable BEFORE UPDATE OR DELETE ON risk_assessment
    FOR EACH ROW EXECUTE FUNCTION risk_refuse_change();
CREATE TRIGGER risk_answer_immutable BEFORE UPDATE OR DELETE ON risk_answer
    FOR EACH ROW EXECUTE FUNCTION risk_refuse_change();
CREATE TRIGGER risk_questionnaire_no_delete BEFORE DELETE ON risk_questionnaire
    FOR EACH ROW EXECUTE FUNCTION risk_refuse_change();

CREATE FUNCTION risk_questionnaire_only_active_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id <> OLD.id OR NEW.code <> OLD.code OR NEW.version <> OLD.version OR NEW.title <> OLD.title
       OR NEW.description IS DISTINCT FROM OLD.description THEN
        RAISE EXCEPTION 'a published questionnaire version is never changed: add a new version';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER risk_questionnaire_published BEFORE UPDATE ON risk_questionnaire
    FOR EACH ROW EXECUTE FUNCTION risk_questionnaire_only_active_changes();

CREATE FUNCTION risk_question_not_after_use() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM risk_assessment WHERE questionnaire_id = NEW.questionnaire_id) THEN
        RAISE EXCEPTION 'questionnaire % has been used: add a new version instead', NEW.questionnaire_id;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER risk_question_published BEFORE INSERT ON risk_question
    FOR EACH ROW EXECUTE FUNCTION risk_question_not_after_use();

-- SafeLives DASH Risk Identification Checklist (24 questions)
INSERT INTO risk_questionnaire (id, code, version, title, description) VALUES
    ('6f1d2c1e-0d7a-4c59-9a51-1c1a5e0a0001', 'SAFELIVES_RIC', 1, 'SafeLives DASH Risk Identification Checklist',
     'The checklist most agencies use: 24 questions. 14 or more "yes" answers is a visible high risk.');

INSERT INTO risk_question (questionnaire_id, number, section, text, judgement_prompt, guidance)
SELECT '6f1d2c1e-0d7a-4c59-9a51-1c1a5e0a0001', q.number, q.section, q.text, q.guidance IS NOT NULL, q.guidance
FROM (VALUES
    (1, 'Current situation', 'Has the current incident resulted in injury?', NULL),
    (2, 'Current situation', 'Are you very frightened?',
        'The victim''s own fear is one of the strongest signs of risk. Use your professional judgement even when the score is low.'),
    (3, 'Current situation', 'What are you afraid of? Is it further injury or violence?', NULL),
    (4, 'Current situation', 'Do you feel isolated from family/friends, i.e. does (...) try to stop you from seeing friends/family/doctor or others?', NULL),
    (5, 'Current situation', 'Are you feeling depressed or having suicidal thoughts?', NULL),
    (6, 'Current situation', 'Have you separated or tried to separate from (...) within the past year?',
        'Separation, especially together with coercive control and physical or sexual violence, sharply raises the risk of serious harm. Consider professional judgement.'),
    (7, 'Current situation', 'Is there conflict over child contact?', NULL),
    (8, 'Current situation', 'Does (...) constantly text, call, contact, follow, stalk or harass you?',
        'Stalking is linked to serious harm and homicide. Consider a stalking screening (S-DASH) and professional judgement.'),
    (9, 'Current situation', 'Are you pregnant or have you recently had a baby (within the last 18 months)?', NULL),
    (10, 'Domestic abuse history', 'Is the abuse happening more often?',
        'Escalation: abuse becoming more frequent. Consider professional judgement and potential escalation to MARAC.'),
    (11, 'Domestic abuse history', 'Is the abuse getting worse?',
        'Escalation: abuse becoming more severe. Consider professional judgement and potential escalation to MARAC.'),
    (12, 'Domestic abuse history', 'Does (...) try to control everything you do and/or are they excessively jealous?',
        'Coercive control, especially with separation and physical or sexual violence, raises the risk of serious harm. Consider professional judgement.'),
    (13, 'Domestic abuse history', 'Has (...) ever used weapons or objects to hurt you?', NULL),
    (14, 'Domestic abuse history', 'Has (...) ever threatened to kill you or someone else and you believed them?',
        'Threats to kill that the victim believes are a strong sign of risk of homicide. Consider professional judgement.'),
    (15, 'Domestic abuse history', 'Has (...) ever attempted to strangle / choke / suffocate / drown you?',
        'Non-fatal strangulation or suffocation is a strong predictor of homicide. Consider professional judgement.'),
    (16, 'Domestic abuse history', 'Does (...) do or say things of a sexual nature that make you feel bad or that physically hurt you or someone else?', NULL),
    (17, 'The person causing harm', 'Is there any other person who has threatened you or who you are afraid of?', NULL),
    (18, 'The person causing harm', 'Do you know if (...) has hurt anyone else (children, siblings, an elderly relative, a stranger, a previous partner, other)?', NULL),
    (19, 'The person causing harm', 'Has (...) ever mistreated an animal or the family pet?', NULL),
    (20, 'The person causing harm', 'Are there any financial issues, e.g. are you dependent on (...) for money, have they recently lost their job?', NULL),
    (21, 'The person causing harm', 'Has (...) had problems in the past year with drugs (prescription or other), alcohol or mental health leading to problems in leading a normal life?', NULL),
    (22, 'The person causing harm', 'Has (...) ever threatened or attempted suicide?', NULL),
    (23, 'The person causing harm', 'Has (...) ever broken bail, an injunction and/or a formal agreement for when they can see you and/or the children?', NULL),
    (24, 'The person causing harm', 'Do you know if (...) has ever been in trouble with the police or has a criminal history?', NULL)
) AS q (number, section, text, guidance);

-- Police (ACPO) DASH 2009 (27 questions): the same list with three questions on children and dependants
-- inserted after question 9.
INSERT INTO risk_questionnaire (id, code, version, title, description) VALUES
    ('6f1d2c1e-0d7a-4c59-9a51-1c1a5e0a0002', 'POLICE_DASH_2009', 1, 'Police DASH risk identification (ACPO 2009)',
     'The police form: the 24 SafeLives questions plus three on children and dependants (27 questions).');

INSERT INTO risk_question (questionnaire_id, number, section, text, judgement_prompt, guidance)
SELECT '6f1d2c1e-0d7a-4c59-9a51-1c1a5e0a0002', CASE WHEN number <= 9 THEN number ELSE number + 3 END,
       section, text, judgement_prompt, guidance
FROM risk_question WHERE questionnaire_id = '6f1d2c1e-0d7a-4c59-9a51-1c1a5e0a0001';

INSERT INTO risk_question (questionnaire_id, number, section, text, judgement_prompt, guidance) VALUES
    ('6f1d2c1e-0d7a-4c59-9a51-1c1a5e0a0002', 10, 'Children and dependants',
     'Are there any children or step-children who are not (...)''s in the household, or other dependants?', false, NULL),
    ('6f1d2c1e-0d7a-4c59-9a51-1c1a5e0a0002', 11, 'Children and dependants',
     'Has (...) ever hurt the children or dependants?', false, NULL),
    ('6f1d2c1e-0d7a-4c59-9a51-1c1a5e0a0002', 12, 'Children and dependants',
     'Has (...) ever threatened to hurt or kill the children or dependants?', true,
     'Threats to hurt or kill children or dependants are a strong sign of risk. Consider professional judgement and a children''s social care referral.');
