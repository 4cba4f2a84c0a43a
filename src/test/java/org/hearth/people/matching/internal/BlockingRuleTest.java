package org.hearth.people.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.hearth.people.matching.MatchRecord;
import org.junit.jupiter.api.Test;

/**
 * The blocking rules added for pairs that differ in two fields at once: each puts its pair in one block,
 * and each keeps apart what it should keep apart (so the rule is a condition, not a catch-all).
 */
class BlockingRuleTest {

    private static final MatchRecord BASE = new MatchRecord("a", "Stephen", "Ashworth", "1984-03-07", "M",
            "12 Church Road, Leeds", "LS6 2AB");

    private static MatchRecord with(String given, String surname, String dob, String postcode) {
        return new MatchRecord("b", given, surname, dob, "M", "40 Elm Close, Leeds", postcode);
    }

    /** Whether {@code rule} puts {@code a} and {@code b} in one block. */
    private static boolean blocks(BlockingRule rule, MatchRecord a, MatchRecord b) {
        Prepared p = new Prepared(List.of(a, b), null);
        long ka = rule.key(p, 0);
        return ka != 0 && ka == rule.key(p, 1);
    }

    @Test
    void forenamePhoneticWithYearAndDayMeetsAWrongMonth() {
        BlockingRule r = BlockingRule.FORENAME_PHONETIC_BIRTH_YEAR_AND_DAY;
        assertThat(blocks(r, BASE, with("Steven", "Brown", "1984-08-07", "HU1 1AA"))).isTrue();
        assertThat(blocks(r, BASE, with("Steven", "Brown", "1984-03-08", "HU1 1AA"))).isFalse();
    }

    @Test
    void forenamePhoneticWithYearAndMonthMeetsAWrongDay() {
        BlockingRule r = BlockingRule.FORENAME_PHONETIC_AND_BIRTH_MONTH;
        assertThat(blocks(r, BASE, with("Stefan", "Brown", "1984-03-27", null))).isTrue();
        assertThat(blocks(r, BASE, with("Stefan", "Brown", "1985-03-07", null))).isFalse();
    }

    @Test
    void surnamePhoneticWithDayMonthAndInitialMeetsAWrongYear() {
        BlockingRule r = BlockingRule.SURNAME_PHONETIC_BIRTHDAY_AND_INITIAL;
        assertThat(blocks(r, BASE, with("Stehpen", "Ashwerth", "1948-03-07", null))).isTrue();
        assertThat(blocks(r, BASE, with("Stephen", "Ashworth", "1984-07-03", null))).isFalse();
        assertThat(blocks(r, BASE, with("Zed", "Ashworth", "1948-03-07", null))).isFalse();
    }

    @Test
    void forenamePhoneticWithDateInEitherOrderMeetsSwappedDayAndMonth() {
        BlockingRule r = BlockingRule.FORENAME_PHONETIC_AND_BIRTH_DATE_EITHER_ORDER;
        assertThat(blocks(r, BASE, with("Stephen", "Brown", "1984-07-03", null))).isTrue();
        assertThat(blocks(r, BASE, with("Stephen", "Brown", "1984-07-04", null))).isFalse();
        assertThat(BlockingRule.dayAndMonthEitherOrder(19840307)).isEqualTo(BlockingRule.dayAndMonthEitherOrder(19840703))
                .isEqualTo(19840307);
    }

    @Test
    void dateOfBirthWithForenameInitialMeetsANewSurname() {
        BlockingRule r = BlockingRule.DATE_OF_BIRTH_AND_FORENAME_INITIAL;
        assertThat(blocks(r, BASE, with("Steve", "Okafor", "1984-03-07", null))).isTrue();
        assertThat(blocks(r, BASE, with("Peter", "Ashworth", "1984-03-07", null))).isFalse();
    }

    @Test
    void dateOfBirthWithInitialsInEitherOrderMeetsSwappedNamesWithATypo() {
        BlockingRule r = BlockingRule.DATE_OF_BIRTH_AND_INITIALS;
        assertThat(blocks(r, BASE, with("Ashwroth", "Stephen", "1984-03-07", null))).isTrue();
        assertThat(blocks(r, BASE, with("Stephen", "Brown", "1984-03-07", null))).isFalse();
    }

    @Test
    void surnamePhoneticDistrictAndInitialMeetsAMoveWithinTheDistrictWithoutADate() {
        BlockingRule r = BlockingRule.SURNAME_PHONETIC_DISTRICT_AND_INITIAL;
        assertThat(blocks(r, BASE, with("Steve", "Ashwurth", null, "LS6 4QT"))).isTrue();
        assertThat(blocks(r, BASE, with("Steve", "Ashworth", null, "LS7 2AB"))).isFalse();
    }

    @Test
    void birthMonthAndDistrictMeetsNewNamesNearby() {
        BlockingRule r = BlockingRule.BIRTH_MONTH_AND_DISTRICT;
        assertThat(blocks(r, BASE, with("Bill", "Okafor", "1984-03-17", "LS6 9ZZ"))).isTrue();
        assertThat(blocks(r, BASE, with("Bill", "Okafor", "1984-04-07", "LS6 9ZZ"))).isFalse();
    }

    @Test
    void forenameAndDistrictMeetsANewSurnameWithoutADate() {
        BlockingRule r = BlockingRule.FORENAME_AND_DISTRICT;
        assertThat(blocks(r, BASE, with("stephen", "Okafor", null, "LS6 9ZZ"))).isTrue();
        assertThat(blocks(r, BASE, with("Steven", "Okafor", null, "LS6 9ZZ"))).isFalse();
    }

    @Test
    void namesWithOneOfThemPhoneticMeetAMisspeltNameWithNothingElseInCommon() {
        assertThat(blocks(BlockingRule.FORENAME_AND_SURNAME_PHONETIC, BASE, with("Stephen", "Ashwerth", null, null)))
                .isTrue();
        assertThat(blocks(BlockingRule.FORENAME_AND_SURNAME_PHONETIC, BASE, with("Steven", "Ashworth", null, null)))
                .isFalse();
        assertThat(blocks(BlockingRule.SURNAME_AND_FORENAME_PHONETIC, BASE, with("Steven", "Ashworth", null, null)))
                .isTrue();
        assertThat(blocks(BlockingRule.SURNAME_AND_FORENAME_PHONETIC, BASE, with("Stephen", "Ashwerth", null, null)))
                .isFalse();
    }

    @Test
    void packedPostcodesCompareAsTheirStrings() {
        SplittableRandom random = new SplittableRandom(7);
        String letters = "AB12";
        for (int k = 0; k < 20_000; k++) {
            String x = random(random, letters);
            String y = random.nextBoolean() ? mutate(x, random, letters) : random(random, letters);
            assertThat(Similarity.oneCharWrong(Prepared.pack(x), Prepared.pack(y))).as(x + " / " + y)
                    .isEqualTo(Similarity.oneCharWrong(x, y));
        }
        assertThat(Prepared.pack("ABCDEFGH")).isZero();
    }

    private static String random(SplittableRandom r, String letters) {
        StringBuilder b = new StringBuilder();
        int n = 5 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
            b.append(letters.charAt(r.nextInt(letters.length())));
        }
        return b.toString();
    }

    private static String mutate(String s, SplittableRandom r, String letters) {
        char[] c = s.toCharArray();
        int k = r.nextInt(c.length);
        if (r.nextBoolean() && k + 1 < c.length) {
            char t = c[k];
            c[k] = c[k + 1];
            c[k + 1] = t;
        } else {
            c[k] = letters.charAt(r.nextInt(letters.length()));
        }
        return new String(c);
    }
}
