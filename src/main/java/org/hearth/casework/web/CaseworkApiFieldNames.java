package org.hearth.casework.web;

import java.util.Map;
import org.hearth.platform.web.RenamedApiFields;
import org.springframework.stereotype.Component;

/** The casework module's field names to those of the casework API's JSON, for its problem details. */
@Component
class CaseworkApiFieldNames extends RenamedApiFields {

    CaseworkApiFieldNames() {
        super(Map.of("service", "serviceId"), CaseworkApi.class);
    }
}
