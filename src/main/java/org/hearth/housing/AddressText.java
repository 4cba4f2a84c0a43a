package org.hearth.housing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.hearth.platform.InvalidInputException;

/**
 * The refuge address guard: Hearth never stores a refuge address, so free text on a refuge referral is refused when
 * it holds a UK postcode, and needs confirming when it reads like a street address ("12 Acacia Road", "Flat 3").
 */
public final class AddressText {

    static final Pattern POSTCODE = Pattern.compile(
            "\\b(GIR ?0AA|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern STREET = Pattern.compile("(\\b\\d+[a-z]?,?\\s+([a-z'-]+\\s+){1,3}(street|st|road|rd|avenue|"
            + "ave|lane|ln|close|drive|dr|way|crescent|terrace|place|grove|gardens|court|row|walk|mews|hill|square|"
            + "view|rise|park)\\b)|(\\b(flat|apartment|unit)\\s+\\d+)", Pattern.CASE_INSENSITIVE);

    public static final String POSTCODE_MESSAGE = "Remove the postcode: Hearth never stores where a refuge is, "
            + "because a refuge address in a shared record can get someone killed";
    public static final String STREET_MESSAGE = "This looks like an address. Hearth never stores where a refuge is: "
            + "remove it, or tick that it is not an address to save it";

    private AddressText() {
    }

    public static boolean hasPostcode(String text) {
        return text != null && POSTCODE.matcher(text).find();
    }

    public static boolean looksLikeStreet(String text) {
        return text != null && STREET.matcher(text).find();
    }

    /** The problems of free-text fields (name to text), in order: a postcode always, a street unless confirmed. */
    public static List<InvalidInputException.Problem> problems(boolean confirmed, String... fieldsAndTexts) {
        List<InvalidInputException.Problem> out = new ArrayList<>();
        for (int i = 0; i + 1 < fieldsAndTexts.length; i += 2) {
            String field = fieldsAndTexts[i];
            String text = fieldsAndTexts[i + 1];
            if (hasPostcode(text)) {
                out.add(new InvalidInputException.Problem(field, POSTCODE_MESSAGE));
            } else if (!confirmed && looksLikeStreet(text)) {
                out.add(new InvalidInputException.Problem(field, STREET_MESSAGE));
            }
        }
        return out;
    }
}
