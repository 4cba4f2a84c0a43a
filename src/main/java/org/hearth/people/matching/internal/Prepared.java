package org.hearth.people.matching.internal;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.hearth.people.matching.MatchRecord;

/**
 * Records normalised once into parallel arrays (hashes, phonetic codes, parsed dates, address parts) so
 * that comparing a pair is mostly integer work.
 */
final class Prepared {

    final int size;
    final MatchRecord[] records;
    /** 0 or 1: which side of a link a record came from. */
    final byte[] source;

    final String[] given;
    final String[] surname;
    final long[] givenH;
    final long[] surnameH;
    final long[] givenDm;
    final long[] givenDmAlt;
    final long[] surnameDm;
    final long[] surnameDmAlt;
    final long[][] surnameTokens;
    final int[][] givenNick;
    /** The forename's nickname group when it is in exactly one, -1 when in none, -2 when in several. */
    final int[] givenNickOne;
    final char[] givenInitial;

    final int[] dob;
    final int[] dobEpoch;

    final String[] address;
    final long[] addressH;
    final String[] street;
    final long[] streetH;
    final long[] houseH;
    /** Last address segment (town, suburb or state), when there are several. */
    final long[] townH;
    /** The address was only a place name (a town): {@link #townH} is set, the other address fields are not. */
    final boolean[] townOnly;
    final long[][] addressTokens;

    final long[] postcodeH;
    final String[] postcode;
    /** The normalised postcode's characters packed 8 bits each under its length, or 0 when longer than 7. */
    final long[] postcodePacked;
    final long[] sectorH;
    final long[] districtH;

    final byte[] sex;
    final String[] identifier;
    final long[] identifierH;

    final float[] givenTf;
    final float[] surnameTf;
    final float[] postcodeTf;

    /** Names already coded, while preparing many records; null for a few. */
    private Map<String, long[]> phonetic;
    /**
     * One copy of each normalised name, street and postcode, while preparing many records: a register repeats them
     * (a few thousand forenames among millions of records), and the index keeps what was prepared for its lifetime.
     */
    private Map<String, String> canonical;

    Prepared(List<MatchRecord> list, byte[] source) {
        this(list.toArray(new MatchRecord[0]), source);
        phonetic = size > 1_000 ? new ConcurrentHashMap<>() : null;
        canonical = size > 1_000 ? new ConcurrentHashMap<>() : null;
        if (size > 1_000) {
            IntStream.range(0, size).parallel().forEach(this::prepare);
        } else {
            for (int i = 0; i < size; i++) {
                prepare(i);
            }
        }
        phonetic = null; // kept only while preparing
        canonical = null;
    }

    /** The arrays for these records, nothing prepared yet. */
    private Prepared(MatchRecord[] records, byte[] source) {
        size = records.length;
        this.records = records;
        this.source = source == null ? new byte[size] : source;
        given = new String[size];
        surname = new String[size];
        givenH = new long[size];
        surnameH = new long[size];
        givenDm = new long[size];
        givenDmAlt = new long[size];
        surnameDm = new long[size];
        surnameDmAlt = new long[size];
        surnameTokens = new long[size][];
        givenNick = new int[size][];
        givenNickOne = new int[size];
        givenInitial = new char[size];
        dob = new int[size];
        dobEpoch = new int[size];
        address = new String[size];
        addressH = new long[size];
        street = new String[size];
        streetH = new long[size];
        houseH = new long[size];
        townH = new long[size];
        townOnly = new boolean[size];
        addressTokens = new long[size][];
        postcodeH = new long[size];
        postcode = new String[size];
        postcodePacked = new long[size];
        sectorH = new long[size];
        districtH = new long[size];
        sex = new byte[size];
        identifier = new String[size];
        identifierH = new long[size];
        givenTf = new float[size];
        surnameTf = new float[size];
        postcodeTf = new float[size];
    }

    /**
     * The records of {@code parts} not set in the matching {@code skip} bit set, in order, with what was prepared for
     * them copied (term frequencies included), not prepared again: merging segments costs a copy, not a preparation.
     */
    static Prepared concat(List<Prepared> parts, List<BitSet> skip) {
        int n = 0;
        for (int k = 0; k < parts.size(); k++) {
            n += parts.get(k).size - skip.get(k).cardinality();
        }
        MatchRecord[] records = new MatchRecord[n];
        byte[] source = new byte[n];
        int to = 0;
        for (int k = 0; k < parts.size(); k++) {
            Prepared from = parts.get(k);
            for (int i = 0; i < from.size; i++) {
                if (!skip.get(k).get(i)) {
                    records[to] = from.records[i];
                    source[to++] = from.source[i];
                }
            }
        }
        Prepared out = new Prepared(records, source);
        to = 0;
        for (int k = 0; k < parts.size(); k++) {
            Prepared from = parts.get(k);
            for (int i = 0; i < from.size; i++) {
                if (!skip.get(k).get(i)) {
                    out.copy(to++, from, i);
                }
            }
        }
        return out;
    }

    /** Record {@code i} of {@code from}, as prepared there, into place {@code to} (every field but the record's own). */
    private void copy(int to, Prepared from, int i) {
        given[to] = from.given[i];
        surname[to] = from.surname[i];
        givenH[to] = from.givenH[i];
        surnameH[to] = from.surnameH[i];
        givenDm[to] = from.givenDm[i];
        givenDmAlt[to] = from.givenDmAlt[i];
        surnameDm[to] = from.surnameDm[i];
        surnameDmAlt[to] = from.surnameDmAlt[i];
        surnameTokens[to] = from.surnameTokens[i];
        givenNick[to] = from.givenNick[i];
        givenNickOne[to] = from.givenNickOne[i];
        givenInitial[to] = from.givenInitial[i];
        dob[to] = from.dob[i];
        dobEpoch[to] = from.dobEpoch[i];
        address[to] = from.address[i];
        addressH[to] = from.addressH[i];
        street[to] = from.street[i];
        streetH[to] = from.streetH[i];
        houseH[to] = from.houseH[i];
        townH[to] = from.townH[i];
        townOnly[to] = from.townOnly[i];
        addressTokens[to] = from.addressTokens[i];
        postcodeH[to] = from.postcodeH[i];
        postcode[to] = from.postcode[i];
        postcodePacked[to] = from.postcodePacked[i];
        sectorH[to] = from.sectorH[i];
        districtH[to] = from.districtH[i];
        sex[to] = from.sex[i];
        identifier[to] = from.identifier[i];
        identifierH[to] = from.identifierH[i];
        givenTf[to] = from.givenTf[i];
        surnameTf[to] = from.surnameTf[i];
        postcodeTf[to] = from.postcodeTf[i];
    }

    /** Hashed primary and alternate Double Metaphone codes of a name, computed once per distinct name. */
    private long[] phonetic(DoubleMetaphone dm, String name) {
        if (phonetic == null) {
            return new long[] {Hash.of(dm.doubleMetaphone(name)), Hash.of(dm.doubleMetaphone(name, true))};
        }
        long[] codes = phonetic.get(name);
        if (codes == null) {
            codes = new long[] {Hash.of(dm.doubleMetaphone(name)), Hash.of(dm.doubleMetaphone(name, true))};
            phonetic.putIfAbsent(name, codes);
        }
        return codes;
    }

    /** The one copy of {@code s} among the records prepared together (itself when preparing a few). */
    private String canonical(String s) {
        if (s == null || canonical == null) {
            return s;
        }
        String first = canonical.putIfAbsent(s, s);
        return first == null ? s : first;
    }

    private static final ThreadLocal<DoubleMetaphone> METAPHONE = ThreadLocal.withInitial(DoubleMetaphone::new);

    private void prepare(int i) {
        MatchRecord r = records[i];
        DoubleMetaphone dm = METAPHONE.get();
        String g = canonical(Normalise.name(r.givenName()));
        given[i] = g;
        givenH[i] = Hash.of(g);
        if (g != null) {
            String first = PreparedText.firstToken(g);
            long[] codes = phonetic(dm, first);
            givenDm[i] = codes[0];
            givenDmAlt[i] = codes[1];
            givenNick[i] = Nicknames.DEFAULT.groupsOf(first);
            givenNickOne[i] = givenNick[i] == null ? -1 : givenNick[i].length == 1 ? givenNick[i][0] : -2;
            givenInitial[i] = g.charAt(0);
        } else {
            givenNickOne[i] = -1;
        }
        String s = canonical(Normalise.name(r.surname()));
        surname[i] = s;
        surnameH[i] = Hash.of(s);
        if (s != null) {
            String joined = s.replace(" ", "");
            long[] codes = phonetic(dm, joined);
            surnameDm[i] = codes[0];
            surnameDmAlt[i] = codes[1];
            if (s.indexOf(' ') > 0) {
                surnameTokens[i] = PreparedText.tokens(s.split(" "));
            }
        }
        dob[i] = Normalise.date(r.dateOfBirth());
        dobEpoch[i] = Normalise.epochDay(dob[i]);

        String a = Normalise.address(r.address());
        if (a != null && a.indexOf(',') < 0 && !PreparedText.hasDigit(a)) {
            // one place name and nothing else (no house, no street): only a town, a weak place key
            townOnly[i] = true;
            townH[i] = Hash.of(a.trim());
            a = null;
        }
        address[i] = a == null ? null : a.replace(",", " ");
        addressH[i] = Hash.of(address[i]);
        if (a != null) {
            String[] segments = a.split(",");
            String firstSegment = segments[0];
            if (segments.length > 1 && PreparedText.isSubPremise(firstSegment)) {
                firstSegment = segments[1]; // "flat 3, 12 church road": the street is in the second segment
            }
            StringBuilder street = new StringBuilder();
            String house = null;
            for (String t : firstSegment.split(" ")) {
                if (PreparedText.hasDigit(t)) {
                    if (house == null) {
                        house = t;
                    }
                } else if (!t.isEmpty()) {
                    street.append(street.length() == 0 ? "" : " ").append(t);
                }
            }
            this.street[i] = street.length() == 0 ? null : canonical(street.toString());
            streetH[i] = Hash.of(this.street[i]);
            houseH[i] = house == null ? 0 : Hash.of(house);
            addressTokens[i] = PreparedText.tokens(address[i].split(" "));
            int lastComma = a.lastIndexOf(',');
            townH[i] = lastComma < 0 ? 0 : Hash.of(a.substring(lastComma + 1));
        }
        String pc = canonical(Normalise.code(r.postcode()));
        postcode[i] = pc;
        postcodePacked[i] = pack(pc);
        postcodeH[i] = Hash.of(pc);
        if (pc != null && pc.length() >= 5 && pc.length() <= 7 && Character.isDigit(pc.charAt(pc.length() - 3))
                && Character.isLetter(pc.charAt(0))) {
            String outward = pc.substring(0, pc.length() - 3);
            districtH[i] = Hash.of(outward);
            sectorH[i] = Hash.of(pc.substring(0, pc.length() - 2));
        } else if (pc != null && pc.length() >= 2 && Character.isLetter(pc.charAt(0))) {
            districtH[i] = Hash.of(pc); // an outward code alone
        }
        String x = Normalise.sex(r.sex());
        sex[i] = x == null ? 0 : (byte) (x.equals("F") ? 1 : x.equals("M") ? 2 : 3);
        String id = Normalise.code(r.identifier());
        identifier[i] = id;
        identifierH[i] = Hash.of(id);
    }

    /** Up to 7 ASCII characters and the length in the top byte; 0 for null or longer strings. */
    static long pack(String s) {
        if (s == null || s.length() > 7) {
            return 0;
        }
        long v = (long) s.length() << 56;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c > 127) {
                return 0;
            }
            v |= (long) c << (8 * k);
        }
        return v;
    }

    /** Birth year, or 0. */
    int birthYear(int i) {
        return dob[i] < 0 ? 0 : dob[i] / 10000;
    }
}
