package org.hearth.commissioning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Money as whole pence in a {@code long}: exact sums, never floating point; rounded only for display. Parsed from
 * what people type ("£12,500", "12500.5", "12500.50") and shown as "£12,500.50" (or "£12,500" to the pound).
 */
public final class Money {

    /** The most a single amount may be: £1,000,000,000. */
    public static final long MOST_PENCE = 100_000_000_000L;

    private Money() {
    }

    /** Pence from typed pounds, or empty when it is not an amount of money (more than two decimal places too). */
    public static Optional<Long> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.trim().replace(",", "").replace(" ", "");
        if (text.startsWith("£")) {
            text = text.substring(1);
        }
        boolean negative = text.startsWith("-");
        if (negative) {
            text = text.substring(1);
        }
        if (!text.matches("\\d{1,12}(\\.\\d{1,2})?")) {
            return Optional.empty();
        }
        long pence = new BigDecimal(text).movePointRight(2).longValueExact();
        return Optional.of(negative ? -pence : pence);
    }

    /** "£12,500.50", or "£12,500.00" shown as "£12,500"; negative amounts as "-£1.20". */
    public static String format(long pence) {
        NumberFormat pounds = NumberFormat.getIntegerInstance(Locale.UK);
        long abs = Math.abs(pence);
        String text = "£" + pounds.format(abs / 100) + (abs % 100 == 0 ? "" : String.format(".%02d", abs % 100));
        return pence < 0 ? "-" + text : text;
    }

    /** Pounds with two decimals as a number (for a workbook or JSON), exact. */
    public static BigDecimal pounds(long pence) {
        return BigDecimal.valueOf(pence, 2);
    }

    /** {@code pence ÷ count}, to the nearest penny (half up), or empty when there is nothing to divide by. */
    public static Optional<Long> per(long pence, long count) {
        if (count <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(pence).divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_UP)
                .longValueExact());
    }

    /** {@code pence × numerator ÷ denominator} to the nearest penny (half up): a share of a national figure. */
    public static long share(long pence, long numerator, long denominator) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("A share needs a denominator above zero");
        }
        return BigDecimal.valueOf(pence).multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** {@code part} as a percentage of {@code whole} to one decimal place, or empty when the whole is zero. */
    public static Optional<BigDecimal> percent(long part, long whole) {
        if (whole == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }
}
