package org.hearth.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.people.Address;
import org.hearth.people.PersonCorrection.Field;
import org.hearth.people.SafeContact;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/**
 * {@link PeopleRules} alone: the guards on writes, the break-glass reason, how addresses are stored and what a
 * correction must give. No Spring, no database. (What the stub and the full record hold: {@link PeopleGuardsTest}.)
 */
class PeopleRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    static final SafeContact NUMBER = new SafeContact(true, null, null, null, null, null, "07700 900123", null, null);
    static final SafeContact ADDRESS = new SafeContact(true, null, null, null, null, null, null, "c/o the library",
            null);
    static final SafeContact RULES_ONLY = new SafeContact(true, false, null, null, null, "mornings", " ", " ", null);

    @Test
    void changesNeedARealGroundAndReadingTheHistoryTheFullRecord() {
        for (AccessRules.View view : new AccessRules.View[] {PeopleGuardsTest.GLASS, PeopleGuardsTest.NONE}) {
            assertThatThrownBy(() -> PeopleRules.requireGround(view)).isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("No ground to change");
        }
        assertThatCode(() -> PeopleRules.requireGround(PeopleGuardsTest.GRANT)).doesNotThrowAnyException();
        assertThatCode(() -> PeopleRules.requireGround(PeopleGuardsTest.HUB)).doesNotThrowAnyException();
        assertThatThrownBy(() -> PeopleRules.requireFull(PeopleGuardsTest.NONE))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("No ground to read");
        assertThatCode(() -> PeopleRules.requireFull(PeopleGuardsTest.GLASS)).doesNotThrowAnyException();
    }

    @Test
    void aCorrectionNeedsARealGroundOrInformationGovernanceOnARequestsGrant() {
        // a subject access grant: current, never lasting
        AccessRules.View request = new AccessRules.View(true, false, false, false, false);
        assertThatCode(() -> PeopleRules.requireCorrectionGround(request, true)).doesNotThrowAnyException();
        assertThatThrownBy(() -> PeopleRules.requireCorrectionGround(request, false))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("No ground to correct");
        assertThatThrownBy(() -> PeopleRules.requireCorrectionGround(PeopleGuardsTest.NONE, true))
                .isInstanceOf(AccessDeniedException.class);
        assertThatCode(() -> PeopleRules.requireCorrectionGround(PeopleGuardsTest.GRANT, false))
                .doesNotThrowAnyException();
        assertThatCode(() -> PeopleRules.requireCorrectionGround(PeopleGuardsTest.HUB, false))
                .doesNotThrowAnyException();
    }

    @Test
    void onlyTheAllocatedWorkerRecordsASafeNumberOrAddressAndNobodyWithoutAGround() {
        assertThatThrownBy(() -> PeopleRules.requireSafeContactWrite(PeopleGuardsTest.GRANT, NUMBER))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("allocated worker");
        assertThatThrownBy(() -> PeopleRules.requireSafeContactWrite(PeopleGuardsTest.GRANT, ADDRESS))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("allocated worker");
        assertThatCode(() -> PeopleRules.requireSafeContactWrite(PeopleGuardsTest.GRANT, RULES_ONLY))
                .doesNotThrowAnyException();
        assertThatCode(() -> PeopleRules.requireSafeContactWrite(PeopleGuardsTest.ALLOCATED, NUMBER))
                .doesNotThrowAnyException();
        // a contact grant without a lasting ground (the break-glass reader) records nothing
        AccessRules.View contactOnly = new AccessRules.View(false, false, false, true, true);
        assertThatThrownBy(() -> PeopleRules.requireSafeContactWrite(contactOnly, RULES_ONLY))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("No ground");
    }

    @Test
    void aBreakGlassReasonHasTenCharactersCountedAsPostgresqlCountsThem() {
        assertThatThrownBy(() -> PeopleRules.breakGlassReason(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PeopleRules.breakGlassReason("  123456789  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 10");
        assertThat(PeopleRules.breakGlassReason(" 1234567890 ")).isEqualTo("1234567890");
        // five emoji are ten UTF-16 chars but five characters to PostgreSQL
        assertThatThrownBy(() -> PeopleRules.breakGlassReason("\uD83D\uDE00".repeat(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PeopleRules.BREAK_GLASS).hasHours(8);
    }

    @Test
    void aRefugeStayIsStoredWithNoAddressAndAnAddressInOneForm() {
        Address refuge = new Address(null, "1 Hidden Road", "Flat 2", "Northfield", "nf1 1aa", TODAY, null, true,
                true, "  Haven Refuge ");
        Address stored = PeopleRules.stored(refuge);
        assertThat(stored.line1()).isNull();
        assertThat(stored.line2()).isNull();
        assertThat(stored.town()).isNull();
        assertThat(stored.postcode()).isNull();
        assertThat(stored.refugeService()).isEqualTo("Haven Refuge");
        assertThat(stored.inRefuge()).isTrue();
        assertThat(stored.confidential()).isTrue();
        assertThat(stored.from()).isEqualTo(TODAY);
        Address home = new Address(UUID.randomUUID(), " 2 High Street ", " ", "Northfield", "nf11aa", TODAY,
                TODAY.plusDays(1), false, false, "ignored");
        assertThat(PeopleRules.stored(home)).isEqualTo(new Address(home.id(), "2 High Street", null, "Northfield",
                "NF1 1AA", TODAY, TODAY.plusDays(1), false, false, null));
    }

    @Test
    void aCorrectionReplacesTheValueRecorded() {
        assertThat(PeopleRules.recorded(PeopleGuardsTest.DETAILS, Field.GIVEN_NAME)).isEqualTo("Beth");
        assertThat(PeopleRules.recorded(PeopleGuardsTest.DETAILS, Field.FAMILY_NAME)).isEqualTo("Ashdown");
        assertThat(PeopleRules.recorded(PeopleGuardsTest.DETAILS, Field.DATE_OF_BIRTH)).isEqualTo("1985-07-12");
        assertThat(PeopleRules.recorded(PeopleGuardsTest.DETAILS, null)).isNull();
    }

    @Test
    void blankTextIsNone() {
        assertThat(PeopleRules.blankToNull(null)).isNull();
        assertThat(PeopleRules.blankToNull(" \t ")).isNull();
        assertThat(PeopleRules.blankToNull(" a b ")).isEqualTo("a b");
    }
}
