package org.hearth.referrals.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.hearth.platform.web.DateParts;
import org.hearth.platform.web.SummaryRow;
import org.hearth.referrals.AbuseType;
import org.hearth.referrals.Consent;
import org.hearth.referrals.LawfulBasis;
import org.hearth.referrals.VictimRelationship;
import org.junit.jupiter.api.Test;

/** The check page's answers in words, each with its link back to the form. */
class CheckAnswersTest {

    private static ReferralForm form() {
        ReferralForm form = new ReferralForm();
        form.setIncidentDate(DateParts.of(LocalDate.of(2026, 3, 27)));
        form.setVictimGivenName("Ana");
        form.setVictimFamilyName("Example");
        form.setAbuseTypes(EnumSet.of(AbuseType.PHYSICAL, AbuseType.SEXUAL));
        form.setConsent(Consent.GIVEN);
        form.setNarrative("What happened");
        return form;
    }

    @Test
    void eachAnswerIsInWordsWithItsChangeLink() {
        ReferralForm form = form();
        form.setIncidentTime("21:30");
        form.setPoliceReference("PR-1");
        form.setVictimDateOfBirth(DateParts.of(LocalDate.of(1990, 1, 2)));
        form.setPerpetratorKnown(true);
        form.setPerpetratorGivenName("Ben");
        form.setPerpetratorFamilyName("Example");
        form.setRelationship(VictimRelationship.EX_PARTNER);
        ReferralForm.ChildRow child = new ReferralForm.ChildRow();
        child.setGivenName("Cai");
        child.setFamilyName("Example");
        child.setPresent(true);
        child.setAge(7);
        ReferralForm.ChildRow sibling = new ReferralForm.ChildRow();
        sibling.setGivenName("Dee");
        sibling.setFamilyName("Example");
        ReferralForm.ChildRow baby = new ReferralForm.ChildRow();
        baby.setGivenName("Eli");
        baby.setFamilyName("Example");
        baby.setAge(0);
        form.setChildren(List.of(child, sibling, baby));
        form.setConsent(Consent.OVERRIDDEN);
        form.setConsentBasis(LawfulBasis.CHILD_SAFEGUARDING);

        List<SummaryRow> answers = ReferralViews.answers(form, "Northfield");

        assertThat(answers).extracting(SummaryRow::value).containsExactly("27 March 2026 at 9:30pm", "PR-1",
                "Northfield", "Ana Example, born 2 January 1990", "Ben Example (Ex-partner)", "Cai Example, aged 7 (present), Dee Example, Eli Example, under 1",
                "Physical, Sexual", "Refused, but shared without consent: Safeguarding a child (Children Act 1989)",
                "What happened");
        assertThat(answers).extracting(SummaryRow::actionHref).containsOnly("/referrals/new");
    }

    @Test
    void whatIsNotKnownSaysSo() {
        ReferralForm form = form();
        form.setPerpetratorKnown(false);

        List<SummaryRow> answers = ReferralViews.answers(form, null);

        assertThat(answers).extracting(SummaryRow::value).containsExactly("27 March 2026", "None", "Not known",
                "Ana Example", "Not known", "None named", "Physical, Sexual", "Given", "What happened");
    }
}
