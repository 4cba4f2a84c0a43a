package org.hearth.subjectaccess.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.hearth.people.PersonCorrection;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.hearth.subjectaccess.NewRequest;
import org.hearth.subjectaccess.Representative;
import org.hearth.subjectaccess.RepresentativeKind;
import org.hearth.subjectaccess.RequestId;
import org.hearth.subjectaccess.RequesterRole;
import org.hearth.subjectaccess.SubjectAccessRequest;
import org.junit.jupiter.api.Test;

/** The rules of a request, its checks, its extension, its release and a proposed correction; no database. */
class SubjectAccessRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    private static InvalidInputException refused(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    private static SubjectAccessRequest request(LocalDate identity, Representative rep, Instant released) {
        LocalDate received = TODAY.minusDays(3);
        return new SubjectAccessRequest(new RequestId(UUID.randomUUID()), "SAR-2026-0001", received, "Piers Harmer",
                RequesterRole.PERSON_CAUSING_HARM, identity, identity == null ? null : "Passport",
                new PersonId(UUID.randomUUID()), "Piers Harmer", SubjectAccessRequest.dueOn(received), null, null,
                released, null, "Rowan Adebayo", rep);
    }

    @Test
    void anEmptyRequestNamesEveryFieldMissing() {
        InvalidInputException e = refused(() -> SubjectAccessRules.opening(new NewRequest(null, " ", null, null, null,
                "", null, null), TODAY));
        assertThat(e.errors()).containsOnlyKeys("receivedOn", "requesterName", "requesterRole", "givenName",
                "familyName", "dateOfBirth");
    }

    @Test
    void aRequestFromTheFutureOrWithAnOldIdentityCheckIsRefused() {
        assertThat(refused(() -> SubjectAccessRules.opening(new NewRequest(TODAY.plusDays(1), "Piers",
                RequesterRole.PERSON_CAUSING_HARM, null, null, "Piers", "Harmer", LocalDate.of(1979, 2, 3)), TODAY))
                .errors()).containsOnlyKeys("receivedOn");
        assertThat(refused(() -> SubjectAccessRules.opening(new NewRequest(TODAY, "Piers",
                RequesterRole.PERSON_CAUSING_HARM, TODAY.minusMonths(2), "Passport", "Piers", "Harmer",
                LocalDate.of(1979, 2, 3)), TODAY)).errors()).containsOnlyKeys("identityCheckedOn");
        assertThatCode(() -> SubjectAccessRules.opening(new NewRequest(TODAY, "Piers",
                RequesterRole.PERSON_CAUSING_HARM, null, null, "Piers", "Harmer", LocalDate.of(1979, 2, 3)), TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void aParentAsksForAChildUnderTwelveOnly() {
        Representative parent = new Representative("Pat Parent", RepresentativeKind.PARENT, "Birth certificate",
                null, null);
        LocalDate eleven = TODAY.minusYears(SubjectAccessRules.PARENT_UNTIL).plusDays(1);
        assertThatCode(() -> SubjectAccessRules.opening(new NewRequest(TODAY, "Pat Parent",
                RequesterRole.PERSON_AT_RISK, null, null, "Kit", "Child", eleven, parent), TODAY))
                .doesNotThrowAnyException();
        LocalDate twelve = TODAY.minusYears(SubjectAccessRules.PARENT_UNTIL);
        assertThat(refused(() -> SubjectAccessRules.opening(new NewRequest(TODAY, "Pat Parent",
                RequesterRole.PERSON_AT_RISK, null, null, "Kit", "Child", twelve, parent), TODAY)).errors())
                .containsOnlyKeys("representativeKind");
    }

    @Test
    void theRepresentativesIdentityIsCheckedUnderTheirOwnFieldNames() {
        Representative rep = new Representative("Sol Icitor", RepresentativeKind.SOLICITOR, "Signed authority",
                null, null);
        assertThat(refused(() -> SubjectAccessRules.representativeCheck(request(TODAY, rep, null), TODAY.plusDays(1),
                "Practising certificate", TODAY)).errors()).containsOnlyKeys("representativeCheckedOn");
        assertThat(refused(() -> SubjectAccessRules.representativeCheck(request(TODAY, null, null), TODAY, "Card",
                TODAY)).errors()).containsOnlyKeys("representativeCheckedOn");
    }

    @Test
    void anExtensionIsAfterTheDueDateAndAtMostThreeMonthsFromReceipt() {
        SubjectAccessRequest r = request(TODAY, null, null);
        assertThat(refused(() -> SubjectAccessRules.extension(r, r.dueOn(), "Complex")).errors())
                .containsOnlyKeys("extendedTo");
        assertThat(refused(() -> SubjectAccessRules.extension(r, r.receivedOn().plusMonths(3).plusDays(1),
                "Complex")).errors()).containsOnlyKeys("extendedTo");
        assertThat(refused(() -> SubjectAccessRules.extension(r, r.dueOn().plusDays(1), " ")).errors())
                .containsOnlyKeys("extensionReason");
        assertThatCode(() -> SubjectAccessRules.extension(r, r.dueOn().plusDays(1), "Complex"))
                .doesNotThrowAnyException();
    }

    @Test
    void nothingIsReleasedBeforeBothIdentitiesAreCheckedNoCorrectionWaitsAndEveryItemIsReviewed() {
        assertThat(refused(() -> SubjectAccessRules.release(request(null, null, null), 0)).field())
                .isEqualTo("identityCheckedOn");
        Representative unchecked = new Representative("Sol Icitor", RepresentativeKind.SOLICITOR, "Signed", null,
                null);
        assertThat(refused(() -> SubjectAccessRules.release(request(TODAY, unchecked, null), 0)).field())
                .isEqualTo("representativeCheckedOn");
        assertThat(refused(() -> SubjectAccessRules.release(request(TODAY, null, null), 1)).field())
                .isEqualTo("corrections");
        assertThatCode(() -> SubjectAccessRules.release(request(TODAY, null, null), 0)).doesNotThrowAnyException();
        assertThat(refused(() -> SubjectAccessRules.allReviewed(1)).getMessage()).contains("1 flagged item is");
        assertThatCode(() -> SubjectAccessRules.allReviewed(0)).doesNotThrowAnyException();
    }

    @Test
    void aReleasedRequestChangesNoMoreAndAnotherAgencysIsNotFound() {
        assertThat(refused(() -> SubjectAccessRules.stillOpen(request(TODAY, null, Instant.now()))).field())
                .isEqualTo("released");
        assertThatThrownBy(() -> SubjectAccessRules.found(Optional.empty())).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void aProposedCorrectionIsRefusedByThePeopleModulesCorrectionRules() {
        // the rules themselves: CorrectionRulesTest; here, that a proposal is held to them with every field named
        assertThat(refused(() -> SubjectAccessRules.proposal(PersonCorrection.Field.GIVEN_NAME, "Piers", "Piers",
                "Typo", "The requester", TODAY)).errors()).containsOnly(
                        java.util.Map.entry("newValue", "Enter a value different from the one recorded"));
        assertThat(refused(() -> SubjectAccessRules.proposal(null, null, null, "", "", TODAY)).errors())
                .containsOnlyKeys("field", "newValue", "reason", "requestedBy");
        assertThatCode(() -> SubjectAccessRules.proposal(PersonCorrection.Field.GIVEN_NAME, " Pierce ", "Piers",
                "Typo", "The requester", TODAY)).doesNotThrowAnyException();
        assertThat(refused(() -> SubjectAccessRules.rejection(" ")).errors()).containsOnlyKeys("decisionReason");
    }
}
