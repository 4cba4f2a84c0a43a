package org.hearth.workforce.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.InvalidInputException.Problem;
import org.hearth.workforce.Holder;
import org.hearth.workforce.HolderKind;
import org.hearth.workforce.QualityMarkApplication;
import org.hearth.workforce.QualityMarkApplication.Award;
import org.hearth.workforce.QualityMarkApplication.Decision;
import org.hearth.workforce.QualityMarkApplication.Evidence;
import org.hearth.workforce.QualityMarkApplicationId;
import org.hearth.workforce.QualityMarkStandard;
import org.junit.jupiter.api.Test;

/** The rules of the Quality Mark, without a database ({@link QualityMarkRules}). */
class QualityMarkRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final QualityMarkStandard S1 = new QualityMarkStandard("S1", 1, 1, "Policy", "A policy", true);
    private static final QualityMarkStandard S2 = new QualityMarkStandard("S2", 2, 1, "Training", "Training", true);
    private static final QualityMarkStandard S3 = new QualityMarkStandard("S3", 3, 2, "Champions", "Champions", true);
    private static final List<QualityMarkStandard> ACTIVE = List.of(S1, S2, S3);

    private static QualityMarkApplication application(List<Evidence> evidence, List<Decision> decisions, Award award) {
        return new QualityMarkApplication(QualityMarkApplicationId.random(),
                new Holder(HolderKind.AGENCY, UUID.randomUUID(), "Vale Housing", null), 1, TODAY.minusMonths(2),
                evidence, decisions, award);
    }

    private static Evidence evidence(String code) {
        return new Evidence(UUID.randomUUID(), code, "Our policy", null, TODAY.minusMonths(1));
    }

    @Test
    void levelOneKeepsAStandard() {
        assertThat(QualityMarkRules.lastOfLevelOne(S1, ACTIVE)).isFalse();
        assertThat(QualityMarkRules.lastOfLevelOne(S1, List.of(S1, S3))).isTrue();
        assertThat(QualityMarkRules.lastOfLevelOne(S3, List.of(S3))).as("a level 2 standard").isFalse();
        assertThat(QualityMarkRules.newCode(3, List.of(S1, S2, S3))).isEqualTo("S4");
        assertThat(QualityMarkRules.newCode(4, List.of(S1, S2, S3))).isEqualTo("S4");
        assertThat(QualityMarkRules.standardErrors(3, " ", "d".repeat(2001)))
                .containsOnlyKeys("level", "title", "description");
    }

    @Test
    void anAwardNeedsEvidenceAndEveryStandardMet() {
        QualityMarkApplication none = application(List.of(), List.of(), null);
        assertThat(QualityMarkRules.awardProblems(none, 1, TODAY, TODAY, ACTIVE)).extracting(Problem::message)
                .containsExactly("A level 1 award needs evidence for every standard: none yet for standards "
                        + "1 (policy) and 2 (training)");
        QualityMarkApplication partly = application(List.of(evidence("S1"), evidence("S2")),
                List.of(new Decision("S1", true, null, TODAY), new Decision("S2", false, "No log", TODAY)), null);
        assertThat(QualityMarkRules.awardProblems(partly, 1, TODAY, TODAY, ACTIVE)).extracting(Problem::message)
                .containsExactly("A level 1 award needs every standard assessed as met: not yet for standard "
                        + "2 (training)");
        QualityMarkApplication met = application(List.of(evidence("S1"), evidence("S2")),
                List.of(new Decision("S1", true, null, TODAY), new Decision("S2", true, null, TODAY)), null);
        assertThat(QualityMarkRules.awardProblems(met, 1, TODAY, TODAY, ACTIVE)).isEmpty();
        assertThat(QualityMarkRules.awardProblems(met, 2, TODAY, TODAY, ACTIVE)).hasSize(1);
        assertThat(QualityMarkRules.awardProblems(met, 1, TODAY.plusDays(1), TODAY, ACTIVE))
                .extracting(Problem::field).containsExactly("awardedOn");
        assertThat(QualityMarkRules.awardProblems(met, 1, TODAY.minusYears(1), TODAY, ACTIVE))
                .extracting(Problem::field).containsExactly("awardedOn");
        assertThat(QualityMarkRules.expiry(TODAY)).isEqualTo(LocalDate.of(2029, 5, 31));
    }

    @Test
    void metOnlyWithEvidence() {
        QualityMarkApplication none = application(List.of(), List.of(), null);
        assertThat(QualityMarkRules.decisionErrors(none, S1, true, null)).containsOnlyKeys("standard");
        assertThat(QualityMarkRules.decisionErrors(none, S1, false, null)).containsOnlyKeys("note");
        assertThat(QualityMarkRules.decisionErrors(application(List.of(evidence("S1")), List.of(), null), S1, true,
                null)).isEmpty();
        assertThat(QualityMarkRules.decisionErrors(none, null, false, "Missing")).containsOnlyKeys("standard");
    }

    @Test
    void evidenceAndItsFile() {
        assertThat(QualityMarkRules.evidenceErrors(true, "Our policy", null)).isEmpty();
        assertThat(QualityMarkRules.evidenceErrors(false, null, new byte[0])).containsOnlyKeys("standard", "note");
        assertThat(QualityMarkRules.evidenceErrors(true, null, new byte[QualityMarkRules.MOST_FILE_BYTES + 1]))
                .containsOnlyKeys("file");
        assertThat(QualityMarkRules.safeFileName("C:\\Users\\sam\\\"policy\".pdf")).isEqualTo("policy.pdf");
        assertThat(QualityMarkRules.safeFileName("../")).isEqualTo("evidence");
    }

    @Test
    void anAwardedApplicationIsClosed() {
        QualityMarkRules.checkOpen(application(List.of(), List.of(), null));
        assertThatThrownBy(() -> QualityMarkRules.checkOpen(application(List.of(), List.of(),
                new Award(1, TODAY, QualityMarkRules.expiry(TODAY))))).isInstanceOf(InvalidInputException.class);
    }
}
