package org.hearth.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Outcomes at intake, review and exit, the closure rules (no closing without exit outcomes unless the person
 * disengaged; closing ends the case's grants; reopening grants again), court support and the court calendar; each
 * guard against an agency that is not involved.
 */
@HearthIntegrationTest
class CaseOutcomesTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseServices services;
    @Autowired
    Casework casework;
    @Autowired
    CaseOutcomes outcomes;
    @Autowired
    CourtSupport court;
    @Autowired
    PersonAccess access;

    String agencyX;
    StaffUser managerX;
    StaffUser workerX;
    Fixtures.TestUser workerLogin;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;
    StaffUser referrer;
    StaffUser stranger;
    CaseService idvaX;

    @BeforeEach
    void setUp() {
        agencyX = Fixtures.uniqueName("IDVA Agency X");
        managerX = fixtures.enrolledUserAt(agencyX, Role.PRACTITIONER).user();
        workerLogin = fixtures.enrolledUserAt(agencyX, Role.PRACTITIONER);
        workerX = workerLogin.user();
        referrer = fixtures.enrolledUserAt(Fixtures.uniqueName("Referring Agency"), Role.PRACTITIONER).user();
        stranger = fixtures.enrolledUserAt(Fixtures.uniqueName("Stranger Agency"), Role.PRACTITIONER).user();
        CaseworkTest.actAs(fixtures.enrolledUser(Role.SYSTEM_ADMIN).user());
        CaseService s = services.create(fixtures.agency(agencyX).id(), null, ServiceKind.IDVA,
                Fixtures.uniqueName("Service "), 2, 60, 80);
        services.setWorker(s.id(), managerX.id(), BigDecimal.ONE, true);
        services.setWorker(s.id(), workerX.id(), BigDecimal.ONE, false);
        idvaX = services.find(s.id()).orElseThrow();
        CaseworkTest.signOut();
    }

    @AfterEach
    void tearDown() {
        CaseworkTest.signOut();
    }

    Case allocated() {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, 'Outcome', ?, ?)")
                .params(id, Fixtures.uniqueName("Person"), UUID.randomUUID()).update();
        fixtures.grant(id, referrer.agency().value(), "RECORDED");
        CaseworkTest.actAs(referrer);
        Case c = casework.refer(new PersonId(id), idvaX.id(), "High risk", CaseSource.PERSON_PAGE);
        CaseworkTest.actAs(managerX);
        c = casework.allocate(c.id(), workerX.id());
        CaseworkTest.signOut();
        return c;
    }

    static Map<String, OutcomeAnswer> exit(OutcomeAnswer abuse, OutcomeAnswer wellbeing) {
        Map<String, OutcomeAnswer> a = new LinkedHashMap<>();
        for (String code : List.of("PHYSICAL", "SEXUAL", "HARASSMENT_STALKING", "JEALOUS_CONTROLLING")) {
            a.put(code, abuse);
        }
        a.put("FEELS_SAFER", wellbeing);
        a.put("QUALITY_OF_LIFE", wellbeing);
        return a;
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void outcomesAreCheckedPerStageAndNothingIsHalfSaved() {
        Case c = allocated();
        LocalDate today = LocalDate.now();
        CaseworkTest.actAs(stranger);
        assertThatThrownBy(() -> outcomes.record(c.id(), OutcomeStage.INTAKE, today, RiskLevel.HIGH,
                exit(OutcomeAnswer.PRESENT, null), null)).as("an agency not involved")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outcomes.outcomes(c.id())).isInstanceOf(AccessDeniedException.class);
        CaseworkTest.actAs(workerX);
        // at intake abuse cannot already be "reduced"; wellbeing may be left out
        Map<String, OutcomeAnswer> intake = exit(OutcomeAnswer.PRESENT, null);
        intake.remove("FEELS_SAFER");
        intake.remove("QUALITY_OF_LIFE");
        intake.put("SEXUAL", OutcomeAnswer.REDUCED);
        assertThatThrownBy(() -> outcomes.record(c.id(), OutcomeStage.INTAKE, today, RiskLevel.HIGH, intake, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("answer-SEXUAL"));
        // at exit every measure is answered, and the risk
        Map<String, OutcomeAnswer> partial = exit(OutcomeAnswer.STOPPED, OutcomeAnswer.YES);
        partial.remove("QUALITY_OF_LIFE");
        assertThatThrownBy(() -> outcomes.record(c.id(), OutcomeStage.EXIT, today.plusDays(1), null, partial, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsOnlyKeys("answer-QUALITY_OF_LIFE", "risk", "recordedOn"));
        assertThat(count("SELECT count(*) FROM casework_outcome WHERE case_id = ?", c.id().value())).isZero();
        intake.put("SEXUAL", OutcomeAnswer.NOT_PRESENT);
        Outcome first = outcomes.record(c.id(), OutcomeStage.INTAKE, today, RiskLevel.HIGH, intake, null);
        assertThat(first.answers()).hasSize(4).containsEntry("PHYSICAL", OutcomeAnswer.PRESENT);
        assertThat(outcomes.outcomes(c.id())).hasSize(1);
        assertThat(casework.chronology(c.id())).extracting(ChronologyEntry::kind).contains("Outcomes");
    }

    @Test
    void aCaseClosesOnlyWithExitOutcomesUnlessThePersonDisengagedAndClosingEndsTheCasesGrants() {
        Case c = allocated();
        PersonId person = c.person();
        LocalDate today = LocalDate.now();
        CaseworkTest.actAs(stranger);
        assertThatThrownBy(() -> outcomes.close(c.id(), "DISENGAGED", today, null)).as("an agency not involved")
                .isInstanceOf(AccessDeniedException.class);
        CaseworkTest.actAs(referrer);
        assertThatThrownBy(() -> outcomes.close(c.id(), "DISENGAGED", today, null))
                .as("the referring agency: involved with the person, not with the case")
                .isInstanceOf(AccessDeniedException.class);
        CaseworkTest.actAs(workerX);
        assertThat(access.mayViewContact(person)).as("the allocated worker").isTrue();
        assertThatThrownBy(() -> outcomes.close(c.id(), "RISK_REDUCED", today, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get("reason"))
                        .contains("exit outcomes"));
        assertThatThrownBy(() -> outcomes.close(c.id(), " ", today, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsKey("reason"));
        assertThat(casework.find(c.id()).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
        assertThat(count("SELECT count(*) FROM casework_closure WHERE case_id = ?", c.id().value())).isZero();

        outcomes.record(c.id(), OutcomeStage.EXIT, today, RiskLevel.MEDIUM, exit(OutcomeAnswer.STOPPED,
                OutcomeAnswer.YES), "Moved to a safe address");
        Case closed = outcomes.close(c.id(), "RISK_REDUCED", today, "Support plan complete");
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.closureReason()).isEqualTo("Risk reduced");
        // the case's need-to-know ended: the worker and her agency no longer see the record or safe contact details
        assertThat(access.mayViewContact(person)).isFalse();
        assertThat(access.mayView(person)).isFalse();
        assertThat(count("""
                SELECT count(*) FROM person_access_grant WHERE person_id = ? AND basis_kind = 'casework-case'
                  AND ended_at IS NULL""", person.value())).isZero();
        assertThat(casework.find(c.id())).as("the case itself stays readable to its last worker").isPresent();
        assertThatThrownBy(() -> casework.addNote(c.id(), NoteType.RISK, today, "after closing"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> outcomes.reopen(c.id(), "She called again")).as("only managers reopen")
                .isInstanceOf(AccessDeniedException.class);

        CaseworkTest.actAs(stranger);
        assertThatThrownBy(() -> outcomes.reopen(c.id(), "x")).isInstanceOf(AccessDeniedException.class);
        CaseworkTest.actAs(managerX);
        assertThatThrownBy(() -> outcomes.reopen(c.id(), " ")).isInstanceOf(InvalidInputException.class);
        Case reopened = outcomes.reopen(c.id(), "She called again after a new incident");
        assertThat(reopened.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(reopened.worker()).isEqualTo(workerX.id());
        assertThat(reopened.closedOn()).isNull();
        CaseworkTest.actAs(workerX);
        assertThat(access.mayViewContact(person)).as("reopening grants again").isTrue();
        // the exit outcomes were for the earlier closing: a disengaged person closes without new ones
        assertThatThrownBy(() -> outcomes.close(c.id(), "SUPPORT_COMPLETE", today, null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(outcomes.close(c.id(), "DISENGAGED", today, null).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(access.mayView(person)).isFalse();
        CaseworkTest.actAs(managerX);
        assertThat(casework.chronology(c.id())).extracting(ChronologyEntry::text)
                .anyMatch(t -> t.startsWith("Closed: Risk reduced"))
                .anyMatch(t -> t.startsWith("Reopened: She called again"))
                .anyMatch(t -> t.startsWith("Closed: Disengaged"));
    }

    @Test
    void closingWhileAHandoverWaitsIsRefused() {
        Case c = allocated();
        CaseworkTest.actAs(workerX);
        casework.handover(c.id(), managerX.id(), null, null, "Going on leave");
        assertThatThrownBy(() -> outcomes.close(c.id(), "DISENGAGED", LocalDate.now(), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get("reason"))
                        .contains("handover"));
        assertThat(casework.find(c.id()).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void courtSupportRecordsMilestonesAttendanceAndSpecialMeasuresForTheCaseAndTheWorkersCalendar() {
        Case c = allocated();
        LocalDate today = LocalDate.now();
        CaseworkTest.actAs(stranger);
        assertThatThrownBy(() -> court.add(c.id(), CourtEventKind.TRIAL, today.plusDays(10), null, "Crown Court",
                null, null)).as("an agency not involved").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> court.events(c.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(court.calendar(today, today.plusWeeks(4))).isEmpty();
        CaseworkTest.actAs(workerX);
        assertThatThrownBy(() -> court.add(c.id(), CourtEventKind.TRIAL, today.plusDays(10), null, " ", null,
                Attendance.ATTENDED)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("court", "attendance"));
        assertThatThrownBy(() -> court.add(c.id(), CourtEventKind.CHARGE, today, null, null, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsOnlyKeys("details"));
        assertThat(count("SELECT count(*) FROM casework_court_event WHERE case_id = ?", c.id().value())).isZero();
        court.add(c.id(), CourtEventKind.CHARGE, today, null, null, "Assault occasioning actual bodily harm", null);
        CourtEvent trial = court.add(c.id(), CourtEventKind.TRIAL, today.plusDays(10), LocalTime.of(10, 0),
                "Northfield Crown Court", null, null);
        assertThatThrownBy(() -> court.attendance(c.id(), trial.id(), Attendance.ATTENDED))
                .as("attendance once the day has come").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> court.measure(c.id(), SpecialMeasure.SCREENS, MeasureStatus.GRANTED, today, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsOnlyKeys("decidedOn"));
        court.measure(c.id(), SpecialMeasure.SCREENS, MeasureStatus.REQUESTED, today, null);
        SpecialMeasureRequest granted = court.measure(c.id(), SpecialMeasure.SCREENS, MeasureStatus.GRANTED, today, today);
        assertThat(granted.status()).isEqualTo(MeasureStatus.GRANTED);
        assertThat(court.measures(c.id())).hasSize(1);
        assertThat(court.calendar(today, today.plusWeeks(4))).extracting(CourtDate::reference)
                .containsExactly(c.reference());
        assertThat(casework.chronology(c.id())).filteredOn(e -> e.kind().equals("Court")).hasSize(4);
        CaseworkTest.actAs(managerX);
        assertThat(court.calendar(today, today.plusWeeks(4))).as("the calendar is the worker's own").isEmpty();
    }

    @Test
    void thePagesRefuseBadInputOnItsFieldsAndSaveNothing() {
        Case c = allocated();
        org.hearth.support.WebSession web = new org.hearth.support.WebSession(port);
        web.signIn(workerLogin);
        String base = "/casework/cases/" + c.id();
        assertThat(web.get(base + "/outcomes").status()).isEqualTo(200);
        assertThat(web.get(base + "/court").status()).isEqualTo(200);
        assertThat(web.get("/casework/court-calendar").status()).isEqualTo(200);
        org.hearth.support.WebSession.Page refused = web.post(base + "/close", Map.of("reason", "RISK_REDUCED",
                "closedOn.day", "1", "closedOn.month", "1", "closedOn.year", "2020"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().select(".govuk-error-summary").text()).contains("exit outcomes")
                .contains("cannot be before the referral");
        org.hearth.support.WebSession.Page badDate = web.post(base + "/outcomes", Map.of("stage", "EXIT",
                "recordedOn.day", "31", "recordedOn.month", "2", "recordedOn.year", "2026", "risk", "HIGH"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.html().select(".govuk-error-summary").text()).contains("real date")
                .contains("Answer physical abuse");
        org.hearth.support.WebSession.Page court = web.post(base + "/court", Map.of("kind", "TRIAL",
                "eventTime", "25:99"));
        assertThat(court.status()).isEqualTo(400);
        assertThat(court.html().select(".govuk-error-summary").text()).contains("hours and minutes");
        assertThat(count("SELECT count(*) FROM casework_outcome WHERE case_id = ?", c.id().value())).isZero();
        assertThat(count("SELECT count(*) FROM casework_court_event WHERE case_id = ?", c.id().value())).isZero();
        assertThat(jdbc.sql("SELECT status FROM casework_case WHERE id = ?").param(c.id().value()).query(String.class)
                .single()).isEqualTo("OPEN");
        // a case the signed-in worker does not hold: refused
        org.hearth.support.WebSession other = new org.hearth.support.WebSession(port);
        other.signIn(fixtures.enrolledUserAt(Fixtures.uniqueName("Web Stranger"), Role.PRACTITIONER));
        assertThat(other.get(base + "/outcomes").status()).isEqualTo(403);
        assertThat(other.post(base + "/close", Map.of("reason", "DISENGAGED")).status()).isEqualTo(403);
    }
}
