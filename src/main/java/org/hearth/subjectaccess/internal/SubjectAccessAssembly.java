package org.hearth.subjectaccess.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hearth.people.PersonDataSection;
import org.hearth.people.PersonDataSource;
import org.hearth.subjectaccess.FlaggedItem;
import org.hearth.subjectaccess.RequesterRole;
import org.hearth.subjectaccess.SubjectAccessPackage;
import org.hearth.subjectaccess.SubjectAccessRequest;
import org.springframework.stereotype.Component;

/**
 * The output of a request: every module's section ({@link PersonDataSource}, in their order) as the records stand,
 * MARAC left out for anyone but the person at risk asking for herself, the items {@link Redaction} flags numbered in
 * output order with the reviews in force on them, and the package with each flagged item released or withheld as reviewed. No access check and no
 * audit: the caller has done both.
 */
@Component
class SubjectAccessAssembly {

    /** The sections as every module holds them now, and the flagged items numbered in output order. */
    record Gathered(List<PersonDataSection> sections, List<FlaggedItem> flagged) {

        long unreviewed() {
            return flagged.stream().filter(f -> !f.reviewed()).count();
        }
    }

    private final List<PersonDataSource> sources;

    SubjectAccessAssembly(List<PersonDataSource> sources) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(PersonDataSource::order)).toList();
    }

    Gathered gather(SubjectAccessRequest r, Map<String, ReviewHistory.Review> reviews) {
        // MARAC only for the person at risk asking for herself: a representative (a parent) may be the one she fled
        List<PersonDataSection> sections = sources.stream().map(s -> s.section(r.person()))
                .map(s -> r.requesterRole() == RequesterRole.PERSON_AT_RISK && r.representative() == null ? s
                        : Redaction.withoutMarac(s))
                .filter(Objects::nonNull).toList();
        return flag(r, sections, reviews);
    }

    /** The flagged items of these sections for this request, numbered in output order, with their reviews. */
    static Gathered flag(SubjectAccessRequest r, List<PersonDataSection> sections,
            Map<String, ReviewHistory.Review> reviews) {
        List<FlaggedItem> flagged = new ArrayList<>();
        for (PersonDataSection s : sections) {
            for (PersonDataSection.Entry e : s.entries()) {
                for (PersonDataSection.Field f : e.fields()) {
                    if (f.value() != null && !f.value().isBlank() && Redaction.flagged(f.kind(), r.requesterRole(),
                            r.representative() != null)) {
                        ReviewHistory.Review v = ReviewHistory.inForce(reviews, f);
                        flagged.add(new FlaggedItem(flagged.size() + 1, f.key(), s.title(), e.heading(), f.label(),
                                f.value(), f.kind(), v == null ? null : v.decision(), v == null ? null : v.reason(),
                                v == null ? null : v.byName()));
                    }
                }
            }
        }
        return new Gathered(sections, flagged);
    }

    /** The package from what was gathered, each flagged item released or withheld as reviewed. */
    static SubjectAccessPackage build(SubjectAccessRequest r, Gathered g, LocalDate today) {
        Map<String, FlaggedItem> byKey = new LinkedHashMap<>();
        g.flagged().forEach(f -> byKey.put(f.key(), f));
        List<SubjectAccessPackage.Section> sections = new ArrayList<>();
        List<SubjectAccessPackage.Redaction> redactions = new ArrayList<>();
        for (PersonDataSection s : g.sections()) {
            List<SubjectAccessPackage.Entry> entries = new ArrayList<>();
            for (PersonDataSection.Entry e : s.entries()) {
                List<SubjectAccessPackage.Line> lines = new ArrayList<>();
                for (PersonDataSection.Field f : e.fields()) {
                    FlaggedItem flag = byKey.get(f.key());
                    if (flag == null) {
                        lines.add(new SubjectAccessPackage.Line(f.label(), f.value() == null || f.value().isBlank()
                                ? "Not recorded" : f.value(), null, false));
                    } else if (flag.decision() == FlaggedItem.Decision.RELEASE) {
                        lines.add(new SubjectAccessPackage.Line(f.label(), f.value(), flag.number(), false));
                    } else {
                        String why = Redaction.why(flag.kind());
                        lines.add(new SubjectAccessPackage.Line(f.label(), "Withheld (item " + flag.number() + "): "
                                + why, flag.number(), true));
                        redactions.add(new SubjectAccessPackage.Redaction(flag.number(), why));
                    }
                }
                entries.add(new SubjectAccessPackage.Entry(e.heading(), lines));
            }
            sections.add(new SubjectAccessPackage.Section(s.title(), entries));
        }
        String to = r.representative() == null ? r.personName()
                : r.representative().describe() + ", on behalf of " + r.personName();
        return new SubjectAccessPackage(r.reference(), r.personName(), r.receivedOn(), today, r.released(),
                sections, redactions, to);
    }
}
