package org.hearth.subjectaccess.web;

import java.util.Map;
import org.hearth.platform.web.RenamedApiFields;
import org.springframework.stereotype.Component;

/** The subject access module's field names to those of its API's JSON (a rejection's reason), for problem details. */
@Component
class SubjectAccessApiFieldNames extends RenamedApiFields {

    SubjectAccessApiFieldNames() {
        super(Map.of("decisionReason", "reason"), SubjectAccessApi.class);
    }
}
