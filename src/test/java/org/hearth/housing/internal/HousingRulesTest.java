package org.hearth.housing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.housing.Tenure;
import org.hearth.partnership.AgencyId;
import org.hearth.support.TestActor;
import org.junit.jupiter.api.Test;

/** Who sees a sanctuary home's address and a refuge, and who works the scheme's lists: no database. */
class HousingRulesTest {

    private static final AgencyId POLICE = new AgencyId(UUID.randomUUID());
    private static final AgencyId REFUGE = new AgencyId(UUID.randomUUID());
    private static final AgencyId OTHER = new AgencyId(UUID.randomUUID());

    private static SanctuaryStore.ReferralRow sanctuary(UUID coordinator, UUID surveyor, UUID referredBy) {
        return new SanctuaryStore.ReferralRow(UUID.randomUUID(), "SAN-2026-0001", UUID.randomUUID(), null,
                LocalDate.of(2026, 11, 1), "1 Test Road", null, "Leeds", "LS1 4AP", Tenure.OWNER, null, true,
                POLICE.value(), referredBy, coordinator, UUID.randomUUID(), surveyor, null, null, null, null, null,
                null, null, null, null, null);
    }

    private static RefugeStore.ReferralRow refuge(UUID referredBy, UUID providerWorker, AgencyId providerAgency) {
        return new RefugeStore.ReferralRow(UUID.randomUUID(), "REF-2026-0001", UUID.randomUUID(), UUID.randomUUID(),
                null, LocalDate.of(2026, 11, 1), POLICE.value(), referredBy, null, 0, false, false, false, false, null,
                null, null, null, null, null, null, "Haven", null, "Elsewhere",
                providerAgency == null ? null : providerAgency.value(), providerWorker);
    }

    @Test
    void onlyTheCoordinatorTheSurveyorAndTheReferrerAreNamedOnASanctuaryReferral() {
        TestActor coordinator = TestActor.staff(OTHER, Role.PRACTITIONER);
        TestActor surveyor = TestActor.staff(POLICE, Role.PRACTITIONER);
        TestActor referrer = TestActor.staff(POLICE, Role.PRACTITIONER);
        SanctuaryStore.ReferralRow r = sanctuary(coordinator.actorId(), surveyor.actorId(), referrer.actorId());
        assertThat(HousingRules.namedOnSanctuary(r, coordinator)).isTrue();
        assertThat(HousingRules.namedOnSanctuary(r, surveyor)).isTrue();
        assertThat(HousingRules.namedOnSanctuary(r, referrer)).isTrue();
        // the referrer's colleague at the same agency, and a coordinator of the partnership, are not named
        assertThat(HousingRules.namedOnSanctuary(r, TestActor.staff(POLICE, Role.PRACTITIONER))).isFalse();
        assertThat(HousingRules.namedOnSanctuary(r, TestActor.staff(OTHER, Role.PARTNERSHIP_COORDINATOR))).isFalse();
        // an API client is never named, even with a named user's id
        assertThat(HousingRules.namedOnSanctuary(r, new TestActor(coordinator.actorId(), OTHER,
                java.util.Set.of(), true))).isFalse();
        assertThat(HousingRules.namedOnSanctuary(sanctuary(null, null, null), TestActor.apiClient(POLICE))).isFalse();
    }

    @Test
    void onlyTheReferrerTheProvidersWorkerAndTheProvidersOwnStaffKnowTheRefuge() {
        TestActor referrer = TestActor.staff(POLICE, Role.PRACTITIONER);
        TestActor worker = TestActor.staff(OTHER, Role.PRACTITIONER);
        RefugeStore.ReferralRow r = refuge(referrer.actorId(), worker.actorId(), REFUGE);
        assertThat(HousingRules.knowsRefuge(r, referrer)).isTrue();
        assertThat(HousingRules.knowsRefuge(r, worker)).isTrue();
        assertThat(HousingRules.knowsRefuge(r, TestActor.staff(REFUGE, Role.PRACTITIONER))).isTrue();
        assertThat(HousingRules.knowsRefuge(r, TestActor.staff(POLICE, Role.PRACTITIONER))).isFalse();
        assertThat(HousingRules.knowsRefuge(r, TestActor.staff(OTHER, Role.PARTNERSHIP_COORDINATOR))).isFalse();
        assertThat(HousingRules.knowsRefuge(refuge(referrer.actorId(), null, null),
                TestActor.staff(OTHER, Role.PRACTITIONER))).isFalse();
    }

    @Test
    void contractorsAreCaseworkStaffAndProvidersAreKeptByManagers() {
        assertThat(HousingRules.contractor(TestActor.staff(OTHER, Role.PRACTITIONER))).isTrue();
        assertThat(HousingRules.contractor(TestActor.apiClient(OTHER))).isFalse();
        assertThat(HousingRules.contractor(TestActor.staff(OTHER, Role.ANALYST))).isFalse();

        assertThat(HousingRules.manager(TestActor.staff(OTHER, Role.PARTNERSHIP_COORDINATOR))).isTrue();
        assertThat(HousingRules.manager(TestActor.staff(OTHER, Role.SYSTEM_ADMIN))).isTrue();
        assertThat(HousingRules.manager(TestActor.staff(OTHER, Role.PRACTITIONER))).isFalse();

        assertThat(HousingRules.providerReader(TestActor.staff(OTHER, Role.PRACTITIONER))).isTrue();
        assertThat(HousingRules.providerReader(TestActor.apiClient(OTHER))).isTrue();
        assertThat(HousingRules.providerReader(TestActor.staff(OTHER, Role.ANALYST))).isFalse();

        assertThat(HousingRules.reportsVacancies(REFUGE.value(), TestActor.staff(REFUGE, Role.PRACTITIONER))).isTrue();
        assertThat(HousingRules.reportsVacancies(REFUGE.value(), TestActor.staff(OTHER, Role.PRACTITIONER))).isFalse();
        assertThat(HousingRules.reportsVacancies(null, TestActor.staff(OTHER, Role.PRACTITIONER))).isFalse();
        assertThat(HousingRules.reportsVacancies(REFUGE.value(), TestActor.staff(OTHER, Role.SYSTEM_ADMIN))).isTrue();
    }
}
