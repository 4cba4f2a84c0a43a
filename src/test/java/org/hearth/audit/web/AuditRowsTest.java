package org.hearth.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditEntry;
import org.hearth.audit.AuditRecordNames;
import org.junit.jupiter.api.Test;

/** Which of an entry's records a row names (no database): never more than three, so never more read. */
class AuditRowsTest {

    static final List<String> IDS = IntStream.range(0, 10).mapToObj(i -> new UUID(0, i).toString()).toList();

    /** Names every id it is asked about, remembering what it was asked. */
    static final class Asked implements AuditRecordNames {
        final List<Set<UUID>> asked = new ArrayList<>();

        @Override
        public Map<UUID, String> names(Set<UUID> ids) {
            asked.add(ids);
            Map<UUID, String> out = new java.util.HashMap<>();
            ids.forEach(id -> out.put(id, "Person " + id.getLeastSignificantBits()));
            return out;
        }
    }

    static AuditEntry entry(long id, List<String> records, String reason) {
        return new AuditEntry(id, 0, Instant.parse("2026-12-06T12:00:00Z"), null, "someone", AuditAction.READ,
                "person", records, reason, null, null, null);
    }

    @Test
    void aRowShowsTheFirstThreeRecordsTheSearchedForOneFirst() {
        assertThat(AuditRows.shown(IDS, null)).containsExactlyElementsOf(IDS.subList(0, 3));
        assertThat(AuditRows.shown(IDS, IDS.get(7))).containsExactly(IDS.get(7), IDS.get(0), IDS.get(1));
        assertThat(AuditRows.shown(IDS, IDS.get(1))).containsExactly(IDS.get(1), IDS.get(0), IDS.get(2));
        assertThat(AuditRows.shown(IDS, "not named by it")).containsExactlyElementsOf(IDS.subList(0, 3));
        assertThat(AuditRows.shown(IDS.subList(0, 2), null)).containsExactlyElementsOf(IDS.subList(0, 2));
    }

    @Test
    void onlyTheRecordsShownAreNamedAndTheRestCounted() {
        Asked names = new Asked();
        UUID inReason = UUID.randomUUID();
        List<AuditRows.EntryRow> rows = new AuditRows(List.of(names)).rows(List.of(
                entry(41, IDS, "merged from " + inReason), entry(42, IDS.subList(0, 1), null)), IDS.get(5));
        assertThat(names.asked).hasSize(1);
        assertThat(names.asked.get(0)).containsExactlyInAnyOrder(UUID.fromString(IDS.get(5)),
                UUID.fromString(IDS.get(0)), UUID.fromString(IDS.get(1)), inReason);
        assertThat(rows.get(0).id()).isEqualTo(41);
        assertThat(rows.get(0).records()).extracting(AuditRows.RecordRef::text).containsExactly("Person 5", "Person 0",
                "Person 1");
        assertThat(rows.get(0).more()).isEqualTo(7);
        assertThat(rows.get(0).moreText()).isEqualTo("and 7 more records");
        assertThat(rows.get(1).more()).isZero();
        assertThat(rows.get(1).moreText()).isEmpty();
    }

    @Test
    void aRecordTypeIsInWordsWithItsAcronymsInCapitals() {
        assertThat(AuditRows.typeWords("risk-assessment")).isEqualTo("Risk assessment");
        assertThat(AuditRows.typeWords("import_job")).isEqualTo("Import job");
        assertThat(AuditRows.typeWords("marac-meeting")).isEqualTo("MARAC meeting");
        assertThat(AuditRows.typeWords("commissioning-kpi")).isEqualTo("Commissioning KPI");
        assertThat(AuditRows.typeWords("bvpi225_assessment")).isEqualTo("BVPI 225 assessment");
        assertThat(AuditRows.typeWords("maracs")).as("only whole words").isEqualTo("Maracs");
    }

    @Test
    void theMoreTextCountsInWords() {
        AuditRows.EntryRow one = AuditRows.row(entry(1, IDS.subList(0, 4), null), IDS.subList(0, 3), Map.of());
        assertThat(one.moreText()).isEqualTo("and 1 more record");
        AuditRows.EntryRow many = AuditRows.row(entry(1, IntStream.range(0, 1000).mapToObj(String::valueOf).toList(),
                null), List.of("0", "1", "2"), Map.of());
        assertThat(many.moreText()).isEqualTo("and 997 more records");
    }

    /**
     * Words staff typed about a person, in a merge's, an unmerge's or a "not the same person" reason as in a
     * break-glass reason, show only to a viewer who may read every record of the entry; Hearth's own reasons of
     * other entries show as ever.
     */
    @Test
    void aReasonTypedAboutAPersonShowsOnlyToThoseWhoMayReadEveryRecord() {
        UUID her = UUID.randomUUID();
        UUID him = UUID.randomUUID();
        String typed = "same woman, both at 14 Larch Close";
        List<AuditEntry> entries = List.of(
                changed(1, "person", List.of(her.toString(), him.toString()), "merged x into y: " + typed),
                changed(2, "person-duplicate", List.of(her.toString(), him.toString()), "not the same person: " + typed),
                new AuditEntry(3, 0, Instant.parse("2026-12-06T12:00:00Z"), null, "someone", AuditAction.BREAK_GLASS,
                        "person", List.of(her.toString()), typed, null, null, null),
                entry(4, List.of(her.toString()), "viewed on the person page"));
        assertThat(new AuditRows(List.of(readable(Set.of(her)))).rows(entries, null))
                .extracting(AuditRows.EntryRow::reason).as("him unreadable: the entries naming him are withheld")
                .containsExactly(AuditRows.WITHHELD_REASON, AuditRows.WITHHELD_REASON, typed,
                        "viewed on the person page");
        assertThat(new AuditRows(List.of(readable(Set.of()))).rows(entries, null))
                .extracting(AuditRows.EntryRow::reason).as("neither readable: only Hearth's own words of a read")
                .containsExactly(AuditRows.WITHHELD_REASON, AuditRows.WITHHELD_REASON, AuditRows.WITHHELD_REASON,
                        "viewed on the person page");
        assertThat(new AuditRows(List.of(readable(Set.of(her, him)))).rows(entries, null))
                .extracting(AuditRows.EntryRow::reason).as("both readable: every reason")
                .allSatisfy(r -> assertThat(r).isNotEqualTo(AuditRows.WITHHELD_REASON));
    }

    private static AuditEntry changed(long id, String type, List<String> records, String reason) {
        return new AuditEntry(id, 0, Instant.parse("2026-12-06T12:00:00Z"), null, "someone", AuditAction.UPDATE,
                type, records, reason, null, null, null);
    }

    /** Names nobody; reads as readable exactly {@code these}. */
    private static AuditRecordNames readable(Set<UUID> these) {
        return new AuditRecordNames() {
            @Override
            public Map<UUID, String> names(Set<UUID> ids) {
                return Map.of();
            }

            @Override
            public Set<UUID> readable(Set<UUID> ids) {
                return ids.stream().filter(these::contains).collect(java.util.stream.Collectors.toSet());
            }
        };
    }

    @Test
    void anEntryPageNamesExactlyItsPage() {
        Asked names = new Asked();
        AuditRows.EntryRow page = new AuditRows(List.of(names)).entry(entry(7, IDS, null), IDS.subList(3, 8));
        assertThat(names.asked.get(0)).hasSize(5);
        assertThat(page.records()).hasSize(5);
    }
}
