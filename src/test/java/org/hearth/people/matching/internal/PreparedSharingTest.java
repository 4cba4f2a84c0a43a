package org.hearth.people.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hearth.people.matching.MatchRecord;
import org.junit.jupiter.api.Test;

/**
 * Many records prepared together keep one copy of each normalised forename, surname, street and postcode (the index
 * holds what was prepared for as long as it answers: at 5 million persons a copy a record is hundreds of megabytes).
 */
class PreparedSharingTest {

    @Test
    void equalValuesArePreparedIntoOneCopy() {
        List<MatchRecord> records = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            // new String objects each time, as read from the database
            records.add(new MatchRecord("r" + i, new String("Amelia"), new String("Smith"), "1980-01-02", "F",
                    new String((i % 50) + " Mill Lane, York"), new String("YO1 7HH")));
        }
        Prepared p = new Prepared(records, null);

        assertThat(p.given[1999]).isEqualTo("amelia").isSameAs(p.given[0]);
        assertThat(p.surname[1999]).isSameAs(p.surname[0]);
        assertThat(p.street[1999]).isEqualTo("mill lane").isSameAs(p.street[0]);
        assertThat(p.postcode[1999]).isSameAs(p.postcode[0]);
    }
}
