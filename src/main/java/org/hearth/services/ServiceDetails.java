package org.hearth.services;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;

/**
 * What a coordinator records about a service. The provider is a member agency or, for an organisation that
 * is not one, a name ({@code providerName}). {@code areas} is ignored when {@code allAreas}. Optional text
 * is null when not given; {@code refugePlaces} is for refuges only.
 */
public record ServiceDetails(String name, AgencyId providerAgency, String providerName, ServiceKind kind,
        boolean allAreas, Set<AreaId> areas, Set<Need> needs, List<String> languages, String openingTimes,
        HowToGetHelp help, String description, String accessibility, Integer refugePlaces, LocalDate lastReviewed,
        boolean published) {

    public ServiceDetails {
        areas = allAreas ? Set.of() : Set.copyOf(areas);
        needs = Set.copyOf(needs);
        languages = List.copyOf(languages);
        if (kind == ServiceKind.REFUGE && (help.walkInAddress() != null || help.textNumber() != null
                || help.email() != null || help.website() != null || help.phone() == null)) {
            throw new IllegalArgumentException("A refuge is listed with a phone number only");
        }
        if (refugePlaces != null && kind != ServiceKind.REFUGE) {
            throw new IllegalArgumentException("Only a refuge has refuge places");
        }
    }
}
