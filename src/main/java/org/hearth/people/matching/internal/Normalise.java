package org.hearth.people.matching.internal;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;

/** Normalisation of raw field values before comparison. */
final class Normalise {

    private Normalise() {
    }

    /** Lower case, accents dropped, letters only, tokens separated by one space; null when empty. */
    static String name(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                s = Normalizer.normalize(s, Normalizer.Form.NFD);
                break;
            }
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (c >= 'a' && c <= 'z') {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            } else if (c == ' ' || c == '-' || c == '\t' || c == ',' || c == '.') {
                space = true;
            }
            // apostrophes and other marks vanish: o'brien -> obrien
        }
        return b.length() == 0 ? null : b.toString();
    }

    /** Lower case, letters and digits, tokens separated by one space, commas kept as segment marks. */
    static String address(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = Character.toLowerCase(raw.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (space && b.length() > 0 && b.charAt(b.length() - 1) != ',') {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            } else if (c == ',' || c == '\n') {
                if (b.length() > 0 && b.charAt(b.length() - 1) != ',') {
                    b.append(',');
                }
                space = false;
            } else {
                space = true;
            }
        }
        while (b.length() > 0 && b.charAt(b.length() - 1) == ',') {
            b.setLength(b.length() - 1);
        }
        return b.length() == 0 ? null : b.toString();
    }

    /** Upper case letters and digits only. */
    static String code(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = Character.toUpperCase(raw.charAt(i));
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                b.append(c);
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    /** {@code yyyyMMdd} as an int from {@code yyyy-MM-dd}, {@code yyyyMMdd} or {@code yyyy/MM/dd}; -1 when missing or malformed. */
    static int date(String raw) {
        if (raw == null) {
            return -1;
        }
        int v = 0;
        int digits = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                v = v * 10 + (c - '0');
                digits++;
            } else if (c != '-' && c != '/' && c != ' ') {
                return -1;
            }
        }
        return digits == 8 && v > 0 ? v : -1;
    }

    /** Days since the epoch, or {@link Integer#MIN_VALUE} for an impossible date. */
    static int epochDay(int ymd) {
        if (ymd < 0) {
            return Integer.MIN_VALUE;
        }
        try {
            return (int) LocalDate.of(ymd / 10000, ymd / 100 % 100, ymd % 100).toEpochDay();
        } catch (DateTimeException e) {
            return Integer.MIN_VALUE;
        }
    }

    /** {@code F}, {@code M}, another single code, or null. */
    static String sex(String raw) {
        String s = code(raw);
        if (s == null) {
            return null;
        }
        if (s.startsWith("F") || s.equals("W")) {
            return "F";
        }
        if (s.startsWith("M")) {
            return "M";
        }
        if (s.equals("U") || s.equals("UNKNOWN") || s.equals("NK")) {
            return null;
        }
        return s;
    }
}
