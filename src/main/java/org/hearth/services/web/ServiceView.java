package org.hearth.services.web;

import java.util.List;
import java.util.Map;
import org.hearth.partnership.AreaId;
import org.hearth.platform.Dates;
import org.hearth.services.HowToGetHelp;
import org.hearth.services.ListedService;
import org.hearth.services.Need;
import org.hearth.services.ServiceKind;

/** A service as the public pages show it: labels rather than codes, and links ready to use. */
record ServiceView(String id, String name, String provider, String kind, boolean refuge, String areas,
        List<String> needs, List<String> languages, String openingTimes, String phone, String phoneHref,
        String textNumber, String textHref, String email, String website, String walkInAddress, String description,
        String accessibility, String lastReviewed) {

    static ServiceView of(ListedService s, Map<AreaId, String> areaNames) {
        HowToGetHelp help = s.help();
        String areas = s.allAreas() ? "All areas"
                : s.areas().stream().map(a -> areaNames.getOrDefault(a, "Unknown area")).sorted()
                        .reduce((a, b) -> a + ", " + b).orElse("");
        return new ServiceView(s.id().toString(), s.name(), s.provider(), s.kind().label(),
                s.kind() == ServiceKind.REFUGE, areas,
                s.needs().stream().sorted().map(Need::label).toList(), s.languages(), s.details().openingTimes(),
                help.phone(), dial("tel:", help.phone()), help.textNumber(), dial("sms:", help.textNumber()),
                help.email(), help.website(), help.walkInAddress(), s.details().description(),
                s.details().accessibility(), Dates.DAY.format(s.lastReviewed()));
    }

    private static String dial(String scheme, String number) {
        return number == null ? null : scheme + number.replaceAll("[^0-9+]", "");
    }

    /** The description's paragraphs (blank lines separate them). */
    public List<String> paragraphs() {
        return description == null ? List.of() : List.of(description.trim().split("\\R\\s*\\R"));
    }

    /** The walk-in address's lines. */
    public List<String> addressLines() {
        return walkInAddress == null ? List.of() : List.of(walkInAddress.trim().split("\\R|,\\s*"));
    }
}
