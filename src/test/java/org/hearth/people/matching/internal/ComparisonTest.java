package org.hearth.people.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hearth.people.matching.MatchRecord;
import org.junit.jupiter.api.Test;

/** Each comparison level, on synthetic values. */
class ComparisonTest {

    private static final MatchRecord BASE = new MatchRecord("a", "William", "Ashworth", "1984-03-07", "M",
            "12 Church Road, Flat 2, Leeds", "LS6 2AB", "4857773456");

    private static int level(Comparison c, MatchRecord a, MatchRecord b) {
        Prepared p = new Prepared(List.of(a, b), null);
        return Comparison.level(Comparison.pattern(p, 0, p, 1), c.ordinal());
    }

    private static String name(Comparison c, MatchRecord a, MatchRecord b) {
        return c.levels().get(level(c, a, b));
    }

    private static MatchRecord with(String given, String surname, String dob, String sex, String address,
            String postcode, String identifier) {
        return new MatchRecord("b", given, surname, dob, sex, address, postcode, identifier);
    }

    private static MatchRecord given(String g) {
        return with(g, BASE.surname(), BASE.dateOfBirth(), BASE.sex(), BASE.address(), BASE.postcode(), null);
    }

    private static MatchRecord surname(String s) {
        return with(BASE.givenName(), s, BASE.dateOfBirth(), BASE.sex(), BASE.address(), BASE.postcode(), null);
    }

    private static MatchRecord dob(String d) {
        return with(BASE.givenName(), BASE.surname(), d, BASE.sex(), BASE.address(), BASE.postcode(), null);
    }

    private static MatchRecord address(String a, String pc) {
        return with(BASE.givenName(), BASE.surname(), BASE.dateOfBirth(), BASE.sex(), a, pc, null);
    }

    @Test
    void forenameLevels() {
        Comparison f = Comparison.FORENAME;
        assertThat(name(f, BASE, given(" WILLIAM "))).isEqualTo("exact");
        assertThat(name(f, BASE, with("Ashworth", "William", null, null, null, null, null)))
                .isEqualTo("swapped with surname");
        assertThat(name(f, BASE, given("Willaim"))).isEqualTo("Jaro-Winkler >= 0.92");
        assertThat(name(f, BASE, given("Bill"))).isEqualTo("nickname");
        assertThat(name(f, BASE, given("Liam"))).isEqualTo("nickname");
        assertThat(name(f, given("Stephen"), given("Stevan"))).isEqualTo("phonetic");
        assertThat(name(f, BASE, given("W."))).isEqualTo("initial");
        assertThat(name(f, BASE, given("Willis"))).isEqualTo("Jaro-Winkler >= 0.80");
        assertThat(name(f, BASE, given("Zoe"))).isEqualTo("else");
        assertThat(name(f, BASE, given(" "))).isEqualTo("missing");
        assertThat(name(f, BASE, given(null))).isEqualTo("missing");
    }

    @Test
    void surnameLevels() {
        Comparison s = Comparison.SURNAME;
        assertThat(name(s, BASE, surname("ASHWORTH"))).isEqualTo("exact");
        assertThat(name(s, BASE, surname("Ashwroth"))).isEqualTo("Jaro-Winkler >= 0.92");
        assertThat(name(s, surname("Smith"), surname("Smyth"))).isEqualTo("phonetic");
        assertThat(name(s, surname("Okafor"), surname("Bennett-Okafor"))).isEqualTo("shares a part");
        assertThat(name(s, BASE, surname("Ashwood"))).isEqualTo("Jaro-Winkler >= 0.80");
        assertThat(name(s, BASE, surname("Patel"))).isEqualTo("else");
        assertThat(name(s, BASE, surname(null))).isEqualTo("missing");
    }

    @Test
    void dateOfBirthLevels() {
        Comparison d = Comparison.DATE_OF_BIRTH;
        assertThat(name(d, BASE, dob("19840307"))).isEqualTo("exact");
        assertThat(name(d, BASE, dob("1984-07-03"))).isEqualTo("day and month swapped");
        assertThat(name(d, BASE, dob("1984-03-08"))).isEqualTo("one digit wrong");
        assertThat(name(d, BASE, dob("1948-03-07"))).isEqualTo("one digit wrong"); // adjacent digits transposed
        assertThat(name(d, BASE, dob("1983-11-20"))).isEqualTo("within a year");
        assertThat(name(d, BASE, dob("1990-12-25"))).isEqualTo("else");
        assertThat(name(d, BASE, dob("unknown"))).isEqualTo("missing");
        // an impossible date is still compared digit by digit
        assertThat(name(d, dob("1984-02-30"), dob("1984-02-31"))).isEqualTo("one digit wrong");
    }

    @Test
    void addressAndPostcodeLevels() {
        Comparison a = Comparison.ADDRESS;
        Comparison p = Comparison.POSTCODE;
        assertThat(name(a, BASE, address("12 church road, flat 2, leeds", "LS62AB"))).isEqualTo("exact");
        assertThat(name(p, BASE, address(null, "ls6 2ab"))).isEqualTo("exact");
        assertThat(name(a, BASE, address("12 Church Road, Headingley", null))).isEqualTo("same house and street");
        assertThat(name(a, BASE, address("12 Chruch Rd", null))).isEqualTo("fuzzy");
        assertThat(name(a, BASE, address("40 Church Road, Bradford", null))).isEqualTo("same street");
        assertThat(name(a, BASE, address("7 Mill Lane, York", null))).isEqualTo("else");
        assertThat(name(a, BASE, address(null, null))).isEqualTo("missing");
        assertThat(name(p, BASE, address(null, "LS6 2BA"))).isEqualTo("one character wrong");
        assertThat(name(p, BASE, address(null, "LS6 2QQ"))).isEqualTo("same sector");
        assertThat(name(p, BASE, address(null, "LS6 4XY"))).isEqualTo("same district");
        assertThat(name(p, BASE, address(null, "M1 1AA"))).isEqualTo("else");
    }

    @Test
    void sexAndIdentifierLevels() {
        assertThat(name(Comparison.SEX, BASE, with(null, null, null, "male", null, null, null))).isEqualTo("same");
        assertThat(name(Comparison.SEX, BASE, with(null, null, null, "F", null, null, null))).isEqualTo("different");
        assertThat(name(Comparison.SEX, BASE, with(null, null, null, "U", null, null, null))).isEqualTo("missing");
        Comparison id = Comparison.IDENTIFIER;
        assertThat(name(id, BASE, with(null, null, null, null, null, null, "485 777 3456"))).isEqualTo("exact");
        assertThat(name(id, BASE, with(null, null, null, null, null, null, "4857773465")))
                .isEqualTo("one character wrong");
        assertThat(name(id, BASE, with(null, null, null, null, null, null, "1234567890"))).isEqualTo("else");
        assertThat(name(id, BASE, with(null, null, null, null, null, null, null))).isEqualTo("missing");
    }

    @Test
    void comparisonsAreSymmetric() {
        MatchRecord[] others = {given("Bill"), surname("Bennett-Okafor"), dob("1984-07-03"),
            address("12 Chruch Rd", "LS6 2BA"), with("Ashworth", "William", "1983-11-20", "F", null, "LS6 4XY", "x")};
        for (MatchRecord o : others) {
            Prepared p = new Prepared(List.of(BASE, o), null);
            assertThat(Comparison.pattern(p, 0, p, 1)).isEqualTo(Comparison.pattern(p, 1, p, 0));
        }
    }
}
