package org.hearth.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.orders.Applicant;
import org.hearth.orders.ClockRule;
import org.hearth.orders.ExcludedDay;
import org.hearth.orders.NewBreach;
import org.hearth.orders.NewOrder;
import org.hearth.orders.OrderClocks;
import org.hearth.orders.OrderId;
import org.hearth.orders.OrderType;
import org.hearth.orders.PoliceResponse;
import org.hearth.orders.ProtectiveOrder;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * {@link OrderRules} without the database or Spring: every refusal of an order, a breach and a type's clock or
 * length, at each bound (the last value allowed and the first refused), with the message the field gets. Who may be
 * named is the caller's decision, given here as a {@link OrderRules.Naming} that refuses a chosen set.
 */
class OrderRulesBoundsTest {

    static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    static final Instant MADE = Instant.parse("2026-03-02T09:00:00Z");
    static final LocalDate MADE_ON = LocalDate.of(2026, 3, 2);

    /** Hours or days straight through: the calendar is {@code CalendarOrderClocks}' and tested there. */
    static final OrderClocks CLOCKS = (rule, from) -> from.plus(
            Duration.ofHours(rule.unit() == ClockRule.Unit.HOURS ? rule.amount() : 24L * rule.amount()));

    static final ClockRule HEARING_48 = new ClockRule(ClockRule.Kind.HEARING, "Hearing", ClockRule.Anchor.NOTICE, 48,
            ClockRule.Unit.HOURS, Set.of(), true);
    static final ClockRule HEARING_FROM_MADE = new ClockRule(ClockRule.Kind.HEARING, "Hearing",
            ClockRule.Anchor.MADE, 48, ClockRule.Unit.HOURS, Set.of(), false);
    static final ClockRule NOTIFIED_3_DAYS = new ClockRule(ClockRule.Kind.NOTIFICATION, "Name and address",
            ClockRule.Anchor.SERVED, 3, ClockRule.Unit.DAYS, Set.of(), false);

    static final OrderType DVPN = new OrderType("DVPN", "Domestic violence protection notice", "DVPN", "CSA 2010",
            2, 2, true, 0, "A superintendent or above", Set.of(Applicant.POLICE), false, null, false, null, null, null,
            null, List.of(HEARING_FROM_MADE), List.of());
    static final OrderType DVPO = new OrderType("DVPO", "Domestic violence protection order", "DVPO", "CSA 2010",
            14, 28, true, 3, null, Set.of(Applicant.POLICE), false, "DVPN", true, null, null, null, null,
            List.of(HEARING_48), List.of());
    static final OrderType DAPO = new OrderType("DAPO", "Domestic abuse protection order", "DAPO", "DAA 2021", null,
            null, false, 14, null, Set.of(Applicant.POLICE, Applicant.VICTIM, Applicant.THIRD_PARTY), true, null,
            false, LocalDate.of(2026, 3, 2), null, null, null, List.of(NOTIFIED_3_DAYS), List.of());
    static final OrderType BAIL = new OrderType("BAIL", "Bail conditions", "Bail conditions", "BA 1976", null, null,
            false, 7, null, Set.of(Applicant.COURT), false, null, false, null, LocalDate.of(2026, 3, 1), null, null,
            List.of(), List.of());
    static final List<OrderType> TYPES = List.of(DVPN, DVPO, DAPO, BAIL);

    final OrderRules rules = new OrderRules(CLOCKS);
    final PersonId victim = person();
    final PersonId subject = person();
    final PersonId child = person();
    final List<Set<PersonId>> asked = new ArrayList<>();

    static PersonId person() {
        return new PersonId(UUID.randomUUID());
    }

    /** A DAPO that passes every rule, made at {@link #MADE}. */
    NewOrder dapo() {
        return new NewOrder("DAPO", List.of(victim), subject, Applicant.VICTIM, null, null, MADE, null, null, null,
                MADE_ON, null, null, false, null);
    }

    /** A DVPO that passes: notice an hour before it was made, heard at the same time. */
    NewOrder dvpo(Instant hearing) {
        return new NewOrder("DVPO", List.of(victim), subject, Applicant.POLICE, null, null, MADE,
                MADE.minusSeconds(3600), null, hearing, MADE_ON, MADE_ON.plusDays(13), null, false, null);
    }

    OrderType check(NewOrder o, Set<PersonId> refused) {
        return rules.order(victim, o, TYPES, (through, others) -> {
            assertThat(others).doesNotContain(through);
            asked.add(others);
            return refused;
        }, NOW);
    }

    OrderType check(NewOrder o) {
        return check(o, Set.of());
    }

    static Map<String, String> errors(Executable e) {
        try {
            e.execute();
        } catch (InvalidInputException refused) {
            return refused.errors();
        } catch (Throwable other) {
            throw new AssertionError("not an InvalidInputException", other);
        }
        throw new AssertionError("nothing was refused");
    }

    NewOrder with(NewOrder o, String field, Object value) {
        Object[] v = {o.typeCode(), o.protectedPersons(), o.subject(), o.applicant(), o.applicantDetail(),
            o.authorisedBy(), o.madeAt(), o.noticeAt(), o.servedAt(), o.hearingAt(), o.startsOn(), o.endsOn(),
            o.conditions(), o.electronicMonitoring(), o.subjectNotifiedAt()};
        List<String> names = List.of("typeCode", "protectedPersons", "subject", "applicant", "applicantDetail",
                "authorisedBy", "madeAt", "noticeAt", "servedAt", "hearingAt", "startsOn", "endsOn", "conditions",
                "electronicMonitoring", "subjectNotifiedAt");
        v[names.indexOf(field)] = value;
        @SuppressWarnings("unchecked")
        List<PersonId> protectedPersons = (List<PersonId>) v[1];
        return new NewOrder((String) v[0], protectedPersons, (PersonId) v[2], (Applicant) v[3], (String) v[4],
                (String) v[5], (Instant) v[6], (Instant) v[7], (Instant) v[8], (Instant) v[9], (LocalDate) v[10],
                (LocalDate) v[11], (String) v[12], (Boolean) v[13], (Instant) v[14]);
    }

    // ------------------------------------------------------------------------------------------------ orders

    @Test
    void anOrderThatMeetsEveryRulePassesWithItsTypeAndOnlyTheOtherPeopleAreAskedAbout() {
        assertThat(check(dapo())).isSameAs(DAPO);
        assertThat(asked).containsExactly(Set.of(subject));
        assertThat(check(with(dapo(), "typeCode", " DAPO "))).as("the code is stripped").isSameAs(DAPO);
        assertThat(check(dvpo(MADE))).isSameAs(DVPO);
    }

    @Test
    void theTypeMustBeChosenFromTheList() {
        assertThat(errors(() -> check(with(dapo(), "typeCode", null)))).containsEntry("type", "Choose the type of order");
        assertThat(errors(() -> check(with(dapo(), "typeCode", "  ")))).containsEntry("type", "Choose the type of order");
        assertThat(errors(() -> check(with(dapo(), "typeCode", "ASBO"))))
                .containsEntry("type", "Choose a type of order from the list");
    }

    @Test
    void theNamedPeopleMustIncludeAProtectedPersonASubjectWhoIsNotProtectedAndThePersonItIsRecordedThrough() {
        assertThat(errors(() -> check(with(dapo(), "protectedPersons", List.of()))))
                .containsEntry("protectedPersons", "Name at least one person the order protects");
        assertThat(errors(() -> check(with(dapo(), "subject", null))))
                .containsOnly(Map.entry("subject", "Name the person the order is against"));
        assertThat(errors(() -> check(with(dapo(), "subject", victim)))).containsOnly(
                Map.entry("subject", "The person the order is against cannot also be protected by it"));
        assertThat(errors(() -> check(with(with(dapo(), "protectedPersons", List.of(child)), "subject", subject))))
                .containsEntry("protectedPersons", "Record the order on the record of a person it names");
        // through the subject is fine: the subject is named
        assertThat(rules.order(subject, dapo(), TYPES, (t, o) -> Set.of(), NOW)).isSameAs(DAPO);
    }

    @Test
    void everyOtherPersonNamedMustBeOneTheCallerAllows() {
        NewOrder withChild = with(dapo(), "protectedPersons", List.of(victim, child));
        assertThat(errors(() -> check(withChild, Set.of(subject))))
                .containsOnly(Map.entry("subject", "Choose a person from this person's record"));
        assertThat(errors(() -> check(withChild, Set.of(child))))
                .containsOnly(Map.entry("protectedPersons", "Choose a person from this person's record"));
        assertThat(asked).containsExactly(Set.of(child, subject), Set.of(child, subject));
        // with nobody else named, nobody is asked about
        asked.clear();
        assertThat(errors(() -> check(with(dapo(), "subject", null), Set.of(victim)))).containsOnlyKeys("subject");
        assertThat(asked).isEmpty();
    }

    @Test
    void theApplicantMustBeOneTheTypeAllows() {
        assertThat(errors(() -> check(with(dapo(), "applicant", null))))
                .containsOnly(Map.entry("applicant", "Choose who applied for the order"));
        assertThat(errors(() -> check(with(dapo(), "applicant", Applicant.COURT)))).containsOnly(Map.entry("applicant",
                "Applications for a DAPO are made by the police, the person protected or someone else, with the "
                        + "court's leave: choose one of them"));
        assertThat(errors(() -> check(with(dvpo(MADE), "applicant", Applicant.VICTIM)))).containsOnly(
                Map.entry("applicant", "Applications for a DVPO are made by the police: choose one of them"));
    }

    @Test
    void shortTextIsBoundedAt200AndConditionsAt4000() {
        assertThatCode(() -> check(with(dapo(), "applicantDetail", " " + "a".repeat(200) + " "))).doesNotThrowAnyException();
        assertThat(errors(() -> check(with(dapo(), "applicantDetail", "a".repeat(201)))))
                .containsOnly(Map.entry("applicantDetail", "Who applied must be 200 characters or fewer"));
        assertThatCode(() -> check(with(dapo(), "authorisedBy", "a".repeat(200)))).doesNotThrowAnyException();
        assertThat(errors(() -> check(with(dapo(), "authorisedBy", "a".repeat(201)))))
                .containsOnly(Map.entry("authorisedBy", "Who authorised it must be 200 characters or fewer"));
        assertThatCode(() -> check(with(dapo(), "conditions", "a".repeat(4000)))).doesNotThrowAnyException();
        assertThat(errors(() -> check(with(dapo(), "conditions", "a".repeat(4001)))))
                .containsOnly(Map.entry("conditions", "The conditions must be 4000 characters or fewer"));
    }

    @Test
    void aTypeThatNeedsAuthorisationNeedsTheOfficerWhoAuthorisedIt() {
        NewOrder dvpn = new NewOrder("DVPN", List.of(victim), subject, Applicant.POLICE, null, null, MADE, null, null,
                null, MADE_ON, MADE_ON.plusDays(1), null, false, null);
        assertThat(errors(() -> check(with(dvpn, "authorisedBy", " ")))).containsOnly(Map.entry("authorisedBy",
                "Give the name and rank of the officer who authorised the DVPN (a superintendent or above)"));
        assertThat(check(with(dvpn, "authorisedBy", "Supt A. Jones"))).isSameAs(DVPN);
        assertThatCode(() -> check(dapo())).as("a DAPO needs none").doesNotThrowAnyException();
    }

    @Test
    void whenItWasMadeIsRequiredNotInTheFutureAndWithinTheTypesDates() {
        assertThat(errors(() -> check(with(dapo(), "madeAt", null)))).containsEntry("madeAt",
                "Enter when the order was made");
        // an hour's leeway for a clock a little fast
        assertThatCode(() -> check(with(with(dapo(), "madeAt", NOW.plusSeconds(3600)), "startsOn",
                MADE_ON))).doesNotThrowAnyException();
        assertThat(errors(() -> check(with(dapo(), "madeAt", NOW.plusSeconds(3601))))).containsOnly(
                Map.entry("madeAt", "When the order was made cannot be in the future"));
        assertThat(errors(() -> check(with(dapo(), "madeAt", MADE.minus(Duration.ofDays(1)))))).containsOnly(
                Map.entry("madeAt", "DAPOs can be made only from 2 March 2026"));
        NewOrder bail = new NewOrder("BAIL", List.of(victim), subject, Applicant.COURT, null, null, MADE, null, null,
                null, MADE_ON, null, null, false, null);
        assertThat(check(with(with(bail, "madeAt", MADE.minus(Duration.ofDays(1))), "startsOn",
                MADE_ON.minusDays(1)))).as("on its last day").isSameAs(BAIL);
        assertThat(errors(() -> check(bail))).containsOnlyKeys("madeAt")
                .hasEntrySatisfying("madeAt", m -> assertThat(m).endsWith("could be made only until 1 March 2026"));
    }

    @Test
    void theNoticeComesBeforeTheOrderAndServiceAndNotificationAfterIt() {
        assertThat(errors(() -> check(with(dvpo(MADE), "noticeAt", null)))).containsOnly(
                Map.entry("noticeAt", "Enter when the DVPN was given: the hearing clock starts then"));
        assertThat(errors(() -> check(with(dvpo(MADE.plusSeconds(2)), "noticeAt", MADE.plusSeconds(1)))))
                .containsOnly(Map.entry("noticeAt", "The notice must be given before the order is made"));
        assertThatCode(() -> check(with(dvpo(MADE), "noticeAt", MADE))).doesNotThrowAnyException();
        assertThat(errors(() -> check(with(dapo(), "servedAt", MADE.minusSeconds(1))))).containsOnly(
                Map.entry("servedAt", "The order cannot be served before it was made"));
        assertThatCode(() -> check(with(dapo(), "servedAt", MADE))).doesNotThrowAnyException();
        assertThat(errors(() -> check(with(dapo(), "servedAt", NOW.plusSeconds(3601))))).containsOnly(
                Map.entry("servedAt", "When the order was served cannot be in the future"));
        assertThat(errors(() -> check(with(dapo(), "subjectNotifiedAt", MADE.minusSeconds(1))))).containsOnly(
                Map.entry("subjectNotifiedAt", "The notification cannot be before the order was made"));
        assertThatCode(() -> check(with(dapo(), "subjectNotifiedAt", MADE))).doesNotThrowAnyException();
    }

    @Test
    void anEnforcedClockRefusesAHearingOutsideItAndNoClockIsMetBeforeItsAnchor() {
        Instant notice = MADE.minusSeconds(3600);
        assertThat(errors(() -> check(dvpo(notice.minusSeconds(1))))).containsOnly(
                Map.entry("hearingAt", "The hearing cannot be before the notice was given"));
        assertThatCode(() -> check(dvpo(notice.plus(Duration.ofHours(48))))).as("due exactly")
                .doesNotThrowAnyException();
        assertThat(errors(() -> check(dvpo(notice.plus(Duration.ofHours(48)).plusSeconds(1))))).containsOnly(
                Map.entry("hearingAt", "The hearing must be by 08:00 on Wednesday 4 March 2026: within 48 hours of "
                        + "when the notice was given"));
        // the DAPO's notification clock is not enforced: late is recorded (and shows as late), early is refused
        NewOrder served = with(dapo(), "servedAt", MADE.plusSeconds(60));
        assertThatCode(() -> check(with(served, "subjectNotifiedAt", MADE.plus(Duration.ofDays(30)))))
                .doesNotThrowAnyException();
        assertThat(errors(() -> check(with(served, "subjectNotifiedAt", MADE.plusSeconds(30))))).containsOnly(
                Map.entry("subjectNotifiedAt", "The notification cannot be before the order was served"));
        // a notification already refused is not checked against its clock again
        assertThat(errors(() -> check(with(served, "subjectNotifiedAt", MADE.minusSeconds(30))))).containsOnly(
                Map.entry("subjectNotifiedAt", "The notification cannot be before the order was made"));
    }

    @Test
    void theOrderStartsOnOrAfterTheDayItWasMadeAndEndsWithinItsTypesLength() {
        assertThat(errors(() -> check(with(dapo(), "startsOn", null)))).containsOnly(
                Map.entry("startsOn", "Enter the date the order starts"));
        assertThat(errors(() -> check(with(dapo(), "startsOn", MADE_ON.minusDays(1))))).containsOnly(
                Map.entry("startsOn", "The order cannot start before the day it was made"));
        assertThat(errors(() -> check(with(dvpo(MADE), "endsOn", null)))).containsOnly(
                Map.entry("endsOn", "Enter the date the order ends: a DVPO lasts " + DVPO.lengthWords()));
        assertThat(errors(() -> check(with(dapo(), "endsOn", MADE_ON.minusDays(1))))).containsOnly(
                Map.entry("endsOn", "The order must end on or after the day it starts"));
        assertThat(check(with(dapo(), "endsOn", MADE_ON))).as("a day long").isSameAs(DAPO);
        assertThat(errors(() -> check(with(dvpo(MADE), "endsOn", MADE_ON.plusDays(12))))).containsOnly(
                Map.entry("endsOn", DVPO.lengthProblem(MADE_ON, MADE_ON.plusDays(12)).orElseThrow()));
    }

    @Test
    void electronicMonitoringOnlyWhereTheTypeAllowsIt() {
        assertThat(check(with(dapo(), "electronicMonitoring", true))).isSameAs(DAPO);
        assertThat(errors(() -> check(with(dvpo(MADE), "electronicMonitoring", true)))).containsOnly(
                Map.entry("electronicMonitoring", "Electronic monitoring can be a condition only of DAPO"));
    }

    @Test
    void everyFieldAtFaultIsNamedAtOnceInTheOrderOfTheForm() {
        NewOrder bad = new NewOrder(null, List.of(), null, null, null, null, null, null, null, null, null, null, null,
                false, null);
        assertThat(errors(() -> check(bad)).keySet()).containsExactly("type", "protectedPersons", "subject",
                "applicant", "madeAt", "startsOn");
    }

    // ------------------------------------------------------------------------------------------------ breaches

    static ProtectiveOrder order(LocalDate starts, LocalDate ends) {
        return new ProtectiveOrder(new OrderId(UUID.randomUUID()), "PO-2026-00001", DAPO, List.of(), null,
                Applicant.POLICE, null, null, MADE, null, null, null, starts, ends, null, false, null, "someone",
                new AgencyId(UUID.randomUUID()), MADE, List.of(), List.of());
    }

    @Test
    void aBreachIsOnADayTheOrderWasInForceNotInTheFutureWithWhatThePoliceDid() {
        LocalDate today = LocalDate.of(2026, 3, 20);
        ProtectiveOrder o = order(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 15));
        PoliceResponse arrest = PoliceResponse.values()[0];
        assertThatCode(() -> OrderRules.breach(new NewBreach(LocalDate.of(2026, 3, 2), arrest, null), o, today))
                .doesNotThrowAnyException();
        assertThatCode(() -> OrderRules.breach(new NewBreach(LocalDate.of(2026, 3, 15), arrest, null), o, today))
                .doesNotThrowAnyException();
        assertThat(errors(() -> OrderRules.breach(new NewBreach(null, arrest, null), o, today))).containsOnly(
                Map.entry("occurredOn", "Enter the date of the breach"));
        assertThat(errors(() -> OrderRules.breach(new NewBreach(LocalDate.of(2026, 3, 1), arrest, null), o, today)))
                .containsOnly(Map.entry("occurredOn", "The breach must be on or after the day the order starts "
                        + "(2 March 2026)"));
        assertThat(errors(() -> OrderRules.breach(new NewBreach(LocalDate.of(2026, 3, 16), arrest, null), o, today)))
                .containsOnly(Map.entry("occurredOn", "The breach must be on or before the day the order ends "
                        + "(15 March 2026)"));
        ProtectiveOrder open = order(LocalDate.of(2026, 3, 2), null);
        assertThatCode(() -> OrderRules.breach(new NewBreach(today, arrest, null), open, today))
                .doesNotThrowAnyException();
        assertThat(errors(() -> OrderRules.breach(new NewBreach(today.plusDays(1), arrest, null), open, today)))
                .containsOnly(Map.entry("occurredOn", "The date of the breach cannot be in the future"));
        assertThat(errors(() -> OrderRules.breach(new NewBreach(today, null, null), open, today))).containsOnly(
                Map.entry("policeResponse", "Choose what the police did"));
        assertThatCode(() -> OrderRules.breach(new NewBreach(today, arrest, "d".repeat(2000)), open, today))
                .doesNotThrowAnyException();
        assertThat(errors(() -> OrderRules.breach(new NewBreach(today, arrest, "d".repeat(2001)), open, today)))
                .containsOnly(Map.entry("details", "The details must be 2000 characters or fewer"));
    }

    // ------------------------------------------------------------------------------------------------ types

    static ClockRule clock(ClockRule.Kind kind, String label, ClockRule.Anchor anchor, int amount, ClockRule.Unit unit) {
        return new ClockRule(kind, label, anchor, amount, unit, EnumSet.noneOf(ExcludedDay.class), true);
    }

    @Test
    void aClockIsAddedOnlyForAKindTheTypeHasNotAndChangedOnlyForOneItHas() {
        ClockRule hearing = clock(ClockRule.Kind.HEARING, "  Hearing  ", ClockRule.Anchor.MADE, 1, ClockRule.Unit.HOURS);
        assertThat(OrderRules.clock(BAIL, hearing, true)).isEqualTo("Hearing");
        assertThat(OrderRules.clock(DVPO, hearing, false)).isEqualTo("Hearing");
        assertThat(errors(() -> OrderRules.clock(DVPO, hearing, true))).containsOnly(Map.entry("kind",
                "DVPO already has a clock met by the hearing: change that clock instead"));
        assertThat(errors(() -> OrderRules.clock(BAIL, hearing, false))).containsOnly(Map.entry("kind",
                "Bail conditions has no clock met by the hearing"));
        ClockRule notified = clock(ClockRule.Kind.NOTIFICATION, "N", ClockRule.Anchor.SERVED, 3, ClockRule.Unit.DAYS);
        assertThat(errors(() -> OrderRules.clock(DVPO, notified, false))).containsOnly(Map.entry("kind",
                "DVPO has no clock met by the subject's notification"));
        assertThat(errors(() -> OrderRules.clock(DVPO, clock(null, "N", ClockRule.Anchor.MADE, 1,
                ClockRule.Unit.DAYS), true))).containsOnly(Map.entry("kind", "Choose what meets the clock"));
    }

    @Test
    void aClockHasALabelOf200CharactersAtMostAnAnchorAnAmountFrom1To1000AndAUnit() {
        ClockRule.Kind k = ClockRule.Kind.HEARING;
        ClockRule.Anchor a = ClockRule.Anchor.MADE;
        ClockRule.Unit u = ClockRule.Unit.DAYS;
        assertThat(OrderRules.clock(BAIL, clock(k, "l".repeat(200), a, 1000, u), true)).hasSize(200);
        assertThat(errors(() -> OrderRules.clock(BAIL, clock(k, "l".repeat(201), a, 1, u), true))).containsOnly(
                Map.entry("label", "The name must be 200 characters or fewer"));
        assertThat(errors(() -> OrderRules.clock(BAIL, clock(k, " ", a, 1, u), true))).containsOnlyKeys("label");
        assertThat(errors(() -> OrderRules.clock(BAIL, clock(k, null, a, 1, u), true))).containsOnlyKeys("label");
        assertThat(errors(() -> OrderRules.clock(BAIL, clock(k, "l", null, 1, u), true))).containsOnly(
                Map.entry("anchor", "Choose what the clock counts from"));
        assertThat(errors(() -> OrderRules.clock(BAIL, clock(k, "l", a, 0, u), true))).containsOnly(
                Map.entry("amount", "Enter a whole number from 1 to 1000"));
        assertThat(errors(() -> OrderRules.clock(BAIL, clock(k, "l", a, 1001, u), true))).containsOnlyKeys("amount");
        assertThat(errors(() -> OrderRules.clock(BAIL, clock(k, "l", a, 1, null), true))).containsOnly(
                Map.entry("unit", "Choose hours or days"));
    }

    @Test
    void aLengthIsFrom1To3650DaysTheLongestAtLeastTheShortest() {
        assertThatCode(() -> OrderRules.length(DVPO, 1, 3650, 0)).doesNotThrowAnyException();
        assertThatCode(() -> OrderRules.length(DVPO, null, null, 0)).doesNotThrowAnyException();
        assertThatCode(() -> OrderRules.length(DVPO, 20, 20, 0)).doesNotThrowAnyException();
        assertThatCode(() -> OrderRules.length(DVPO, 1, 1, 0)).as("a day at most").doesNotThrowAnyException();
        assertThat(errors(() -> OrderRules.length(DVPO, 0, null, 0))).containsOnly(Map.entry("minDays",
                "Enter the shortest length as a whole number of days from 1 to 3650, or leave it blank for no "
                        + "shortest length"));
        assertThat(errors(() -> OrderRules.length(DVPO, 3651, null, 0))).containsOnlyKeys("minDays");
        assertThatCode(() -> OrderRules.length(DVPO, 3650, 3650, 0)).doesNotThrowAnyException();
        assertThat(errors(() -> OrderRules.length(DVPO, null, 0, 0))).containsOnly(Map.entry("maxDays",
                "Enter the longest length as a whole number of days from 1 to 3650, or leave it blank for no "
                        + "longest length"));
        assertThat(errors(() -> OrderRules.length(DVPO, null, 3651, 0))).containsOnlyKeys("maxDays");
        assertThat(errors(() -> OrderRules.length(DVPO, 20, 19, 0))).containsOnly(Map.entry("maxDays",
                "The longest length must be at least the shortest (20 days)"));
        // a shortest length already refused is not compared
        assertThat(errors(() -> OrderRules.length(DVPO, 4000, 19, 0))).containsOnlyKeys("minDays");
    }

    @Test
    void theWarningIsFrom0To365DaysAndNeverShowsOnTheFirstDayOfTheShortestOrder() {
        assertThat(errors(() -> OrderRules.length(DVPO, null, null, null))).containsOnly(Map.entry("warningDays",
                "Enter how many days before an order ends its worker is warned"));
        assertThat(errors(() -> OrderRules.length(DVPO, null, null, -1))).containsOnly(Map.entry("warningDays",
                "Enter the warning as a whole number of days from 0 to 365"));
        assertThat(errors(() -> OrderRules.length(DVPO, null, null, 366))).containsOnlyKeys("warningDays");
        assertThatCode(() -> OrderRules.length(DVPO, null, null, 365)).doesNotThrowAnyException();
        // a 14-day order starts 13 days before its end: a warning of 12 days shows on its second day
        assertThatCode(() -> OrderRules.length(DVPO, 14, 28, 12)).doesNotThrowAnyException();
        assertThat(errors(() -> OrderRules.length(DVPO, 14, 28, 13))).containsOnly(Map.entry("warningDays",
                "A DVPO can last 14 days: a warning 13 days before it ends would show on its first day. "
                        + "Enter at most 12"));
        assertThatCode(() -> OrderRules.length(DVPO, 3, null, 1)).doesNotThrowAnyException();
        assertThat(errors(() -> OrderRules.length(DVPO, 3, null, 2))).containsOnly(Map.entry("warningDays",
                "A DVPO can last 3 days: a warning 2 days before it ends would show on its first day. Enter at most 1"));
        assertThat(errors(() -> OrderRules.length(DVPO, 2, null, 1))).containsOnly(Map.entry("warningDays",
                "A DVPO can last 2 days: a warning 1 day before it ends would show on its first day. "
                        + "Enter 0 (warned on its last day)"));
        assertThat(errors(() -> OrderRules.length(DVPO, 1, null, 1))).containsOnly(Map.entry("warningDays",
                "A DVPO can last 1 day: a warning 1 day before it ends would show on its first day. "
                        + "Enter 0 (warned on its last day)"));
        assertThatCode(() -> OrderRules.length(DVPO, 1, null, 0)).as("warned on its last day only")
                .doesNotThrowAnyException();
        // a shortest length refused is not used to judge the warning
        assertThat(errors(() -> OrderRules.length(DVPO, 0, null, 5))).containsOnlyKeys("minDays");
    }

    // ------------------------------------------------------------------------------------------------ words

    @Test
    void wordsJoinALastItemWithOrAndArticlesFollowTheName() {
        assertThat(OrderWords.words(List.of())).isEmpty();
        assertThat(OrderWords.words(List.of("A"))).isEqualTo("A");
        assertThat(OrderWords.words(List.of("A", "B"))).isEqualTo("A or B");
        assertThat(OrderWords.words(List.of("A", "B", "C"))).isEqualTo("A, B or C");
        assertThat(OrderWords.articled(DVPO)).isEqualTo("a DVPO");
        assertThat(OrderWords.articled(BAIL)).isEqualTo("bail conditions");
        assertThat(OrderWords.lowerFirst("")).isEmpty();
    }
}
