package org.hearth.people.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.hearth.people.Address;
import org.hearth.people.PersonDetails;
import org.hearth.people.matching.MatchRecord;

/**
 * The matching engine's records of a person: one for its current name, and one a previous name or alias (its id the
 * person's id, {@link #ALIAS} and a number), each with the person's date of birth, sex and current non-confidential
 * address. Pure functions.
 */
final class IndexRecords {

    /** Between a person's id and an alias's number in the id of an alias's record. */
    static final String ALIAS = "/alias/";

    private IndexRecords() {
    }

    /** The records of one row: the current name first, then one an alias. */
    static List<MatchRecord> of(IndexRow r) {
        String dob = r.dob() == null ? null : r.dob().toString();
        String sex = sex(r.sex());
        String address = r.address() == null || r.address().isBlank() ? null : r.address();
        List<MatchRecord> out = new ArrayList<>();
        out.add(new MatchRecord(r.id().toString(), r.given(), r.family(), dob, sex, address, r.postcode()));
        if (r.aliases() != null) {
            int n = 0;
            for (String alias : r.aliases().split("\\|\\|")) {
                String[] parts = alias.split("\\|", -1);
                String given = parts[0].isBlank() ? r.given() : parts[0];
                String family = parts.length < 2 || parts[1].isBlank() ? r.family() : parts[1];
                out.add(new MatchRecord(r.id() + ALIAS + n++, given, family, dob, sex, address, r.postcode()));
            }
        }
        return out;
    }

    /**
     * The row of a person as {@link JdbcPeople#create} writes it, before it is committed: the address only if it is
     * neither confidential nor a refuge; each alias a given name if it has two words, and a family name.
     */
    static IndexRow created(UUID person, PersonDetails d, List<String> aliases, Address address) {
        boolean shown = address != null && !address.confidential() && !address.inRefuge();
        String line = shown ? String.join(", ", Stream.of(address.line1(), address.line2(), address.town())
                .filter(x -> x != null && !x.isBlank()).toList()) : null;
        StringBuilder al = new StringBuilder();
        for (String a : aliases == null ? List.<String>of() : aliases) {
            if (a != null && !a.isBlank()) {
                String[] parts = a.trim().split("\\s+", 2);
                al.append(al.isEmpty() ? "" : "||").append(parts.length == 2 ? parts[0] : "").append('|')
                        .append(parts[parts.length - 1]);
            }
        }
        return new IndexRow(person, d.givenName().trim(), d.familyName().trim(), d.dateOfBirth(),
                d.sex() == null ? null : d.sex().name(), line, shown ? address.postcode() : null,
                al.isEmpty() ? null : al.toString(), null, false);
    }

    /** The engine's code for a stored sex: {@code F}, {@code M}, or null (not known, or neither). */
    static String sex(String sex) {
        return sex == null ? null : switch (sex) {
            case "FEMALE" -> "F";
            case "MALE" -> "M";
            default -> null;
        };
    }

    /** Whether a record is one of a person's aliases. */
    static boolean isAlias(String recordId) {
        return recordId.contains(ALIAS);
    }

    /** The person a record belongs to. */
    static UUID person(String recordId) {
        int alias = recordId.indexOf(ALIAS);
        return UUID.fromString(alias < 0 ? recordId : recordId.substring(0, alias));
    }
}
