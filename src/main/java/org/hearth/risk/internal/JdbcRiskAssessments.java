package org.hearth.risk.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hearth.access.StaffUserId;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.GrantBasis;
import org.hearth.people.GrantHolder;
import org.hearth.people.PersonAccess;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonId;
import org.hearth.platform.Dates;
import org.hearth.risk.Answer;
import org.hearth.risk.AnsweredQuestion;
import org.hearth.risk.IncidentHistory;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.InvalidInputException.Problem;
import org.hearth.risk.MaracEligibility;
import org.hearth.risk.MaracReferralHistory;
import org.hearth.risk.MaracRules;
import org.hearth.risk.NewRiskAssessment;
import org.hearth.risk.Question;
import org.hearth.risk.Questionnaire;
import org.hearth.risk.QuestionnaireId;
import org.hearth.risk.RiskAssessment;
import org.hearth.risk.RiskAssessmentId;
import org.hearth.risk.RiskAssessments;
import org.hearth.risk.RiskGrade;
import org.hearth.risk.RiskPolicy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessments in PostgreSQL, append-only. Incidents and MARAC referrals come from whichever bean implements
 * {@link IncidentHistory} (the referrals module); with none, {@link IncidentHistory#NONE}.
 */
@Service
@Transactional
class JdbcRiskAssessments implements RiskAssessments {

    private PersonAccess access;
    /** Tells other modules (insights) of a new assessment; null in unit tests built with a clock. */
    private org.springframework.context.ApplicationEventPublisher events;

    static final int MAX_NOTES = 2000;
    static final int MAX_NARRATIVE = 10_000;

    private final JdbcClient jdbc;
    private final JdbcQuestionnaires questionnaires;
    private final AuditTrail audit;
    private final RiskPolicy policy;
    private final MaracRules maracRules;
    private final ObjectProvider<IncidentHistory> incidents;
    private ObjectProvider<MaracReferralHistory> maracReferrals;
    private final Clock clock;

    @Autowired
    JdbcRiskAssessments(JdbcClient jdbc, JdbcQuestionnaires questionnaires, AuditTrail audit, RiskPolicy policy,
            MaracRules maracRules, ObjectProvider<IncidentHistory> incidents,
            ObjectProvider<MaracReferralHistory> maracReferrals, PersonAccess access,
            org.springframework.context.ApplicationEventPublisher events) {
        this(jdbc, questionnaires, audit, policy, maracRules, incidents, Clock.system(Dates.UK));
        this.maracReferrals = maracReferrals;
        this.access = access;
        this.events = events;
    }

    JdbcRiskAssessments(JdbcClient jdbc, JdbcQuestionnaires questionnaires, AuditTrail audit, RiskPolicy policy,
            MaracRules maracRules, ObjectProvider<IncidentHistory> incidents, Clock clock) {
        this.jdbc = jdbc;
        this.questionnaires = questionnaires;
        this.audit = audit;
        this.policy = policy;
        this.maracRules = maracRules;
        this.incidents = incidents;
        this.clock = clock;
    }

    @Override
    public RiskAssessment submit(NewRiskAssessment in) {
        Objects.requireNonNull(in.person(), "person");
        Objects.requireNonNull(in.assessor(), "assessor");
        Objects.requireNonNull(in.agency(), "agency");
        Questionnaire questionnaire = questionnaire(in);
        List<Problem> problems = new ArrayList<>(answerProblems(questionnaire, in));
        int score = policy.score(in.answers().values());
        problems.addAll(policy.gradingProblems(score, in.grade(), in.gradeReason()));
        if (in.referralId() != null && !jdbc.sql("SELECT exists(SELECT 1 FROM referral WHERE id = ?)")
                .param(in.referralId()).query(Boolean.class).single()) {
            problems.add(new Problem("referralId", "There is no referral with that id"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }

        RiskAssessmentId id = RiskAssessmentId.random();
        boolean visibleHigh = policy.visibleHighRisk(score);
        jdbc.sql("""
                INSERT INTO risk_assessment (id, person_id, questionnaire_id, assessor_id, agency_id, assessed_on,
                    referral_id, narrative, score, high_risk_threshold, visible_high_risk, suggested_grade,
                    final_grade, grade_reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), in.person().value(), questionnaire.id().value(), in.assessor().value(),
                        in.agency().value(), in.assessedOn(), in.referralId(), blankToNull(in.narrative()), score,
                        policy.visibleHighThreshold(), visibleHigh, policy.suggestedGrade(score).name(),
                        in.grade().name(), blankToNull(in.gradeReason()))
                .update();
        for (Question q : questionnaire.questions()) {
            jdbc.sql("""
                    INSERT INTO risk_answer (assessment_id, questionnaire_id, question_number, answer, notes)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(id.value(), questionnaire.id().value(), q.number(), in.answers().get(q.number()).name(),
                            blankToNull(in.notes().get(q.number())))
                    .update();
        }
        audit.record(AuditAction.CREATE, "risk-assessment", List.of(id.toString(), in.person().toString()), null);
        if (events != null) {
            events.publishEvent(new org.hearth.risk.RiskAssessmentRecorded(id, in.person(), in.grade()));
        }
        if (access != null && access.agencyHoldsGrant(in.person(), in.agency())) {
            // the assessing agency's ground is recorded; an assessment never opens the record to an agency that
            // held no grant (e.g. one reading it by breaking the glass)
            access.grant(in.person(), GrantHolder.agency(in.agency()), AccessGround.ASSESSOR, AccessScope.RECORD,
                    null, GrantBasis.of("risk-assessment", id));
        }
        return find(id).orElseThrow();
    }

    private Questionnaire questionnaire(NewRiskAssessment in) {
        return (in.questionnaireCode() == null ? Optional.<Questionnaire>empty()
                : questionnaires.find(in.questionnaireCode(), in.questionnaireVersion()))
                .orElseThrow(() -> new InvalidInputException(List.of(new Problem("questionnaire",
                        "There is no questionnaire " + in.questionnaireCode() + " version "
                                + in.questionnaireVersion()))));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Problem> answerProblems(NewRiskAssessment draft) {
        try {
            return answerProblems(questionnaire(draft), draft);
        } catch (InvalidInputException e) {
            return e.problems();
        }
    }

    private List<Problem> answerProblems(Questionnaire questionnaire, NewRiskAssessment in) {
        List<Problem> problems = new ArrayList<>();
        if (!questionnaire.active()) {
            problems.add(new Problem("questionnaire", questionnaire.label() + " is no longer used for new assessments"));
        }
        problems.addAll(dateProblems(in.assessedOn(), LocalDate.now(clock)));
        problems.addAll(answerProblems(questionnaire, in.answers(), in.notes()));
        if (in.narrative() != null && in.narrative().length() > MAX_NARRATIVE) {
            problems.add(new Problem("narrative", "The narrative must be " + MAX_NARRATIVE + " characters or fewer"));
        }
        return problems;
    }

    /** Every question answered (NOT_ASKED when not asked), no question that is not in the questionnaire. */
    static List<Problem> answerProblems(Questionnaire questionnaire, Map<Integer, Answer> answers,
            Map<Integer, String> notes) {
        List<Problem> problems = new ArrayList<>();
        for (Question q : questionnaire.questions()) {
            if (answers.get(q.number()) == null) {
                problems.add(new Problem("answers." + q.number(), "Answer question " + q.number()
                        + ": choose \"Not asked\" if you did not ask it"));
            }
            String note = notes.get(q.number());
            if (note != null && note.length() > MAX_NOTES) {
                problems.add(new Problem("notes." + q.number(), "Notes on question " + q.number() + " must be "
                        + MAX_NOTES + " characters or fewer"));
            }
        }
        answers.keySet().stream().filter(n -> questionnaire.question(n).isEmpty()).sorted().forEach(n -> problems.add(
                new Problem("answers." + n, "Question " + n + " is not in " + questionnaire.label())));
        notes.keySet().stream().filter(n -> questionnaire.question(n).isEmpty()).sorted().forEach(n -> problems.add(
                new Problem("notes." + n, "Question " + n + " is not in " + questionnaire.label())));
        return problems;
    }

    static List<Problem> dateProblems(LocalDate assessedOn, LocalDate today) {
        if (assessedOn == null) {
            return List.of(new Problem("assessedOn", "Enter the date of the assessment as a real date"));
        }
        if (assessedOn.isAfter(today)) {
            return List.of(new Problem("assessedOn", "The date of the assessment must be today or in the past"));
        }
        if (assessedOn.isBefore(LocalDate.of(2000, 1, 1))) {
            return List.of(new Problem("assessedOn", "The date of the assessment must be after 1 January 2000"));
        }
        return List.of();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RiskAssessment> find(RiskAssessmentId id) {
        return load(jdbc.sql(SELECT + " WHERE a.id = ?").params(id.value()).query(Row.class).list()).stream()
                .findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<RiskAssessment> history(PersonId person) {
        return load(jdbc.sql(SELECT + " WHERE a.person_id = ? ORDER BY a.assessed_on DESC, a.recorded_at DESC")
                .params(person.value()).query(Row.class).list());
    }

    @Override
    @Transactional(readOnly = true)
    public MaracEligibility eligibility(PersonId victim, LocalDate asOf) {
        return maracRules.evaluate(victim, asOf, history(victim), incidents.getIfAvailable(() -> IncidentHistory.NONE),
                maracReferrals == null ? MaracReferralHistory.NONE
                        : maracReferrals.getIfAvailable(() -> MaracReferralHistory.NONE));
    }

    @Override
    @Transactional(readOnly = true)
    public MaracEligibility eligibilityAsSeen(PersonId victim, LocalDate asOf) {
        MaracEligibility all = eligibility(victim, asOf);
        return access != null && access.mayViewWithoutGlass(victim) ? all : all.withoutMaracHistory();
    }

    private static final String SELECT = """
            SELECT a.id, a.person_id, a.assessor_id, a.agency_id, a.assessed_on, a.recorded_at, a.questionnaire_id,
                   q.code, q.version, q.title, a.narrative, a.score, a.high_risk_threshold, a.visible_high_risk,
                   a.suggested_grade, a.final_grade, a.grade_reason, a.referral_id
            FROM risk_assessment a JOIN risk_questionnaire q ON q.id = a.questionnaire_id""";

    record Row(UUID id, UUID personId, UUID assessorId, UUID agencyId, LocalDate assessedOn, Instant recordedAt,
            UUID questionnaireId, String code, int version, String title, String narrative, int score,
            int highRiskThreshold, boolean visibleHighRisk, String suggestedGrade, String finalGrade,
            String gradeReason, UUID referralId) {
    }

    private List<RiskAssessment> load(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<AnsweredQuestion>> answers = jdbc.sql("""
                SELECT r.assessment_id, q.number, q.text, q.section, q.judgement_prompt, q.guidance, r.answer, r.notes
                FROM risk_answer r
                JOIN risk_question q ON q.questionnaire_id = r.questionnaire_id AND q.number = r.question_number
                WHERE r.assessment_id IN (:ids) ORDER BY r.assessment_id, q.number""")
                .param("ids", rows.stream().map(Row::id).toList())
                .query((rs, n) -> Map.entry(rs.getObject("assessment_id", UUID.class), answered(rs)))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rows.stream().map(r -> new RiskAssessment(new RiskAssessmentId(r.id()), new PersonId(r.personId()),
                new StaffUserId(r.assessorId()), new AgencyId(r.agencyId()), r.assessedOn(), r.recordedAt(),
                new QuestionnaireId(r.questionnaireId()), r.code(), r.version(), r.title(),
                answers.getOrDefault(r.id(), List.of()), r.narrative(), r.score(), r.highRiskThreshold(),
                r.visibleHighRisk(), RiskGrade.valueOf(r.suggestedGrade()), RiskGrade.valueOf(r.finalGrade()),
                r.gradeReason(), r.referralId())).toList();
    }

    private static AnsweredQuestion answered(ResultSet rs) throws SQLException {
        return new AnsweredQuestion(new Question(rs.getInt("number"), rs.getString("text"), rs.getString("section"),
                rs.getBoolean("judgement_prompt"), rs.getString("guidance")), Answer.valueOf(rs.getString("answer")),
                rs.getString("notes"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
