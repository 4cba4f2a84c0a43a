package org.hearth.housing;

import java.time.LocalDate;

/**
 * What a contractor sees of an open sanctuary job: the minimum a locksmith needs. The address, the measure, when,
 * and whom to arrange access with (the scheme's coordinator, never the household); no names, no reason, no risk.
 */
public record JobSheet(SanctuaryJobId id, String reference, Measure measure, String detail, String address,
        LocalDate bookedOn, String arrangeAccessWith) {
}
