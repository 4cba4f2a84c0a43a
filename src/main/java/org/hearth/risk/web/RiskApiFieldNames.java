package org.hearth.risk.web;

import java.util.Set;
import org.hearth.platform.web.ApiFieldNames;
import org.springframework.stereotype.Component;

/**
 * The risk module's field names to the risk API's JSON paths, for its problem details: an answer
 * ({@code answers.3}) is {@code answers.3.answer}, its note ({@code notes.3}) {@code answers.3.notes}.
 */
@Component
class RiskApiFieldNames implements ApiFieldNames {

    @Override
    public Set<Class<?>> controllers() {
        return Set.of(RiskApi.class);
    }

    @Override
    public String json(String field) {
        if (field.startsWith("answers.") && field.chars().filter(c -> c == '.').count() == 1) {
            return field + ".answer";
        }
        if (field.startsWith("notes.")) {
            return "answers." + field.substring(6) + ".notes";
        }
        return field.equals("questionnaire") ? "questionnaireCode" : field;
    }
}
