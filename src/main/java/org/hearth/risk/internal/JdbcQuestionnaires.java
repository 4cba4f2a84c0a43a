package org.hearth.risk.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hearth.risk.Question;
import org.hearth.risk.Questionnaire;
import org.hearth.risk.QuestionnaireId;
import org.hearth.risk.Questionnaires;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Questionnaire versions as Flyway loaded them; read-only here (a new version is a new migration). */
@Service
@Transactional(readOnly = true)
class JdbcQuestionnaires implements Questionnaires {

    private static final String SELECT = "SELECT id, code, version, title, description, active FROM risk_questionnaire";

    private final JdbcClient jdbc;

    JdbcQuestionnaires(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Questionnaire> active() {
        return load(jdbc.sql(SELECT + " WHERE active ORDER BY title, version DESC").query(Header.class).list());
    }

    @Override
    public Optional<Questionnaire> find(String code, int version) {
        return load(jdbc.sql(SELECT + " WHERE code = ? AND version = ?").params(code, version).query(Header.class)
                .list()).stream().findFirst();
    }

    @Override
    public Optional<Questionnaire> latest(String code) {
        return load(jdbc.sql(SELECT + " WHERE code = ? AND active ORDER BY version DESC LIMIT 1").params(code)
                .query(Header.class).list()).stream().findFirst();
    }

    Optional<Questionnaire> find(QuestionnaireId id) {
        return load(jdbc.sql(SELECT + " WHERE id = ?").params(id.value()).query(Header.class).list()).stream()
                .findFirst();
    }

    record Header(UUID id, String code, int version, String title, String description, boolean active) {
    }

    private List<Questionnaire> load(List<Header> headers) {
        if (headers.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Question>> questions = jdbc.sql("""
                SELECT questionnaire_id, number, text, section, judgement_prompt, guidance FROM risk_question
                WHERE questionnaire_id IN (:ids) ORDER BY questionnaire_id, number""")
                .param("ids", headers.stream().map(Header::id).toList())
                .query((rs, n) -> Map.entry(rs.getObject("questionnaire_id", UUID.class),
                        new Question(rs.getInt("number"), rs.getString("text"), rs.getString("section"),
                                rs.getBoolean("judgement_prompt"), rs.getString("guidance"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return headers.stream().map(h -> new Questionnaire(new QuestionnaireId(h.id()), h.code(), h.version(),
                h.title(), h.description(), h.active(), questions.getOrDefault(h.id(), List.of()))).toList();
    }
}
