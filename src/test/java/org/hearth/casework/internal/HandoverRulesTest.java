package org.hearth.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.casework.internal.CaseworkUnits.AGENCY_X;
import static org.hearth.casework.internal.CaseworkUnits.AGENCY_Y;
import static org.hearth.casework.internal.CaseworkUnits.PERSON;
import static org.hearth.casework.internal.CaseworkUnits.practitioner;
import static org.hearth.casework.internal.CaseworkUnits.user;
import static org.hearth.casework.internal.CaseworkUnits.worker;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUserId;
import org.hearth.casework.Case;
import org.hearth.casework.CaseId;
import org.hearth.casework.CaseService;
import org.hearth.casework.CaseStatus;
import org.hearth.casework.HandoverId;
import org.hearth.casework.ServiceKind;
import org.hearth.partnership.AgencyId;
import org.hearth.people.AccessGrant;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.GrantBasis;
import org.hearth.people.GrantHolder;
import org.hearth.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A handover's rules ({@link HandoverRules}): to whom a case may go, the receiving agency's read of 14 days, and
 * exactly which grants end on acceptance (the handover's read; the old worker's and, when the case leaves the agency,
 * the old agency's grants of this case; never another case's, another basis's or the new holders').
 */
class HandoverRulesTest {

    final StaffPrincipal workerA = practitioner(AGENCY_X);
    final StaffPrincipal colleague = practitioner(AGENCY_X);
    final StaffPrincipal outsider = practitioner(AGENCY_X);
    final CaseService from = CaseworkUnits.service(AGENCY_X, ServiceKind.IDVA, null, worker(workerA, false),
            worker(colleague, false));
    final CaseService yIdva = CaseworkUnits.service(AGENCY_Y, ServiceKind.IDVA, null);
    final CaseService yOutreach = CaseworkUnits.service(AGENCY_Y, ServiceKind.OUTREACH, null);
    final Case c = CaseworkUnits.aCase(from.id(), user(workerA), CaseStatus.OPEN, null);

    static Map<String, String> refused(Executable call) {
        return org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class, call).errors();
    }

    HandoverRules.Target toColleague(StaffUserId who, String note) {
        return HandoverRules.target(c, from, who, null, null, List.of(from, yIdva), note);
    }

    HandoverRules.Target toService(CaseService to, List<CaseService> all) {
        return HandoverRules.target(c, from, null, to.id(), null, all, "Moved");
    }

    HandoverRules.Target toAgency(AgencyId agency, List<CaseService> all) {
        return HandoverRules.target(c, from, null, null, agency, all, "Moved");
    }

    @Test
    void aCaseGoesToAColleagueInTheServiceWithANote() {
        HandoverRules.Target t = toColleague(user(colleague), "  Going on leave \n");
        assertThat(t.to()).isEqualTo(from);
        assertThat(t.note()).isEqualTo("Going on leave");
        assertThat(toColleague(user(colleague), "x".repeat(5000)).note()).hasSize(5000);
        assertThat(refused(() -> toColleague(user(outsider), "n"))).containsOnlyKeys("toWorker");
        assertThat(refused(() -> toColleague(user(workerA), "n"))).containsOnlyKeys("toWorker")
                .containsValue("The case is already theirs: choose another colleague");
        assertThat(refused(() -> toColleague(user(colleague), " "))).containsOnlyKeys("note");
        assertThat(refused(() -> toColleague(user(colleague), null))).containsOnlyKeys("note");
        assertThat(refused(() -> toColleague(user(colleague), "x".repeat(5001)))).containsOnlyKeys("note")
                .containsValue("The note must be 5000 characters or fewer");
    }

    @Test
    void aCaseGoesToTheChosenServiceOfTheSameKindNeverToBothNorToNeither() {
        // an agency running the kind in two areas: the one chosen takes the case, not its first
        CaseService ySouth = CaseworkUnits.service(AGENCY_Y, ServiceKind.IDVA, null);
        List<CaseService> all = List.of(from, yOutreach, yIdva, ySouth);
        assertThat(toService(ySouth, all).to()).isEqualTo(ySouth);
        assertThat(toService(yIdva, all).to()).isEqualTo(yIdva);
        // a service of another kind, one not offered, or the case's own: refused, with the field's message
        assertThat(refused(() -> toService(yOutreach, all))).containsOnlyKeys("toService")
                .containsValue(yOutreach.agencyName() + ": " + yOutreach.name() + " is not a service like this one"
                        + " (IDVA service): choose one of the services that take the case");
        assertThat(refused(() -> toService(yIdva, List.of(from, yOutreach)))).containsOnlyKeys("toService")
                .containsValue("Choose one of the services");
        assertThat(refused(() -> toService(from, all))).containsOnlyKeys("toService")
                .containsValue("The case is already with " + from.name()
                        + ": choose a colleague in the service, or another service");
        // its own agency's service of the kind in another area takes it (a person who moves)
        CaseService xSouth = CaseworkUnits.service(AGENCY_X, ServiceKind.IDVA, null);
        assertThat(toService(xSouth, List.of(from, xSouth, yIdva)).to()).isEqualTo(xSouth);
        assertThat(refused(() -> HandoverRules.target(c, from, user(colleague), yIdva.id(), null, all, "n")))
                .containsOnlyKeys("toWorker");
        assertThat(refused(() -> HandoverRules.target(c, from, null, null, null, all, "n")))
                .containsOnlyKeys("toWorker")
                .containsValue("Choose a colleague, or a service to hand the case over to (not both)");
    }

    @Test
    void theOlderFormsAgencyNamesItsOneServiceThatTakesOverOrIsAskedForTheService() {
        assertThat(toAgency(AGENCY_Y, List.of(from, yOutreach, yIdva)).to()).isEqualTo(yIdva);
        CaseService ySouth = CaseworkUnits.service(AGENCY_Y, ServiceKind.IDVA, null);
        assertThat(refused(() -> toAgency(AGENCY_Y, List.of(from, yIdva, ySouth)))).containsOnlyKeys("toService")
                .containsValue(yIdva.agencyName() + " runs 2 services like this one (IDVA service): choose the"
                        + " service to hand the case over to");
        assertThat(refused(() -> toAgency(AGENCY_Y, List.of(from, yOutreach)))).containsOnlyKeys("toService")
                .containsValue(yOutreach.agencyName() + " runs no service like this one (IDVA service) to take the"
                        + " case: choose a service that takes it");
        assertThat(refused(() -> toAgency(new AgencyId(UUID.randomUUID()), List.of(from, yIdva))))
                .containsOnlyKeys("toService").containsValue("Choose one of the services");
        // its own agency with no other service of the kind: the message says why
        assertThat(refused(() -> toAgency(AGENCY_X, List.of(from, yIdva)))).containsOnlyKeys("toService")
                .containsValue("The case is already with " + from.agencyName() + ", which runs no other"
                        + " service like this one (IDVA service): choose a colleague in the service, or another service");
    }

    @Test
    void aSecondHandoverWaitsForTheFirst() {
        Case waiting = new Case(c.id(), c.reference(), c.service(), c.serviceName(), c.kind(), c.person(), c.source(),
                c.referredOn(), c.referredBy(), c.reason(), c.status(), c.worker(), c.workerName(), c.allocatedAt(),
                c.firstContactDue(), c.firstAttemptAt(), c.firstContactAt(), c.engagement(),
                CaseworkUnits.handoverTo(c.id(), from.id(), yIdva.id(), null), null, null);
        assertThat(refused(() -> HandoverRules.target(waiting, from, user(colleague), null, null, List.of(), "n"))).containsOnlyKeys("toWorker")
                .containsValue("A handover of this case is already waiting to be accepted");
    }

    @Test
    void theReceivingAgencyReadsForFourteenDays() {
        Instant now = Instant.parse("2026-12-05T10:00:00Z");
        assertThat(Duration.between(now, HandoverRules.readEnds(now))).isEqualTo(Duration.ofDays(14));
    }

    final CaseId caseId = new CaseId(UUID.randomUUID());
    final HandoverId handover = new HandoverId(UUID.randomUUID());
    final StaffUserId oldWorker = new StaffUserId(UUID.randomUUID());

    static AccessGrant grant(GrantHolder holder, GrantBasis basis) {
        return new AccessGrant(UUID.randomUUID(), PERSON, AccessGround.ALLOCATED, AccessScope.RECORD, holder, "h",
                Instant.now(), null, null, basis);
    }

    boolean ends(AccessGrant g, boolean agencyChanges) {
        return HandoverRules.endsOnAcceptance(g, caseId, handover, oldWorker.value(), AGENCY_X, agencyChanges);
    }

    @Test
    void acceptanceEndsTheHandoversReadAndTheOldHoldersGrantsOfThisCaseOnly() {
        GrantBasis thisCase = GrantBasis.of(JdbcCasework.CASE_BASIS, caseId);
        GrantBasis otherCase = GrantBasis.of(JdbcCasework.CASE_BASIS, UUID.randomUUID());
        GrantBasis thisHandover = GrantBasis.of(JdbcCasework.HANDOVER_BASIS, handover);
        GrantBasis otherHandover = GrantBasis.of(JdbcCasework.HANDOVER_BASIS, UUID.randomUUID());
        GrantBasis sameIdOtherKind = GrantBasis.of("referral", caseId);
        GrantBasis handoverIdAsCase = GrantBasis.of(JdbcCasework.CASE_BASIS, handover);
        GrantHolder oldUser = GrantHolder.user(oldWorker);
        GrantHolder newUser = GrantHolder.user(new StaffUserId(UUID.randomUUID()));
        GrantHolder oldAgency = GrantHolder.agency(AGENCY_X);
        GrantHolder newAgency = GrantHolder.agency(AGENCY_Y);

        assertThat(ends(grant(newAgency, thisHandover), false)).as("the handover's read").isTrue();
        assertThat(ends(grant(newAgency, thisHandover), true)).isTrue();
        assertThat(ends(grant(newAgency, otherHandover), true)).as("another handover's read").isFalse();
        assertThat(ends(grant(oldUser, thisCase), false)).as("the old worker's").isTrue();
        assertThat(ends(grant(oldUser, otherCase), true)).as("the old worker's other case").isFalse();
        assertThat(ends(grant(oldUser, sameIdOtherKind), true)).as("another basis with the same id").isFalse();
        assertThat(ends(grant(oldUser, handoverIdAsCase), true)).isFalse();
        assertThat(ends(grant(oldAgency, thisCase), true)).as("the old agency's, the case leaving it").isTrue();
        assertThat(ends(grant(oldAgency, thisCase), false)).as("the agency's, the case staying").isFalse();
        assertThat(ends(grant(newUser, thisCase), true)).as("the new worker's").isFalse();
        assertThat(ends(grant(newAgency, thisCase), true)).as("the new agency's").isFalse();
        assertThat(ends(grant(oldUser, null), true)).as("a grant on no basis").isFalse();
        assertThat(HandoverRules.endsOnAcceptance(grant(oldUser, thisCase), caseId, handover, null, AGENCY_X, false))
                .as("no old worker (a case from the queue)").isFalse();
        assertThat(HandoverRules.endsOnAcceptance(grant(newUser, thisCase), caseId, handover, null, AGENCY_X, true))
                .isFalse();
    }
}
