package org.hearth.people.internal;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearth.people.AccessGrant;
import org.hearth.people.Address;
import org.hearth.people.PersonCorrection;
import org.hearth.people.PersonDetails;
import org.hearth.people.PersonFlag;
import org.hearth.people.PersonId;
import org.hearth.people.PersonRecord;
import org.hearth.people.Relationship;
import org.hearth.people.SafeContact;
import org.springframework.security.access.AccessDeniedException;

/**
 * The people module's record rules as pure functions, no database: what the stub and the full record hold for each
 * {@link AccessRules.View}, the guards on writes (a real ground, the safe number and address only from the allocated
 * worker, a break-glass reason), a correction's input, and the one form addresses and postcodes are stored in.
 */
final class PeopleRules {

    /** How long a break-glass opening lasts. */
    static final Duration BREAK_GLASS = Duration.ofHours(8);

    private PeopleRules() {
    }

    /** What a specialist (non-statutory) service is called where its name would say where she may be. */
    static final String SPECIALIST = "A specialist service";

    /** An agency holding a current grant on the person (directly, or through a member of its staff). */
    record Involved(String name, boolean statutory) {
    }

    /**
     * A specialist service's grant as a reader by break-glass alone sees it: the holder is "A specialist service" and
     * who approved it is not said (a refuge's or specialist service's name, or its worker's, says where she may be),
     * as the stub shows the agencies involved.
     */
    static AccessGrant asReadByGlass(AccessGrant g) {
        return new AccessGrant(g.id(), g.person(), g.ground(), g.scope(), g.holder(), SPECIALIST, g.startsAt(),
                g.expiresAt(), null, g.basis());
    }

    /**
     * The agencies involved by name, as the stub names them: the statutory ones, and "A specialist service" for any
     * other.
     */
    private static Set<String> statutoryNamed(List<Involved> involved) {
        Set<String> names = involved.stream().filter(Involved::statutory).map(Involved::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (involved.stream().anyMatch(i -> !i.statutory())) {
            names.add(SPECIALIST);
        }
        return names;
    }

    /**
     * The locked-down stub, for a user with no ground and no break-glass opening: the name, the year of birth, the
     * statutory agencies by name and a specialist service only as such; no flags, no addresses, no safe contact.
     */
    static PersonRecord stub(PersonId id, PersonDetails d, List<Involved> involved) {
        return new PersonRecord(id, stubDetails(d), List.of(), false, false, false, false, SafeContact.notYetAsked(),
                List.of(), 0, List.of(), yearOfBirth(d),
                involved.stream().filter(Involved::statutory).map(Involved::name)
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                involved.stream().anyMatch(i -> !i.statutory()), List.of());
    }

    /**
     * The full record as {@code view} allows it: confidential addresses only with a real ground (never a
     * break-glass reading), the safe phone and address only to the holder of a safe-contact grant, and to a reader by
     * break-glass alone the agencies involved as the stub names them (a specialist service not by name).
     */
    static PersonRecord full(PersonId id, PersonDetails d, List<String> aliases, AccessRules.View view,
            List<Address> all, SafeContact rules, List<Relationship> relationships, List<Involved> involved,
            List<PersonFlag> flags) {
        List<Address> shown = view.grounded() ? all : all.stream().filter(a -> !a.confidential()).toList();
        return new PersonRecord(id, d, aliases, true, view.grounded(), view.contact(),
                view.glass() && !view.grounded(), view.contact() ? rules : rules.withoutContactDetails(), shown,
                all.size() - shown.size(), relationships, yearOfBirth(d),
                view.glassAlone() ? statutoryNamed(involved)
                        : involved.stream().map(Involved::name).collect(Collectors.toCollection(LinkedHashSet::new)),
                involved.stream().anyMatch(i -> !i.statutory()), flags);
    }

    private static Integer yearOfBirth(PersonDetails d) {
        return d.dateOfBirth() == null ? null : d.dateOfBirth().getYear();
    }

    /** The locked-down stub's details: the name only (the year of birth travels separately). */
    private static PersonDetails stubDetails(PersonDetails d) {
        return new PersonDetails(d.givenName(), d.familyName(), null, null, null, null, null, null, false, null, null,
                null);
    }

    /** Writing needs a real ground: a lasting grant or the hub role, never a break-glass reading. */
    static void requireGround(AccessRules.View view) {
        if (!view.grounded()) {
            throw new AccessDeniedException("No ground to change this person's record");
        }
    }

    /**
     * A correction (UK GDPR Art. 16) needs a real ground, or information governance reading the record on a subject
     * access request's grant (never a lasting ground, so not enough for other changes).
     */
    static void requireCorrectionGround(AccessRules.View view, boolean governance) {
        if (!view.grounded() && !(governance && view.full())) {
            throw new AccessDeniedException("No ground to correct this person's record");
        }
    }

    /** Reading the record's history (its corrections) needs what reading the full record needs. */
    static void requireFull(AccessRules.View view) {
        if (!view.full()) {
            throw new AccessDeniedException("No ground to read this person's record");
        }
    }

    /** The rules may be recorded on a real ground; a safe number or address only by the allocated worker. */
    static void requireSafeContactWrite(AccessRules.View view, SafeContact r) {
        requireGround(view);
        if ((blankToNull(r.safePhone()) != null || blankToNull(r.safeAddress()) != null) && !view.contact()) {
            throw new AccessDeniedException("Only an allocated worker records a safe number or address");
        }
    }

    /**
     * A break-glass reason as stored (trimmed), of at least 10 characters counted as PostgreSQL counts them (code
     * points), so the table's check never refuses it later.
     */
    static String breakGlassReason(String reason) {
        if (reason == null || reason.strip().codePoints().count() < 10) {
            throw new IllegalArgumentException("Give a reason of at least 10 characters");
        }
        return reason.trim();
    }

    /**
     * An address as stored: a refuge stay keeps no address lines or postcode, only the service (trimmed); blank
     * lines are null and the postcode is in its one form.
     */
    static Address stored(Address a) {
        return a.inRefuge()
                ? new Address(a.id(), null, null, null, null, a.from(), a.to(), a.confidential(), true,
                        a.refugeService().trim())
                : new Address(a.id(), blankToNull(a.line1()), blankToNull(a.line2()), blankToNull(a.town()),
                        normalisePostcode(a.postcode()), a.from(), a.to(), a.confidential(), false, null);
    }

    /** The value a correction of this field replaces, as text. */
    static String recorded(PersonDetails d, PersonCorrection.Field field) {
        return field == null ? null : switch (field) {
            case GIVEN_NAME -> d.givenName();
            case FAMILY_NAME -> d.familyName();
            case DATE_OF_BIRTH -> d.dateOfBirth() == null ? null : d.dateOfBirth().toString();
        };
    }

    /** A postcode in its one stored form: upper case, one space before the inward code; null when blank. */
    static String normalisePostcode(String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return null;
        }
        String compact = postcode.toUpperCase().replaceAll("\\s+", "");
        return compact.length() > 3 ? compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3)
                : compact;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
