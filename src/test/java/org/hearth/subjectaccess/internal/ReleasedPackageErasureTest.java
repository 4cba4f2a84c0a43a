package org.hearth.subjectaccess.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.hearth.subjectaccess.SubjectAccessPackage;
import org.hearth.subjectaccess.SubjectAccessPackage.Entry;
import org.hearth.subjectaccess.SubjectAccessPackage.Line;
import org.hearth.subjectaccess.SubjectAccessPackage.Section;
import org.junit.jupiter.api.Test;

/** What an erasure takes out of a released package: whole lines and headings naming the person, nothing else. */
class ReleasedPackageErasureTest {

    private static final List<Pattern> ROWENA = List.of("Rowena Amberley", "Rowena", "14 March 1988", "NF1 2AB")
            .stream().map(ReleasedPackageErasure::word).toList();

    @Test
    void aNameIsFoundAsAWordWhateverTheCaseAndSpacing() {
        assertThat(ReleasedPackageErasure.names("ROWENA  amberley said so", ROWENA)).isTrue();
        assertThat(ReleasedPackageErasure.names("seen by rowena.", ROWENA)).isTrue();
        assertThat(ReleasedPackageErasure.names("Born 14 March 1988", ROWENA)).isTrue();
        assertThat(ReleasedPackageErasure.names("Rowenaby Street", ROWENA)).isFalse();
        assertThat(ReleasedPackageErasure.names("NF1 2ABC", ROWENA)).isFalse();
        assertThat(ReleasedPackageErasure.names(null, ROWENA)).isFalse();
    }

    @Test
    void theLinesAndHeadingsNamingThePersonBecomeErasedAndTheReleaseStays() {
        SubjectAccessPackage p = new SubjectAccessPackage("SAR-1", "Dermot Amberley", LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 1, 30), true, List.of(new Section("Referrals", List.of(new Entry(
                        "Referral of Rowena Amberley", List.of(new Line("Victim", "Rowena Amberley", 1, false),
                                new Line("Person causing harm", "Dermot Amberley", null, false),
                                new Line("Address", "Withheld (item 2): names another person", 2, true)))))),
                List.of(new SubjectAccessPackage.Redaction(2, "names another person")), "Dermot Amberley");
        SubjectAccessPackage out = ReleasedPackageErasure.without(p, ROWENA);
        Entry e = out.sections().get(0).entries().get(0);
        assertThat(e.heading()).isEqualTo(ReleasedPackageErasure.ERASED);
        assertThat(e.lines()).extracting(Line::value).containsExactly(ReleasedPackageErasure.ERASED,
                "Dermot Amberley", "Withheld (item 2): names another person");
        assertThat(e.lines().get(0).label()).isEqualTo("Victim");
        assertThat(out.reference()).isEqualTo("SAR-1");
        assertThat(out.releasedTo()).isEqualTo("Dermot Amberley");
        assertThat(out.redactions()).isEqualTo(p.redactions());
        assertThat(ReleasedPackageErasure.without(out, ROWENA)).isEqualTo(out);
    }
}
