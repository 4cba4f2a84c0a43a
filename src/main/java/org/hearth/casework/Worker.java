package org.hearth.casework;

import java.math.BigDecimal;
import org.hearth.access.StaffUserId;

/** A member of staff working in a service, with their hours as a fraction of full time; a manager allocates. */
public record Worker(StaffUserId user, String name, BigDecimal fte, boolean manager) {
}
