package org.hearth.encompass;

import org.hearth.partnership.AreaId;

/**
 * A GP practice in the register: its NHS ODS code, the safeguarding contact (the practice's key adult) with their
 * work e-mail, and whether it undertakes routine enquiry about domestic abuse.
 */
public record GpPractice(GpPracticeId id, AreaId area, String name, String odsCode, String contactName,
        String contactEmail, RoutineEnquiry routineEnquiry) {
}
