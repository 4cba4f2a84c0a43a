package org.hearth.subjectaccess.web;

import java.util.Set;
import org.hearth.platform.web.ApiFieldNames;
import org.springframework.stereotype.Component;

/** The subject access module's field names to those of its API's JSON (a rejection's reason), for problem details. */
@Component
class SubjectAccessApiFieldNames implements ApiFieldNames {

    @Override
    public Set<Class<?>> controllers() {
        return Set.of(SubjectAccessApi.class);
    }

    @Override
    public String json(String field) {
        return "decisionReason".equals(field) ? "reason" : field;
    }
}
