package org.hearth.marac.web;

import java.util.Map;
import org.hearth.platform.web.RenamedApiFields;
import org.springframework.stereotype.Component;

/** The MARAC module's field names to those of the MARAC API's JSON, for its problem details. */
@Component
class MaracApiFieldNames extends RenamedApiFields {

    MaracApiFieldNames() {
        super(Map.of("perpetrators", "perpetratorIds", "marac", "maracId", "owner", "ownerId"), MaracApi.class, MaracMeetingApi.class);
    }
}
