package org.hearth.services;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hearth.partnership.AreaId;

/**
 * A service in the directory, as shown. {@code provider} is the agency's or organisation's name;
 * {@code areas} is empty when the service covers every area ({@code allAreas}).
 */
public record ListedService(ServiceId id, ServiceDetails details, String provider) {

    public String name() {
        return details.name();
    }

    public ServiceKind kind() {
        return details.kind();
    }

    public boolean allAreas() {
        return details.allAreas();
    }

    public Set<AreaId> areas() {
        return details.areas();
    }

    public Set<Need> needs() {
        return details.needs();
    }

    public List<String> languages() {
        return details.languages();
    }

    public HowToGetHelp help() {
        return details.help();
    }

    public LocalDate lastReviewed() {
        return details.lastReviewed();
    }

    public boolean published() {
        return details.published();
    }

    public boolean serves(AreaId area) {
        return details.allAreas() || details.areas().contains(area);
    }

    public ReviewStatus reviewStatus(LocalDate today) {
        return ReviewStatus.of(details.lastReviewed(), today);
    }
}
