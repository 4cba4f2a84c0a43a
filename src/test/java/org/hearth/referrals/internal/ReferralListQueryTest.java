package org.hearth.referrals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.ReferralRegister.Filter;
import org.hearth.referrals.ReferralRegister.Key;
import org.hearth.referrals.ReferralRegister.State;
import org.hearth.referrals.TriageOutcome;
import org.hearth.referrals.internal.ReferralListQuery.Direction;
import org.junit.jupiter.api.Test;

/** The referral list's SQL: only the filters given, a page from a key in the list's order, a count that stops. */
class ReferralListQueryTest {

    static final UUID AGENCY = UUID.fromString("2789bb97-9102-41d0-bdfd-e5d4401c44ed");
    static final Key KEY = new Key(LocalDate.of(2026, 12, 1), Instant.parse("2026-12-01T09:30:00.123456Z"),
            new ReferralId(UUID.fromString("00000000-0000-0000-0000-000000000007")));

    @Test
    void noFilterNoCondition() {
        ReferralListQuery q = ReferralListQuery.page(Filter.none(), null, Direction.OLDER, 51);
        assertThat(q.sql()).doesNotContain("WHERE").contains("ORDER BY r.received_on DESC, r.created_at DESC, r.id\n")
                .doesNotContain("OFFSET");
        assertThat(q.params()).containsOnlyKeys("limit").containsEntry("limit", 51);
    }

    @Test
    void eachFilterGivenIsOneConditionWithItsValue() {
        UUID area = UUID.randomUUID();
        Filter f = new Filter(State.DECIDED, TriageOutcome.SIGNPOST, new AgencyId(AGENCY), new AreaId(area),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        ReferralListQuery q = ReferralListQuery.where(f);
        assertThat(q.sql().split("\n  AND ")).containsExactly("r.referring_agency_id = :agency", "r.area_id = :area",
                "r.triage_outcome IS NOT NULL", "r.triage_outcome = :outcome", "r.received_on >= :from",
                "r.received_on <= :to");
        assertThat(q.params()).containsEntry("agency", AGENCY).containsEntry("area", area)
                .containsEntry("outcome", "SIGNPOST").containsEntry("from", LocalDate.of(2026, 1, 1))
                .containsEntry("to", LocalDate.of(2026, 3, 31));
        assertThat(ReferralListQuery.where(new Filter(State.WAITING, null, null, null, null, null)).sql())
                .isEqualTo("r.triage_outcome IS NULL");
        assertThat(ReferralListQuery.where(Filter.none()).sql()).isEmpty();
    }

    @Test
    void anOlderPageStartsJustAfterTheKeyInTheListsOrder() {
        ReferralListQuery q = ReferralListQuery.page(new Filter(null, null, new AgencyId(AGENCY), null, null, null),
                KEY, Direction.OLDER, 51);
        assertThat(q.sql()).contains("WHERE r.referring_agency_id = :agency\n  AND r.received_on <= :keyDay\n"
                + "  AND (r.received_on < :keyDay OR (r.received_on = :keyDay AND (r.created_at < :keyAt "
                + "OR (r.created_at = :keyAt AND r.id > :keyId))))")
                .contains("ORDER BY r.received_on DESC, r.created_at DESC, r.id\n");
        assertThat(q.params()).containsEntry("keyDay", KEY.receivedOn()).containsEntry("keyId", KEY.id().value())
                .containsEntry("keyAt", OffsetDateTime.of(2026, 12, 1, 9, 30, 0, 123_456_000, ZoneOffset.UTC));
    }

    @Test
    void aNewerPageReadsOldestFirstFromTheKeyAndShowsNewestFirst() {
        ReferralListQuery q = ReferralListQuery.page(Filter.none(), KEY, Direction.NEWER, 51);
        assertThat(q.sql()).contains("WHERE r.received_on >= :keyDay\n  AND (r.received_on > :keyDay OR "
                + "(r.received_on = :keyDay AND (r.created_at > :keyAt OR (r.created_at = :keyAt AND r.id < :keyId))))")
                .contains("ORDER BY r.received_on, r.created_at, r.id DESC\n")
                .endsWith("ORDER BY r.received_on DESC, r.created_at DESC, r.id");
    }

    @Test
    void theCountStopsAtItsBound() {
        ReferralListQuery q = ReferralListQuery.count(new Filter(State.WAITING, null, null, null, null, null), 10_001);
        assertThat(q.sql()).isEqualTo(
                "SELECT count(*) FROM (SELECT 1 FROM referral r WHERE r.triage_outcome IS NULL LIMIT :atMost) matching");
        assertThat(q.params()).containsEntry("atMost", 10_001L);
    }

    @Test
    void aKeyIsWrittenIntoALinkAndReadBack() {
        assertThat(KEY.text()).isEqualTo("2026-12-01.1796117400123456.00000000-0000-0000-0000-000000000007");
        assertThat(Key.parse(KEY.text())).contains(KEY);
        assertThat(Key.parse(null)).isEmpty();
        assertThat(Key.parse("2026-02-31.1.00000000-0000-0000-0000-000000000007")).as("no such day").isEmpty();
        assertThat(Key.parse("2026-12-01.99999999999999999999.00000000-0000-0000-0000-000000000007")).isEmpty();
        assertThat(Key.parse("2026-12-01.1.not-an-id")).isEmpty();
        assertThat(Key.parse("'; DROP TABLE referral; --")).isEmpty();
    }
}
