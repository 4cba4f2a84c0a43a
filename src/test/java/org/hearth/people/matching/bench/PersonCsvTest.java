package org.hearth.people.matching.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class PersonCsvTest {

    @Test
    void readsTheFebrlLayout() throws Exception {
        String csv = """
                rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state, date_of_birth, soc_sec_id
                rec-7-org, amy, quint, 12, wallaby place, , kingsford, 2032, nsw, 19800102, 1234567
                rec-7-dup-0, amy, qiunt, 12, wallaby plaec, rose court, kingsford, 2032, nsw, 19800201, 1234567
                """;
        Dataset d = PersonCsv.read(new StringReader(csv), true);
        assertThat(d.problems()).isEmpty();
        assertThat(d.records()).hasSize(2);
        assertThat(d.truth()).containsExactly("7", "7");
        var r = d.records().get(0);
        assertThat(r.id()).isEqualTo("rec-7-org");
        assertThat(r.givenName()).isEqualTo("amy");
        assertThat(r.address()).isEqualTo("12 wallaby place, kingsford, nsw");
        assertThat(r.postcode()).isEqualTo("2032");
        assertThat(r.dateOfBirth()).isEqualTo("19800102");
        assertThat(r.identifier()).isEqualTo("1234567");
        assertThat(d.records().get(1).address()).isEqualTo("12 wallaby plaec, rose court, kingsford, nsw");
        assertThat(PersonCsv.read(new StringReader(csv), false).records().get(0).identifier()).isNull();
    }

    @Test
    void readsTheHearthLayoutWithAndWithoutTruth() throws Exception {
        String csv = """
                id,given_name,surname,date_of_birth,sex,address,postcode,cluster
                a1,Amy,Quint,1980-01-02,F,"12 Mill Lane, York",YO1 2AB,p1
                a2,,Quint,,F,,,p1
                """;
        Dataset d = PersonCsv.read(new StringReader(csv), true);
        assertThat(d.problems()).isEmpty();
        assertThat(d.records()).hasSize(2);
        assertThat(d.records().get(0).address()).isEqualTo("12 Mill Lane, York");
        assertThat(d.records().get(1).givenName()).isNull();
        assertThat(d.hasTruth()).isTrue();

        Dataset noTruth = PersonCsv.read(new StringReader("""
                id,given_name,surname,date_of_birth,sex,address,postcode
                a1,Amy,Quint,1980-01-02,F,York,YO1 2AB
                """), true);
        assertThat(noTruth.records()).hasSize(1);
        assertThat(noTruth.hasTruth()).isFalse();
    }

    @Test
    void reportsBadRowsByLineWithoutTheirContents() throws Exception {
        String csv = """
                id,given_name,surname,date_of_birth,sex,address,postcode,cluster
                a1,Amy,Quint,1980-01-02,F,York,YO1 2AB,p1
                a2,Secretname,Quint
                ,Bob,Quint,1980-01-02,M,York,YO1 2AB,p2
                a1,Amy,Quint,1980-01-02,F,York,YO1 2AB,p1
                a3,Cy,Quint,1980-01-02,M,York,YO1 2AB,p3
                """;
        Dataset d = PersonCsv.read(new StringReader(csv), true);
        assertThat(d.records()).extracting(r -> r.id()).containsExactly("a1", "a3");
        assertThat(d.problems()).hasSize(3);
        assertThat(d.problems().get(0)).startsWith("line 3:");
        assertThat(String.join(" ", d.problems())).doesNotContain("Secretname").doesNotContain("Bob");

        Dataset febrl = PersonCsv.read(new StringReader("""
                rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state, date_of_birth, soc_sec_id
                rec-1-org, amy, quint, 1, a st, , b, 2000, nsw, 19800102, 1
                not-an-id, amy, quint, 1, a st, , b, 2000, nsw, 19800102, 1
                rec-2-org, too, few
                """), true);
        assertThat(febrl.records()).hasSize(1);
        assertThat(febrl.problems()).hasSize(2);
    }

    @Test
    void writesWhatItReads(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        Dataset generated = SyntheticPeople.generate(200, 9);
        java.nio.file.Path file = dir.resolve("people.csv");
        PersonCsv.write(file, generated);
        Dataset read = PersonCsv.read(file, true);
        assertThat(read.problems()).isEmpty();
        assertThat(read.records()).isEqualTo(generated.records());
        assertThat(read.truth()).containsExactly(generated.truth());
    }

    @Test
    void refusesAnUnknownLayout() {
        assertThatThrownBy(() -> PersonCsv.read(new StringReader("name,dob\nx,y\n"), true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
