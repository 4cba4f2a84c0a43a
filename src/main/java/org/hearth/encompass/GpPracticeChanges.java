package org.hearth.encompass;

/**
 * A practice's details as typed (form or API): {@link GpPractices#add} and {@link GpPractices#update} check each
 * and refuse with field errors ({@code area}, {@code name}, {@code odsCode}, {@code contactName},
 * {@code contactEmail}, {@code routineEnquiry}).
 */
public record GpPracticeChanges(String area, String name, String odsCode, String contactName, String contactEmail,
        String routineEnquiry) {
}
