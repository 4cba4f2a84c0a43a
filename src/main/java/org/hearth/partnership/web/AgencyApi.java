package org.hearth.partnership.web;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.audit.NotAudited;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.partnership.Sector;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The partnership's agencies, for any signed-in user or system. */
@RestController
@RequestMapping("/api/agencies")
@NotAudited("agencies are organisations, not person data")
class AgencyApi {

    private final Partnerships partnerships;

    AgencyApi(Partnerships partnerships) {
        this.partnerships = partnerships;
    }

    /** An agency as the API shows it. */
    record AgencyView(String id, String name, Sector sector, boolean statutory, String areaId, boolean active) {

        static AgencyView of(Agency a) {
            return new AgencyView(a.id().toString(), a.name(), a.sector(), a.statutory(),
                    a.area() == null ? null : a.area().toString(), a.active());
        }
    }

    @GetMapping
    List<AgencyView> agencies() {
        return partnerships.agencies().stream().map(AgencyView::of).toList();
    }

    @GetMapping("/{id}")
    AgencyView agency(@PathVariable UUID id) {
        return partnerships.agency(new AgencyId(id)).map(AgencyView::of).orElseThrow(NoSuchElementException::new);
    }
}
