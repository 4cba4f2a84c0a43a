package org.hearth.platform.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;

/**
 * Every text cell Hearth writes to a CSV file or a spreadsheet goes through here, so a value typed or imported
 * by someone ({@code =HYPERLINK(...)}, {@code +cmd|...}) is never run as a formula by the spreadsheet that opens
 * the file. OWASP's rule: text beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return gets a single quote in front. Numbers stay numbers (a {@link Number}, or text that is only a plain
 * decimal number or percentage such as {@code -12.5} or {@code +20.0%}).
 */
public final class FormulaSafe {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d[\\d,]*(\\.\\d+)?%?");

    private FormulaSafe() {
    }

    /** The text as it is safe to write in a cell. */
    public static String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !PLAIN_NUMBER.matcher(text).matches() ? "'" + text : text;
    }

    /** A value for a cell: numbers and other non-text values unchanged, text made safe. */
    public static Object value(Object value) {
        return value instanceof CharSequence text ? text(text.toString()) : value;
    }

    /** One CSV record, every text value made safe. */
    public static void printRecord(CSVPrinter out, Iterable<?> values) throws IOException {
        List<Object> safe = new ArrayList<>();
        for (Object v : values) {
            safe.add(value(v));
        }
        out.printRecord(safe);
    }

    /** One CSV record, every text value made safe. */
    public static void printRecord(CSVPrinter out, Object... values) throws IOException {
        printRecord(out, java.util.Arrays.asList(values));
    }

    /** A spreadsheet cell holding this text, made safe. */
    public static Cell text(Cell cell, String text) {
        cell.setCellValue(text(text));
        return cell;
    }

    /** A spreadsheet cell holding the number, or this text (made safe) when there is no number. */
    public static void numberOr(Cell cell, Number number, String text) {
        if (number != null) {
            cell.setCellValue(number.doubleValue());
        } else {
            text(cell, text);
        }
    }
}
