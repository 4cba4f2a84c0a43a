package org.hearth.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The poll's change stamps ({@link PersonIndexStore#stampsSince}) are worked out from the changes alone; they must
 * list exactly the persons with a change after the time asked, each with the stamp {@link PersonIndexStore#byIds}
 * reads for it (the one the index keeps), however it changed: its row, an address added, a merge or an unmerge.
 */
@HearthIntegrationTest
class PersonIndexStoreTest {

    @Autowired
    PersonIndexStore store;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theStampsSinceATimeAreThoseOfEveryPersonChangedAfterItAsReadInFull() {
        OffsetDateTime since = store.now().minusDays(1);
        UUID row = person(since.plusMinutes(1));
        UUID address = person(since.minusHours(1));
        address(address, since.minusHours(2));
        address(address, since.plusMinutes(2));
        UUID untouched = person(since.minusHours(1));
        address(untouched, since.minusMinutes(30));
        UUID survivor = person(since.minusHours(1));
        UUID merged = person(since.minusHours(1));
        merge(survivor, merged, since.minusMinutes(40), since.plusMinutes(3));
        UUID rowAfterItsAddress = person(since.plusMinutes(5));
        address(rowAfterItsAddress, since.plusMinutes(1));
        UUID mergedBefore = person(since.minusHours(1));
        merge(mergedBefore, person(since.minusHours(1)), since.minusMinutes(20), null);
        List<UUID> ours = List.of(row, address, untouched, survivor, merged, rowAfterItsAddress, mergedBefore);

        Map<UUID, OffsetDateTime> listed = new HashMap<>(store.stampsSince(since));
        listed.keySet().retainAll(ours);

        Map<UUID, OffsetDateTime> inFull = new HashMap<>();
        store.byIds(List.of(row, address, survivor, merged, rowAfterItsAddress))
                .forEach(r -> inFull.put(r.id(), r.stamp()));
        assertThat(listed).as("changed after the time: listed, with the stamp read in full").isEqualTo(inFull);
        assertThat(listed.get(address)).as("the newest address").isEqualTo(since.plusMinutes(2));
        assertThat(listed.get(merged)).as("the unmerge").isEqualTo(since.plusMinutes(3));
        assertThat(listed.get(rowAfterItsAddress)).as("the row, written after its address").isEqualTo(since.plusMinutes(5));
    }

    private UUID person(OffsetDateTime updatedAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, sex, created_by, updated_at) "
                + "VALUES (?, 'Stamp', 'Polled', 'FEMALE', ?, ?)").params(id, UUID.randomUUID(), updatedAt).update();
        return id;
    }

    private void address(UUID person, OffsetDateTime createdAt) {
        jdbc.sql("INSERT INTO person_address (id, person_id, postcode, created_at) VALUES (?, ?, 'NF1 1AA', ?)")
                .params(UUID.randomUUID(), person, createdAt).update();
    }

    private void merge(UUID survivor, UUID merged, OffsetDateTime at, OffsetDateTime unmergedAt) {
        jdbc.sql("""
                INSERT INTO person_merge (id, survivor_id, merged_id, reason, merged_before, merged_by, merged_at,
                    unmerged_by, unmerged_at, unmerge_reason)
                VALUES (?, ?, ?, 'Same woman', '{}', ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), survivor, merged, UUID.randomUUID(), at,
                        unmergedAt == null ? null : UUID.randomUUID(), unmergedAt,
                        unmergedAt == null ? null : "Two women").update();
    }
}
