package org.hearth.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.casework.PartnerNotice;
import org.hearth.casework.Programme;
import org.hearth.casework.ProgrammeAttendance;
import org.hearth.casework.ProgrammeEndReason;
import org.hearth.casework.ProgrammeId;
import org.hearth.casework.ProgrammeReferral;
import org.hearth.casework.ProgrammeReferralId;
import org.hearth.casework.ProgrammeStatus;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonId;
import org.hearth.platform.web.SummaryRow;
import org.junit.jupiter.api.Test;

/** The programme pages' rows and words: dates in words, capacity, the partner only as linked or not. */
class ProgrammeViewsTest {

    private final ProgrammeId programme = new ProgrammeId(UUID.randomUUID());

    @Test
    void aProgrammeRowShowsPlacesWaitingAndTheMedianWaitOnlyFromFiveStarts() {
        Programme p = new Programme(programme, new AgencyId(UUID.randomUUID()), "Change Ahead", "BBR", true, 12, 9, 4,
                33.4);
        assertThat(ProgrammeViews.row(p, true)).isEqualTo(new ProgrammeViews.ProgrammeRow(programme.toString(), "BBR",
                "Accredited, court-mandated", "Change Ahead", "9 of 12 taken", "4", "33 days", true));
        Programme few = new Programme(programme, p.agency(), "Change Ahead", "Choices", false, 10, 11, 0, null);
        assertThat(ProgrammeViews.row(few, false).medianWait()).isEqualTo("Fewer than 5 started this year");
        assertThat(few.freePlaces()).isZero();
    }

    @Test
    void aReferralsSummaryNamesNoPartnerAndWritesDatesInWords() {
        ProgrammeReferral r = new ProgrammeReferral(new ProgrammeReferralId(UUID.randomUUID()), "PP-2026-00001",
                programme, "BBR", new PersonId(UUID.randomUUID()), LocalDate.of(2026, 10, 1), "Court order",
                ProgrammeStatus.ENDED, LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 22), LocalDate.of(2026, 12, 3),
                ProgrammeEndReason.NON_ATTENDANCE, true, List.of(new ProgrammeReferral.Session(LocalDate.of(2026, 10, 22),
                        ProgrammeAttendance.MISSED, "programme only", "Sam")));
        assertThat(ProgrammeViews.summary(r)).extracting(SummaryRow::value).contains("1 October 2026",
                "3 December 2026: Stopped: did not attend", "1").anyMatch(v -> v.startsWith("Linked"));
        assertThat(ProgrammeViews.row(r).started()).isEqualTo("22 October 2026");
        assertThat(ProgrammeViews.row(r).partner()).isEqualTo("Linked");
    }

    @Test
    void aNoticeIsItsWordsAndADateAndOnlyARiskIsMarked() {
        ProgrammeViews.NoticeRow n = ProgrammeViews.notice(new PartnerNotice(new ProgrammeReferralId(UUID.randomUUID()),
                "PP-2026-00001", "BBR", PartnerNotice.Kind.RISK, LocalDate.of(2026, 12, 4), "Risk from the programme: x",
                Instant.now()));
        assertThat(n).isEqualTo(new ProgrammeViews.NoticeRow("PP-2026-00001", "BBR", "4 December 2026",
                "Risk from the programme: x", true));
    }
}
