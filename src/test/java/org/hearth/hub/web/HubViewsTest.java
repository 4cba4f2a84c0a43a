package org.hearth.hub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.hub.HubCaseId;
import org.hearth.hub.HubMeetingId;
import org.hearth.hub.HubMeetings.AgendaCase;
import org.hearth.hub.HubMeetings.CaseStatus;
import org.hearth.partnership.Partnerships;
import org.hearth.people.People;
import org.hearth.people.PersonId;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.ReferralSource;
import org.hearth.risk.RiskGrade;
import org.junit.jupiter.api.Test;

/** The hub pages' view adapter: a case in words (flags, risk and its colour, names), and a typed day. */
class HubViewsTest {

    final People people = mock(People.class);
    final HubViews views = new HubViews(people, mock(Partnerships.class));

    AgendaCase hubCase(RiskGrade grade, Integer score, List<PersonId> perpetrators, boolean flagged,
            CaseStatus status) {
        return new AgendaCase(new HubCaseId(UUID.randomUUID()), HubMeetingId.random(), 2,
                new ReferralId(UUID.randomUUID()), "R-7", ReferralSource.IMPORT, LocalDate.of(2026, 12, 4),
                new PersonId(UUID.randomUUID()), perpetrators, List.of(), flagged ? 1 : 0, grade, score, flagged,
                flagged, !flagged, flagged, status);
    }

    @Test
    void aCaseIsShownInWordsWithItsFlagsAndItsRiskColour() {
        PersonId perpetrator = new PersonId(UUID.randomUUID());
        when(people.name(perpetrator)).thenReturn(Optional.of("Rob Harm"));
        HubViews.Row flagged = views.row(hubCase(RiskGrade.HIGH, 18, List.of(perpetrator), true, CaseStatus.WAITING));
        assertThat(flagged.flags()).containsExactly("Carried over", "Repeat victim", "Serial perpetrator",
                "Children present", "Area chosen by the hub");
        assertThat(flagged.risk()).isEqualTo("High (18)");
        assertThat(flagged.riskColour()).isEqualTo("red");
        assertThat(flagged.victim()).as("a name not recorded").isEqualTo("Unknown");
        assertThat(flagged.perpetrators()).isEqualTo("Rob Harm");
        assertThat(flagged.children()).isEqualTo("None named");
        assertThat(flagged.waiting()).isTrue();
        assertThat(flagged.received()).isEqualTo("4 December 2026");

        HubViews.Row plain = views.row(hubCase(null, null, List.of(), false, CaseStatus.DECIDED));
        assertThat(plain.flags()).isEmpty();
        assertThat(plain.risk()).isEqualTo("Not assessed");
        assertThat(plain.riskColour()).isEqualTo("grey");
        assertThat(plain.perpetrators()).isEqualTo("Not known");
        assertThat(plain.waiting()).isFalse();
        assertThat(views.row(hubCase(RiskGrade.MEDIUM, null, List.of(), false, CaseStatus.WAITING)).risk())
                .isEqualTo("Medium");
        assertThat(views.row(hubCase(RiskGrade.STANDARD, 3, List.of(), false, CaseStatus.WAITING)).riskColour())
                .isEqualTo("blue");
    }

    @Test
    void aDayIsTypedInWordsOrAsAnIsoDate() {
        assertThat(HubViews.day(" 7 december 2026 ")).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(HubViews.day("2026-12-07")).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThatThrownBy(() -> HubViews.day("7/12/2026")).isInstanceOf(DateTimeParseException.class);
    }
}
