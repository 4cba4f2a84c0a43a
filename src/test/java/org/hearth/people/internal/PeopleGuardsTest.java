package org.hearth.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.ApiClientId;
import org.hearth.access.ApiClientPrincipal;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUserId;
import org.hearth.partnership.AgencyId;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.Address;
import org.hearth.people.Disability;
import org.hearth.people.GrantHolder;
import org.hearth.people.PersonDetails;
import org.hearth.people.PersonFlag;
import org.hearth.people.PersonId;
import org.hearth.people.PersonRecord;
import org.hearth.people.SafeContact;
import org.hearth.people.Sex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The people module's guards one layer at a time, without the application: what the stub and the full record
 * hold for each kind of view, which grounds and scopes may be granted, who may allocate and decide allocations,
 * and that every write asks for a real ground (a break-glass reading is not one) before it touches the database.
 * (The database is {@code null} here: a guard that let the call through would fail with a NullPointerException,
 * not the refusal asserted.)
 */
class PeopleGuardsTest {

    static final PersonId PERSON = new PersonId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    static final AgencyId AGENCY = new AgencyId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    static final PersonDetails DETAILS = new PersonDetails("Beth", "Ashdown", LocalDate.of(1985, 7, 12), 40,
            Sex.FEMALE, "woman", null, "English", false, Disability.NOT_KNOWN, "not given", "none");
    static final Address HOME = new Address(UUID.randomUUID(), "2 High Street", null, "Northfield", "NF1 1AA",
            LocalDate.of(2020, 1, 1), null, false, false, null);
    static final Address HIDDEN = new Address(UUID.randomUUID(), "14 Secret Lane", null, "Northfield", "NF9 9ZZ",
            LocalDate.of(2024, 1, 1), null, true, false, null);
    static final SafeContact RULES = new SafeContact(true, false, true, false, false, "mornings", "07700 900123",
            "c/o the library", "ask for Sam");
    static final List<PeopleRules.Involved> INVOLVED = List.of(new PeopleRules.Involved("Haven Refuge", false),
            new PeopleRules.Involved("Northfield Council", true), new PeopleRules.Involved("Northfield Police", true));
    static final List<PersonFlag> FLAGS = List.of(new PersonFlag("Repeat victim", "red", "Three or more incidents"));

    static final AccessRules.View NONE = new AccessRules.View(false, false, false, false, false);
    static final AccessRules.View GRANT = new AccessRules.View(true, true, false, false, false);
    static final AccessRules.View HUB = new AccessRules.View(false, false, true, false, false);
    static final AccessRules.View GLASS = new AccessRules.View(false, false, false, true, false);
    static final AccessRules.View ALLOCATED = new AccessRules.View(true, true, false, false, true);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static StaffPrincipal signInAs(Role... roles) {
        StaffPrincipal me = new StaffPrincipal(new StaffUserId(UUID.randomUUID()), "user", "A User", AGENCY,
                Set.of(roles), true, false, true, "x");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(me, null, me.getAuthorities()));
        return me;
    }

    static void signInAsApiClient() {
        ApiClientPrincipal client = new ApiClientPrincipal(new ApiClientId(UUID.randomUUID()), "client", AGENCY, Set.of());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(client, null, List.of()));
    }

    /** Need-to-know with no database behind it: a guard that let a call through fails on the null store. */
    static JdbcPersonAccess access() {
        Grants grants = new Grants(null, null);
        return new JdbcPersonAccess(grants, new Allocations(null, grants, null));
    }

    // --- what each view may see ---

    @Test
    void onlyAGrantTheHubRoleOrABreakGlassReadingShowTheFullRecord() {
        assertThat(NONE.full()).isFalse();
        assertThat(GRANT.full()).isTrue();
        assertThat(HUB.full()).isTrue();
        assertThat(GLASS.full()).isTrue();
        assertThat(new AccessRules.View(false, false, false, false, true).full()).isFalse();
    }

    @Test
    void aBreakGlassReadingIsNotARealGround() {
        assertThat(GLASS.grounded()).isFalse();
        assertThat(NONE.grounded()).isFalse();
        assertThat(GRANT.grounded()).isTrue();
        assertThat(HUB.grounded()).isTrue();
    }

    @Test
    void theHubGroundIsTheHubCoordinatorsRoleAlone() {
        assertThat(AccessRules.standing(signInAs(Role.HUB_COORDINATOR))).isTrue();
        assertThat(AccessRules.standing(signInAs(Role.PRACTITIONER, Role.AGENCY_REPRESENTATIVE))).isFalse();
    }

    @Test
    void theStubShowsTheNameYearAndStatutoryAgenciesOnly() {
        PersonRecord stub = PeopleRules.stub(PERSON, DETAILS, INVOLVED);
        assertThat(stub.full()).isFalse();
        assertThat(stub.details().givenName()).isEqualTo("Beth");
        assertThat(stub.details().familyName()).isEqualTo("Ashdown");
        assertThat(stub.details().dateOfBirth()).isNull();
        assertThat(stub.details().genderIdentity()).isNull();
        assertThat(stub.details().religion()).isNull();
        assertThat(stub.yearOfBirth()).isEqualTo(1985);
        // never the refuge's name: only that a specialist service is involved
        assertThat(stub.agenciesInvolved()).containsExactly("Northfield Council", "Northfield Police");
        assertThat(stub.specialistInvolved()).isTrue();
        assertThat(stub.flags()).isEmpty();
        assertThat(stub.addresses()).isEmpty();
        assertThat(stub.aliases()).isEmpty();
        assertThat(stub.relationships()).isEmpty();
        assertThat(stub.safeContact()).isEqualTo(SafeContact.notYetAsked());
        assertThat(stub.seesConfidential()).isFalse();
        assertThat(stub.allocatedToMe()).isFalse();
        assertThat(stub.glassBroken()).isFalse();
    }

    @Test
    void aStubWithOnlyStatutoryAgenciesSaysNoSpecialistAndAnUnknownBirthHasNoYear() {
        PersonDetails unknownBirth = new PersonDetails("Beth", "Ashdown", null, 40, Sex.FEMALE, null, null, null,
                false, Disability.NOT_KNOWN, null, null);
        PersonRecord stub = PeopleRules.stub(PERSON, unknownBirth, INVOLVED.subList(1, 3));
        assertThat(stub.specialistInvolved()).isFalse();
        assertThat(stub.yearOfBirth()).isNull();
        assertThat(PeopleRules.full(PERSON, unknownBirth, List.of(), GRANT, List.of(), RULES, List.of(),
                INVOLVED.subList(1, 3), List.of()).specialistInvolved()).isFalse();
    }

    @Test
    void aGroundedReaderSeesConfidentialAddressesButNotTheSafeNumberUnlessAllocated() {
        PersonRecord r = PeopleRules.full(PERSON, DETAILS, List.of("Beth Smith"), GRANT, List.of(HIDDEN, HOME), RULES,
                List.of(), INVOLVED, FLAGS);
        assertThat(r.full()).isTrue();
        assertThat(r.seesConfidential()).isTrue();
        assertThat(r.addresses()).containsExactly(HIDDEN, HOME);
        assertThat(r.hiddenConfidentialAddresses()).isZero();
        assertThat(r.allocatedToMe()).isFalse();
        assertThat(r.glassBroken()).isFalse();
        assertThat(r.safeContact().safePhone()).isNull();
        assertThat(r.safeContact().safeAddress()).isNull();
        assertThat(r.safeContact().safeTimes()).isEqualTo("mornings");
        assertThat(r.details()).isEqualTo(DETAILS);
        assertThat(r.yearOfBirth()).isEqualTo(1985);
        assertThat(r.aliases()).containsExactly("Beth Smith");
        assertThat(r.flags()).isEqualTo(FLAGS);
        assertThat(r.agenciesInvolved()).containsExactly("Haven Refuge", "Northfield Council", "Northfield Police");
        assertThat(r.specialistInvolved()).isTrue();
    }

    @Test
    void theAllocatedWorkerSeesTheSafeNumberAndAddress() {
        PersonRecord r = PeopleRules.full(PERSON, DETAILS, List.of(), ALLOCATED, List.of(HOME), RULES, List.of(),
                INVOLVED, List.of());
        assertThat(r.allocatedToMe()).isTrue();
        assertThat(r.safeContact()).isEqualTo(RULES);
    }

    @Test
    void aBreakGlassReaderSeesNeitherConfidentialAddressesNorTheSafeNumber() {
        PersonRecord r = PeopleRules.full(PERSON, DETAILS, List.of(), GLASS, List.of(HIDDEN, HOME), RULES, List.of(),
                INVOLVED, List.of());
        assertThat(r.full()).isTrue();
        assertThat(r.glassBroken()).isTrue();
        assertThat(r.seesConfidential()).isFalse();
        assertThat(r.addresses()).containsExactly(HOME);
        assertThat(r.hiddenConfidentialAddresses()).isEqualTo(1);
        assertThat(r.safeContact().safePhone()).isNull();
        // a reader with a real ground who also broke the glass is not shown as a glass-breaker
        assertThat(PeopleRules.full(PERSON, DETAILS, List.of(), new AccessRules.View(true, true, false, true, false),
                List.of(HIDDEN), RULES, List.of(), INVOLVED, List.of()).glassBroken()).isFalse();
    }

    @Test
    void aTemporaryGrantReadsTheRecordButIsNoGroundForConfidentialAddressesOrChanges() {
        AccessRules.View research = new AccessRules.View(true, false, false, false, false);
        assertThat(research.full()).isTrue();
        assertThat(research.grounded()).as("MARAC research must not renew or widen itself").isFalse();
        PersonRecord r = PeopleRules.full(PERSON, DETAILS, List.of(), research, List.of(HIDDEN, HOME), RULES, List.of(),
                INVOLVED, List.of());
        assertThat(r.seesConfidential()).isFalse();
        assertThat(r.addresses()).containsExactly(HOME);
    }

    // --- what may be granted ---

    @Test
    void theHubGroundIsNeverGranted() {
        signInAs(Role.HUB_COORDINATOR);
        JdbcPersonAccess access = access();
        assertThatThrownBy(() -> access.grant(PERSON, GrantHolder.agency(AGENCY), AccessGround.HUB, AccessScope.RECORD,
                null, null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hub ground");
    }

    @Test
    void safeContactDetailsAreNeverGrantedToAnAgency() {
        signInAs(Role.HUB_COORDINATOR);
        JdbcPersonAccess access = access();
        assertThatThrownBy(() -> access.grant(PERSON, GrantHolder.agency(AGENCY), AccessGround.ALLOCATED,
                AccessScope.SAFE_CONTACT, null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("named member of staff");
    }

    @Test
    void aGrantNeedsSomeoneSignedIn() {
        JdbcPersonAccess access = access();
        assertThatThrownBy(() -> access.grant(PERSON, GrantHolder.agency(AGENCY), AccessGround.REFERRER,
                AccessScope.RECORD, null, null)).isInstanceOf(AccessDeniedException.class).hasMessage("Not signed in");
    }

    // --- who may allocate and decide ---

    @Test
    void onlyHubCoordinatorsListOrDecideAllocationRequests() {
        signInAs(Role.PRACTITIONER, Role.AGENCY_REPRESENTATIVE, Role.SYSTEM_ADMIN);
        JdbcPersonAccess access = access();
        UUID request = UUID.randomUUID();
        assertThatThrownBy(() -> access.allocationRequests(true)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Hub coordinators decide allocations");
        assertThatThrownBy(() -> access.approveAllocation(request)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Hub coordinators decide allocations");
        assertThatThrownBy(() -> access.refuseAllocation(request, "no")).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Hub coordinators decide allocations");
    }

    @Test
    void anApiClientIsNeverAllocatedNorDecides() {
        signInAsApiClient();
        JdbcPersonAccess access = access();
        assertThatThrownBy(() -> access.allocateToMe(PERSON)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Only staff can do this");
        assertThatThrownBy(() -> access.allocationRequests(false)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Only staff can do this");
        JdbcPeople people = new JdbcPeople(null, null, new GlassBreaks(null, null));
        assertThatThrownBy(() -> people.breakGlass(PERSON, "a good long reason")).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Only staff can do this");
    }

    @Test
    void nobodySignedInIsRefusedEverything() {
        JdbcPersonAccess access = access();
        assertThatThrownBy(() -> access.mayView(PERSON)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> access.allocateToMe(PERSON)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Not signed in");
        assertThatThrownBy(() -> access.viewableAmong(List.of(PERSON))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theHubSeesEveryoneAmongThoseFoundWithoutAQueryAndNobodyIsAmongNone() {
        signInAs(Role.HUB_COORDINATOR);
        JdbcPersonAccess access = access();
        PersonId other = PersonId.random();
        assertThat(access.viewableAmong(List.of(PERSON, other))).containsExactlyInAnyOrder(PERSON, other);
        assertThat(access.groundedAmong(List.of(PERSON, other))).containsExactlyInAnyOrder(PERSON, other);
        signInAs(Role.PRACTITIONER);
        assertThat(access.viewableAmong(List.of())).isEmpty();
        assertThat(access.groundedAmong(List.of())).isEmpty();
    }

    // --- writes need a real ground ---

    static JdbcPeople peopleSeenAs(AccessRules.View view) {
        Grants grants = mock(Grants.class);
        when(grants.view(any(), any())).thenReturn(view);
        when(grants.view(any())).thenReturn(view);
        return new JdbcPeople(null, new PersonChanges(null, null, null, grants, null, null, null), null);
    }

    @Test
    void aBreakGlassReaderChangesNothing() {
        signInAs(Role.PRACTITIONER);
        for (AccessRules.View view : List.of(GLASS, NONE)) {
            JdbcPeople people = peopleSeenAs(view);
            assertThatThrownBy(() -> people.update(PERSON, DETAILS, List.of())).isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("No ground");
            assertThatThrownBy(() -> people.addAddress(PERSON, HOME)).isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("No ground");
            assertThatThrownBy(() -> people.setSafeContact(PERSON, SafeContact.notYetAsked()))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("No ground");
        }
    }

    @Test
    void onlyTheAllocatedWorkerRecordsASafeNumberOrAddress() {
        signInAs(Role.PRACTITIONER);
        JdbcPeople grounded = peopleSeenAs(GRANT);
        SafeContact number = new SafeContact(true, null, null, null, null, null, "07700 900123", null, null);
        SafeContact address = new SafeContact(true, null, null, null, null, null, " ", "c/o the library", null);
        assertThatThrownBy(() -> grounded.setSafeContact(PERSON, number)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("allocated worker");
        assertThatThrownBy(() -> grounded.setSafeContact(PERSON, address)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("allocated worker");
        // the rules without a number or address may be recorded by anyone with a ground: past the guard, to the database
        assertThatThrownBy(() -> grounded.setSafeContact(PERSON, new SafeContact(true, null, null, null, null,
                "mornings", " ", null, null))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> peopleSeenAs(ALLOCATED).setSafeContact(PERSON, number))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void breakingTheGlassNeedsAReasonOfTenCharacters() {
        JdbcPeople people = new JdbcPeople(null, null, new GlassBreaks(null, null));
        assertThatThrownBy(() -> people.breakGlass(PERSON, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> people.breakGlass(PERSON, "  123456789  ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 10");
        // ten characters pass the reason check and reach the sign-in check
        assertThatThrownBy(() -> people.breakGlass(PERSON, " 1234567890 ")).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Not signed in");
    }

    @Test
    void postcodesAreStoredInOneForm() {
        assertThat(PeopleRules.normalisePostcode(" nf9  9zz ")).isEqualTo("NF9 9ZZ");
        assertThat(PeopleRules.normalisePostcode("sw1a1aa")).isEqualTo("SW1A 1AA");
        assertThat(PeopleRules.normalisePostcode("abc")).isEqualTo("ABC");
        assertThat(PeopleRules.normalisePostcode("abcd")).isEqualTo("A BCD");
        assertThat(PeopleRules.normalisePostcode(" ")).isNull();
        assertThat(PeopleRules.normalisePostcode(null)).isNull();
    }
}
