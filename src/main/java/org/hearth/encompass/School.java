package org.hearth.encompass;

import java.time.LocalTime;
import org.hearth.partnership.AreaId;

/**
 * A school in the register: its designated safeguarding lead (the key adult) and deputy with their work e-mail,
 * and the time the school day starts (the notification clock's deadline).
 */
public record School(SchoolId id, AreaId area, String name, String urn, Phase phase, String leadName,
        String leadEmail, String deputyName, String deputyEmail, LocalTime startsAt) {
}
