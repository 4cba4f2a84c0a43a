package org.hearth.subjectaccess.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hearth.people.PersonId;
import org.hearth.people.PersonIdentifiers;
import org.hearth.subjectaccess.RequestId;
import org.hearth.subjectaccess.SubjectAccessPackage;
import org.hearth.subjectaccess.SubjectAccessPackage.Entry;
import org.hearth.subjectaccess.SubjectAccessPackage.Line;
import org.hearth.subjectaccess.SubjectAccessPackage.Section;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * An erasure reaching the packages already released to other requesters: every line or heading of a released
 * package that names the erased person (a name, a given name as a word, the date of birth, an address's first line
 * or postcode, a safe phone or address: {@link PersonIdentifiers}) is replaced in full with {@value #ERASED}, and
 * the request's history says so without naming whom. The fact of the release (reference, dates, to whom, the
 * sections and the withheld items' numbers) stays. The PDF is drawn from this copy at each download.
 */
@Component
class ReleasedPackageErasure {

    static final String ERASED = "[erased]";
    static final String HISTORY = "Personal data of a person since erased from Hearth replaced with " + ERASED
            + " in the released package";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final PersonIdentifiers identifiers;
    private final SubjectAccessAudit audit;

    ReleasedPackageErasure(JdbcClient jdbc, PersonIdentifiers identifiers, SubjectAccessAudit audit) {
        this.jdbc = jdbc;
        this.identifiers = identifiers;
        this.audit = audit;
    }

    /** Called before the person's own rows go (their names are still there to be found). */
    void erase(PersonId person) {
        List<Pattern> naming = identifiers.of(person).stream().map(ReleasedPackageErasure::word).toList();
        if (naming.isEmpty()) {
            return;
        }
        record Kept(UUID id, String json) {
        }
        List<Kept> kept = jdbc.sql("SELECT id, released_package FROM subject_access_request "
                + "WHERE released_package IS NOT NULL AND person_id <> ?").param(person.value())
                .query((rs, n) -> new Kept(rs.getObject(1, UUID.class), rs.getString(2))).list();
        for (Kept k : kept) {
            SubjectAccessPackage before = JSON.readValue(k.json(), SubjectAccessPackage.class);
            SubjectAccessPackage after = without(before, naming);
            if (!after.equals(before)) {
                jdbc.sql("UPDATE subject_access_request SET released_package = ? WHERE id = ?")
                        .params(JSON.writeValueAsString(after), k.id()).update();
                jdbc.sql("INSERT INTO subject_access_request_history (request_id, what) VALUES (?, ?)")
                        .params(k.id(), HISTORY).update();
                audit.changed(new RequestId(k.id()), "released package: an erased person's data replaced");
            }
        }
    }

    /** The package with every heading and line value naming the person replaced in full. */
    static SubjectAccessPackage without(SubjectAccessPackage p, List<Pattern> naming) {
        List<Section> sections = new ArrayList<>();
        for (Section s : p.sections()) {
            List<Entry> entries = new ArrayList<>();
            for (Entry e : s.entries()) {
                List<Line> lines = e.lines().stream().map(l -> names(l.value(), naming)
                        ? new Line(l.label(), ERASED, l.item(), l.redacted()) : l).toList();
                entries.add(new Entry(names(e.heading(), naming) ? ERASED : e.heading(), lines));
            }
            sections.add(new Section(s.title(), entries));
        }
        return new SubjectAccessPackage(p.reference(), p.personName(), p.receivedOn(), p.producedOn(), p.released(),
                sections, p.redactions(), p.releasedTo());
    }

    static boolean names(String text, List<Pattern> naming) {
        return text != null && naming.stream().anyMatch(n -> n.matcher(text).find());
    }

    /** The text as a whole word (or words), whatever the case and the spaces between. */
    static Pattern word(String text) {
        String spaced = String.join("\\s+", java.util.Arrays.stream(text.trim().split("\\s+")).map(Pattern::quote)
                .toList());
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + spaced + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
