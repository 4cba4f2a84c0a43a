package org.hearth.casework.web;

import java.util.Set;
import org.hearth.platform.web.ApiFieldNames;
import org.springframework.stereotype.Component;

/** The casework module's field names to those of the casework API's JSON, for its problem details. */
@Component
class CaseworkApiFieldNames implements ApiFieldNames {

    @Override
    public Set<Class<?>> controllers() {
        return Set.of(CaseworkApi.class);
    }

    @Override
    public String json(String field) {
        return field.equals("service") ? "serviceId" : field;
    }
}
