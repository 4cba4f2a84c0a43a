package org.hearth.housing;

import java.time.LocalDate;
import org.hearth.partnership.AgencyId;

/** A job for one measure: the contractor (an agency), when it is booked, and its cost in pence (null: not known). */
public record NewJob(Measure measure, String detail, AgencyId contractor, LocalDate bookedOn, Long costPence) {
}
