package org.hearth.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an administrator enters for an agency. */
public record AgencyDetails(
        @NotBlank(message = "Enter the agency’s name") @Size(max = 200, message = "Name must be 200 characters or fewer") String name,
        @NotNull(message = "Select the agency’s sector") Sector sector,
        @NotNull(message = "Select whether the agency is statutory or voluntary") Boolean statutory,
        AreaId area,
        boolean active) {
}
