package org.hearth.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.casework.internal.CaseworkUnits.AGENCY_X;
import static org.hearth.casework.internal.CaseworkUnits.AGENCY_Y;

import java.util.List;
import java.util.UUID;
import org.hearth.casework.CaseService;
import org.hearth.casework.ServiceKind;
import org.hearth.partnership.AreaId;
import org.junit.jupiter.api.Test;

/** Which service (and so which agency's managers) takes a case placed by an event ({@link ServicePlacement}). */
class ServicePlacementTest {

    final AreaId north = new AreaId(UUID.randomUUID());
    final AreaId south = new AreaId(UUID.randomUUID());
    final CaseService outreachNorth = CaseworkUnits.service(AGENCY_X, ServiceKind.OUTREACH, north);
    final CaseService idvaSouth = CaseworkUnits.service(AGENCY_X, ServiceKind.IDVA, south);
    final CaseService idvaNorth = CaseworkUnits.service(AGENCY_Y, ServiceKind.IDVA, north);
    final CaseService idvaEverywhere = CaseworkUnits.service(AGENCY_Y, ServiceKind.IDVA, null);

    @Test
    void theServiceOfThatKindCoveringTheVictimsAreaFirst() {
        List<CaseService> all = List.of(outreachNorth, idvaEverywhere, idvaSouth, idvaNorth);
        assertThat(ServicePlacement.choose(all, ServiceKind.IDVA, List.of(north))).contains(idvaNorth);
        assertThat(ServicePlacement.choose(all, ServiceKind.IDVA, List.of(south, north))).contains(idvaSouth);
        assertThat(ServicePlacement.choose(all, ServiceKind.OUTREACH, List.of(north))).contains(outreachNorth);
    }

    @Test
    void elseOneCoveringTheWholePartnershipElseAnyOfThatKindElseNone() {
        assertThat(ServicePlacement.choose(List.of(idvaSouth, idvaEverywhere), ServiceKind.IDVA, List.of(north)))
                .contains(idvaEverywhere);
        assertThat(ServicePlacement.choose(List.of(idvaSouth, idvaEverywhere), ServiceKind.IDVA, List.of()))
                .contains(idvaEverywhere);
        assertThat(ServicePlacement.choose(List.of(outreachNorth, idvaSouth), ServiceKind.IDVA, List.of(north)))
                .contains(idvaSouth);
        assertThat(ServicePlacement.choose(List.of(outreachNorth), ServiceKind.IDVA, List.of(north))).isEmpty();
        assertThat(ServicePlacement.choose(List.of(idvaEverywhere, outreachNorth), ServiceKind.OUTREACH, List.of()))
                .contains(outreachNorth);
    }
}
