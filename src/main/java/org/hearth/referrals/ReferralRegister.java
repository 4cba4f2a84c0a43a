package org.hearth.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;
import org.hearth.people.PersonId;

/**
 * Referrals listed and filtered, waiting or decided, newest first, a page at a time. Hub coordinators list every
 * referral; anyone else who makes referrals lists their own agency's only (whatever agency filter they send). Every
 * listing is audited with the ids shown. Analysts are refused.
 *
 * <p>Pages follow each other by the list's order itself (keyset paging): a page starts just after or just before a
 * row of the list ({@link Key}), so the ten-thousandth page costs what the first does. The total is counted only up
 * to a bound ({@link #count}): at ten million referrals an exact count would cost more than the page.
 */
public interface ReferralRegister {

    /** Which referrals: every filter may be null. */
    record Filter(State state, TriageOutcome outcome, AgencyId agency, AreaId area, LocalDate from, LocalDate to) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    enum State {
        WAITING("Waiting for triage"), DECIDED("Decided");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A row's place in the list's order (received, then created, newest first, then id), written into the pages'
     * links as {@code 2026-12-01.1764547200123456.<id>} (the day, the microsecond created, the referral's id).
     */
    record Key(LocalDate receivedOn, Instant createdAt, ReferralId id) {

        private static final Pattern TEXT = Pattern.compile(
                "(\\d{4}-\\d{2}-\\d{2})\\.(-?\\d{1,19})\\.([0-9a-fA-F-]{36})");

        public Key {
            if (receivedOn == null || createdAt == null || id == null) {
                throw new IllegalArgumentException("A key names a day, a time and a referral");
            }
        }

        /** The key read from a page link, or empty when the text is not one this list wrote. */
        public static Optional<Key> parse(String text) {
            Matcher m = text == null ? null : TEXT.matcher(text.trim());
            if (m == null || !m.matches()) {
                return Optional.empty();
            }
            try {
                long micros = Long.parseLong(m.group(2));
                return Optional.of(new Key(LocalDate.parse(m.group(1)),
                        Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L),
                        new ReferralId(UUID.fromString(m.group(3)))));
            } catch (RuntimeException e) { // an unreal day, a number or an id out of range
                return Optional.empty();
            }
        }

        public String text() {
            long micros = Math.addExact(Math.multiplyExact(createdAt.getEpochSecond(), 1_000_000L),
                    createdAt.getNano() / 1000L);
            return receivedOn + "." + micros + "." + id.value();
        }
    }

    /**
     * A referral as the list shows it, newest first. {@code victim} and {@code victimName} are given only to hub
     * coordinators (null otherwise: the list is no way to look people up).
     */
    record Entry(ReferralId id, String reference, LocalDate receivedOn, String agencyName, String areaName,
            PersonId victim, String victimName, TriageOutcome outcome, String decidedBy, LocalDate decidedOn, Key key) {
    }

    /**
     * A page of the list, newest first, and where the pages on either side start: {@code newer} (the page before it)
     * and {@code older} (the page after it) are null where there is no such page. {@code first} says there are no
     * newer referrals than this page's.
     */
    record Page(List<Entry> entries, Key newer, Key older) {

        public boolean first() {
            return newer == null;
        }
    }

    /**
     * The page of at most {@code size} referrals just older than {@code after}, or just newer than {@code before}
     * (at most one of them), or the newest when both are null.
     */
    Page page(Filter filter, Key after, Key before, int size);

    /** How many referrals match, counted up to {@code atMost} (so {@code atMost} means "that many or more"). */
    long count(Filter filter, long atMost);
}
