package org.hearth.marac;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.insights.Cell;
import org.hearth.insights.Headline;
import org.hearth.insights.IndicatorReport;
import org.hearth.insights.Indicators;
import org.hearth.insights.Table;
import org.hearth.partnership.Partnerships;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The partnership's MARAC attendance figures on the insights dashboard (and so its API and the board report): by
 * member agency, meetings held in the period at which it is a standing member and those it attended, from
 * {@code marac_attendance}; an unheld meeting and an agency that is not a member are not counted; small counts
 * suppressed.
 */
@HearthIntegrationTest
class MaracAttendanceFiguresTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Partnerships partnerships;
    @Autowired
    Maracs maracs;
    @Autowired
    Indicators indicators;

    @Test
    void attendanceByMemberAgencyOverThePeriodSuppressed() {
        MaracTestSupport support = new MaracTestSupport(fixtures, jdbc, partnerships, maracs);
        StaffUser coordinator = fixtures.enrolledUserAt("Marac Hub", Role.HUB_COORDINATOR).user();
        StaffUser repA = fixtures.enrolledUserAt(Fixtures.uniqueName("Attending A"), Role.AGENCY_REPRESENTATIVE).user();
        StaffUser repB = fixtures.enrolledUserAt(Fixtures.uniqueName("Attending B"), Role.AGENCY_REPRESENTATIVE).user();
        StaffUser outsider = fixtures.enrolledUserAt(Fixtures.uniqueName("Not a member"), Role.AGENCY_REPRESENTATIVE)
                .user();
        Marac marac = support.marac(coordinator, 20, List.of(new Member(repA.agency(), repA.id(), null),
                new Member(repB.agency(), repB.id(), null)));
        LocalDate first = LocalDate.of(2007, 1, 4);
        // 12 meetings held, fortnightly: A attends all (3 by its deputy); B attends 7, sends apologies to 3, is absent
        // from one and not recorded at another
        for (int i = 0; i < 12; i++) {
            UUID meeting = meeting(marac, first.plusWeeks(2L * i), true);
            attend(meeting, repA, i < 3 ? "DEPUTY" : "PRESENT");
            attend(meeting, repB, i < 7 ? "PRESENT" : i < 10 ? "APOLOGIES" : i == 10 ? "ABSENT" : null);
            // an agency that is not a standing member is never counted, even if a row says it came
            attend(meeting, outsider, "PRESENT");
        }
        // a meeting not marked held does not count
        UUID unheld = meeting(marac, LocalDate.of(2007, 6, 28), false);
        attend(unheld, repA, "PRESENT");
        attend(unheld, repB, "PRESENT");

        IndicatorReport report = indicators.report(LocalDate.of(2007, 1, 1), LocalDate.of(2007, 6, 30), null);
        Table table = report.tables().stream().filter(t -> t.id().equals("marac-attendance")).findFirst()
                .orElseThrow();
        assertThat(table.section()).isEqualTo("MARAC");
        assertThat(table.columns()).containsExactly("Meetings as a member", "Attended", "Apologies sent",
                "Attendance");
        // A's 0 apologies beside B's hidden 3 would say every apology was B's: hidden too
        assertThat(texts(table, name(repA))).containsExactly("12", "12", Cell.HIDDEN_TEXT, "100.0%");
        assertThat(texts(table, name(repB))).as("3 apologies: fewer than 5, suppressed")
                .containsExactly("12", "7", Cell.SMALL_TEXT, "58.3%");
        assertThat(table.rows()).extracting(Table.Row::label).doesNotContain(name(outsider));
        Headline headline = report.headlines().stream().filter(h -> h.id().equals("marac-attendance")).findFirst()
                .orElseThrow();
        assertThat(headline.section()).isEqualTo("MARAC");
        assertThat(headline.value().text()).isEqualTo("79.2%");

        // a period with fewer than 5 meetings: the counts are suppressed, and so the percentage
        IndicatorReport month = indicators.report(LocalDate.of(2007, 1, 1), LocalDate.of(2007, 1, 31), null);
        Table small = month.tables().stream().filter(t -> t.id().equals("marac-attendance")).findFirst().orElseThrow();
        assertThat(texts(small, name(repA))).containsExactly(Cell.SMALL_TEXT, Cell.SMALL_TEXT, "0", Cell.HIDDEN_TEXT);
    }

    private String name(StaffUser user) {
        return jdbc.sql("SELECT name FROM agency WHERE id = ?").param(user.agency().value()).query(String.class)
                .single();
    }

    private static List<String> texts(Table table, String agency) {
        return table.rows().stream().filter(r -> r.label().equals(agency)).findFirst().orElseThrow().cells().stream()
                .map(Cell::text).toList();
    }

    private UUID meeting(Marac marac, LocalDate on, boolean held) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO marac_meeting (id, marac_id, meets_on, published_at, held_at) VALUES (?, ?, ?, now(), "
                + (held ? "now()" : "NULL") + ")").params(id, marac.id().value(), on).update();
        return id;
    }

    private void attend(UUID meeting, StaffUser rep, String status) {
        if (status != null) {
            jdbc.sql("INSERT INTO marac_attendance (meeting_id, agency_id, status) VALUES (?, ?, ?)")
                    .params(meeting, rep.agency().value(), status).update();
        }
    }
}
