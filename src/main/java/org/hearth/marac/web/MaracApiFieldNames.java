package org.hearth.marac.web;

import java.util.Set;
import org.hearth.platform.web.ApiFieldNames;
import org.springframework.stereotype.Component;

/** The MARAC module's field names to those of the MARAC API's JSON, for its problem details. */
@Component
class MaracApiFieldNames implements ApiFieldNames {

    @Override
    public Set<Class<?>> controllers() {
        return Set.of(MaracApi.class, MaracMeetingApi.class);
    }

    @Override
    public String json(String field) {
        return switch (field) {
            case "perpetrators" -> "perpetratorIds";
            case "marac" -> "maracId";
            case "owner" -> "ownerId";
            default -> field;
        };
    }
}
