package org.hearth.risk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.people.PersonDataSection;
import org.hearth.people.PersonDataSection.Entry;
import org.hearth.people.PersonDataSection.Field;
import org.hearth.people.PersonDataSection.Kind;
import org.hearth.people.PersonId;
import org.hearth.people.SqlPersonDataSource;
import org.hearth.platform.Dates;
import org.hearth.platform.Enums;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Risk's part of a subject access output: the person's risk assessments (questionnaire, date, score, grades), the
 * assessor's narrative and reason for the grade as free text. The answers to each question are not included yet.
 */
@Component
class RiskData extends SqlPersonDataSource {

    RiskData(JdbcClient jdbc) {
        super(jdbc, 30);
    }

    @Override
    public PersonDataSection section(PersonId person) {
        List<Entry> entries = jdbc.sql("""
                SELECT a.id, a.assessed_on, a.score, a.final_grade, a.narrative, a.grade_reason, q.title
                FROM risk_assessment a JOIN risk_questionnaire q ON q.id = a.questionnaire_id
                WHERE a.person_id = ? ORDER BY a.assessed_on, a.recorded_at""").param(person.value())
                .query((rs, n) -> {
                    String k = "risk-assessment:" + rs.getObject("id", UUID.class) + ":";
                    List<Field> f = new ArrayList<>();
                    f.add(Field.own(k + "questionnaire", "Questionnaire", rs.getString("title")));
                    f.add(Field.own(k + "score", "Score", String.valueOf(rs.getInt("score"))));
                    f.add(Field.own(k + "grade", "Risk", Enums.words(rs.getString("final_grade"))));
                    addIfAny(f, k + "narrative", "Assessor's notes", rs.getString("narrative"), Kind.FREE_TEXT);
                    addIfAny(f, k + "grade-reason", "Reason for the grade",
                            rs.getString("grade_reason"), Kind.FREE_TEXT);
                    return new Entry("Risk assessment of " + Dates.day(rs.getDate("assessed_on").toLocalDate()), f);
                }).list();
        return new PersonDataSection("Risk assessments", entries);
    }
}
