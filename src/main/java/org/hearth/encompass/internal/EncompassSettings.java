package org.hearth.encompass.internal;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hearth.encompass.*}: what a notification tells the school, and whether children under school age are
 * listed for the health visiting service.
 *
 * @param fields what is sent (default: the child's name and date of birth, the police reference, the date and time,
 *        whether the child was present; not the summary, which is the start of the police account and may name the
 *        adults and the address attended: a partnership turns it on only when its police write a school-safe account)
 * @param summaryLength the most characters of the incident's account sent as the summary
 * @param healthVisiting list children under school age for the health visiting service (default true)
 */
@ConfigurationProperties("hearth.encompass")
public record EncompassSettings(
        @DefaultValue({"CHILD_NAME", "DATE_OF_BIRTH", "POLICE_REFERENCE", "DATE_AND_TIME", "CHILD_PRESENT"})
        Set<Field> fields,
        @DefaultValue("500") int summaryLength, @DefaultValue("true") boolean healthVisiting) {

    /** A field a notification may carry. */
    public enum Field {
        CHILD_NAME, DATE_OF_BIRTH, POLICE_REFERENCE, DATE_AND_TIME, CHILD_PRESENT, SUMMARY
    }

    boolean sends(Field field) {
        return fields.contains(field);
    }
}
