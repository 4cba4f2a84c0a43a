package org.hearth.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hearth.people.Address;
import org.hearth.people.PersonDetails;
import org.hearth.people.Sex;
import org.hearth.people.matching.MatchRecord;
import org.junit.jupiter.api.Test;

/** What the matching engine is given of a person: a record its current name, one an alias; never a hidden address. */
class IndexRecordsTest {

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-00000000abcd");

    @Test
    void oneRecordTheCurrentNameAndOneAnAliasTakingTheCurrentNameWhereTheAliasHasNone() {
        IndexRow row = new IndexRow(ID, "Imogen", "Trask", LocalDate.of(1987, 4, 9), "FEMALE", "2 Quarry Row, Leeds",
                "LS6 2QR", "|Fenwick||Immy|", OffsetDateTime.now(), false);

        List<MatchRecord> records = IndexRecords.of(row);

        assertThat(records).extracting(MatchRecord::id).containsExactly(ID.toString(), ID + "/alias/0", ID + "/alias/1");
        assertThat(records.get(0)).isEqualTo(new MatchRecord(ID.toString(), "Imogen", "Trask", "1987-04-09", "F",
                "2 Quarry Row, Leeds", "LS6 2QR"));
        assertThat(records).extracting(MatchRecord::dateOfBirth).containsOnly("1987-04-09");
        assertThat(records.get(1).givenName()).isEqualTo("Imogen");
        assertThat(records.get(1).surname()).isEqualTo("Fenwick");
        assertThat(records.get(2).givenName()).isEqualTo("Immy");
        assertThat(records.get(2).surname()).isEqualTo("Trask");
        assertThat(IndexRecords.isAlias(records.get(2).id())).isTrue();
        assertThat(IndexRecords.isAlias(records.get(0).id())).isFalse();
        assertThat(IndexRecords.person(records.get(2).id())).isEqualTo(ID);
        assertThat(IndexRecords.person(records.get(0).id())).isEqualTo(ID);
    }

    @Test
    void aBlankAddressAndAnUnknownSexAreMissing() {
        IndexRow row = new IndexRow(ID, "Imogen", "Trask", null, "NOT_KNOWN", " ", null, null, null, false);
        MatchRecord only = IndexRecords.of(row).get(0);
        assertThat(only.address()).isNull();
        assertThat(only.sex()).isNull();
        assertThat(only.dateOfBirth()).isNull();
        assertThat(IndexRecords.sex("MALE")).isEqualTo("M");
        assertThat(IndexRecords.sex(null)).isNull();
    }

    @Test
    void aNewPersonsConfidentialOrRefugeAddressIsNeverGivenToTheEngine() {
        PersonDetails d = new PersonDetails(" Imogen ", "Trask ", LocalDate.of(1987, 4, 9), null, Sex.FEMALE, null, null,
                null, false, null, null, null);
        Address confidential = new Address(null, "2 Quarry Row", null, "Leeds", "LS6 2QR", null, null, true, false, null);
        Address refuge = new Address(null, "2 Quarry Row", null, "Leeds", "LS6 2QR", null, null, false, true, "Haven");
        Address shown = new Address(null, "2 Quarry Row", "", "Leeds", "LS6 2QR", null, null, false, false, null);

        for (Address hidden : List.of(confidential, refuge)) {
            IndexRow row = IndexRecords.created(ID, d, List.of(), hidden);
            assertThat(row.address()).isNull();
            assertThat(row.postcode()).isNull();
        }
        IndexRow row = IndexRecords.created(ID, d, List.of("Imogen Fenwick", "Tate", " "), shown);
        assertThat(row.address()).isEqualTo("2 Quarry Row, Leeds");
        assertThat(row.postcode()).isEqualTo("LS6 2QR");
        assertThat(row.given()).isEqualTo("Imogen");
        assertThat(row.family()).isEqualTo("Trask");
        assertThat(row.sex()).isEqualTo("FEMALE");
        assertThat(row.aliases()).as("a given name only where there are two words").isEqualTo("Imogen|Fenwick|||Tate");
    }
}
