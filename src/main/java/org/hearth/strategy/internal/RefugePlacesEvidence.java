package org.hearth.strategy.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hearth.partnership.Partnership;
import org.hearth.partnership.Partnerships;
import org.hearth.services.ListedService;
import org.hearth.services.ServiceDirectory;
import org.hearth.services.ServiceKind;
import org.hearth.strategy.Bvpi225Evidence;
import org.hearth.strategy.Bvpi225Proposal;
import org.springframework.stereotype.Component;

/**
 * BVPI 225 item 2 from the directory and the partnership: refuge places of published refuges ÷ population × 10,000,
 * yes at 1 or more (worked in whole numbers: places × 10,000 ≥ population). No evidence when the population is
 * unknown.
 */
@Component
class RefugePlacesEvidence implements Bvpi225Evidence {

    private final ServiceDirectory directory;
    private final Partnerships partnerships;

    RefugePlacesEvidence(ServiceDirectory directory, Partnerships partnerships) {
        this.directory = directory;
        this.partnerships = partnerships;
    }

    @Override
    public Bvpi225Proposal propose(LocalDate today) {
        List<ListedService> refuges = directory.all().stream()
                .filter(s -> s.published() && s.kind() == ServiceKind.REFUGE).toList();
        int places = refuges.stream().map(s -> s.details().refugePlaces()).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).sum();
        Integer population = partnerships.current().map(Partnership::population).orElse(null);
        String placesLine = places + " refuge " + (places == 1 ? "place" : "places") + " in " + refuges.size()
                + " published " + (refuges.size() == 1 ? "refuge" : "refuges") + " in the directory of services";
        if (population == null || population <= 0) {
            return new Bvpi225Proposal(2, null, "No evidence: the partnership's population is not known, so Hearth "
                    + "cannot work out places per 10,000 population. An administrator can record it.", List.of(placesLine));
        }
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.UK);
        BigDecimal rate = BigDecimal.valueOf(places).multiply(BigDecimal.valueOf(10_000))
                .divide(BigDecimal.valueOf(population), 2, RoundingMode.DOWN);
        boolean enough = (long) places * 10_000 >= population;
        long needed = ((long) population + 9_999) / 10_000;
        String arithmetic = n.format(places) + " places ÷ " + n.format(population) + " population × 10,000 = "
                + rate.toPlainString() + " places per 10,000 population";
        return new Bvpi225Proposal(2, enough,
                (enough ? "Yes: " : "No: ") + rate.toPlainString() + " refuge places per 10,000 population; at least 1 "
                        + "is needed (" + n.format(needed) + " places for " + n.format(population) + " people).",
                List.of(placesLine, arithmetic));
    }
}
