package org.hearth.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.people.internal.PeopleGuardsTest.DETAILS;
import static org.hearth.people.internal.PeopleGuardsTest.GLASS;
import static org.hearth.people.internal.PeopleGuardsTest.GRANT;
import static org.hearth.people.internal.PeopleGuardsTest.HUB;
import static org.hearth.people.internal.PeopleGuardsTest.INVOLVED;
import static org.hearth.people.internal.PeopleGuardsTest.NONE;
import static org.hearth.people.internal.PeopleGuardsTest.PERSON;
import static org.hearth.people.internal.PeopleGuardsTest.RULES;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hearth.partnership.AgencyId;
import org.hearth.people.AccessGrant;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.GrantBasis;
import org.hearth.people.GrantHolder;
import org.junit.jupiter.api.Test;

/**
 * A reading by break-glass alone ({@link AccessRules.View#glassAlone}): an open break-glass and no grant, lasting or
 * temporary, nor the hub role. Such a reader reads a specialist service unnamed, as the stub names it.
 */
class GlassAloneRulesTest {

    private static final AccessRules.View RESEARCH_AND_GLASS = new AccessRules.View(true, false, false, true, false);
    private static final AccessRules.View HUB_AND_GLASS = new AccessRules.View(false, false, true, true, false);

    @Test
    void onlyABreakGlassReadingWithNothingElseIsGlassAlone() {
        assertThat(GLASS.glassAlone()).isTrue();
        assertThat(RESEARCH_AND_GLASS.glassAlone()).as("a temporary grant is a ground of its own").isFalse();
        assertThat(HUB_AND_GLASS.glassAlone()).isFalse();
        assertThat(GRANT.glassAlone()).isFalse();
        assertThat(HUB.glassAlone()).isFalse();
        assertThat(NONE.glassAlone()).isFalse();
    }

    @Test
    void aReaderByGlassAloneReadsTheAgenciesInvolvedAsTheStubNamesThem() {
        assertThat(PeopleRules.full(PERSON, DETAILS, List.of(), GLASS, List.of(), RULES, List.of(), INVOLVED,
                List.of()).agenciesInvolved())
                .containsExactly("Northfield Council", "Northfield Police", "A specialist service");
        assertThat(PeopleRules.full(PERSON, DETAILS, List.of(), GLASS, List.of(), RULES, List.of(),
                INVOLVED.subList(1, 3), List.of()).agenciesInvolved()).as("no specialist, none said")
                .containsExactly("Northfield Council", "Northfield Police");
        assertThat(PeopleRules.full(PERSON, DETAILS, List.of(), RESEARCH_AND_GLASS, List.of(), RULES, List.of(),
                INVOLVED, List.of()).agenciesInvolved()).contains("Haven Refuge");
    }

    @Test
    void aSpecialistServicesGrantIsReadUnnamedAndWithoutItsApprover() {
        AccessGrant g = new AccessGrant(UUID.randomUUID(), PERSON, AccessGround.ALLOCATED, AccessScope.RECORD,
                GrantHolder.agency(new AgencyId(UUID.randomUUID())), "Haven Refuge", Instant.now(), null,
                "Rae Worker", new GrantBasis("casework-case", UUID.randomUUID().toString()));
        AccessGrant read = PeopleRules.asReadByGlass(g);
        assertThat(read.holderName()).isEqualTo("A specialist service");
        assertThat(read.approvedBy()).isNull();
        assertThat(read.ground()).isEqualTo(g.ground());
        assertThat(read.startsAt()).isEqualTo(g.startsAt());
    }
}
