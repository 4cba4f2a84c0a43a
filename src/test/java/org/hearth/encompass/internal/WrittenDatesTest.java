package org.hearth.encompass.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.encompass.Term;
import org.junit.jupiter.api.Test;

/** Terms and non-school days as a UK user writes them ({@link WrittenDates}): read, or refused by line and why. */
class WrittenDatesTest {

    private static final Term AUTUMN = new Term(LocalDate.of(2026, 9, 3), LocalDate.of(2026, 10, 23));

    private static Term term(String line) {
        List<String> problems = new ArrayList<>();
        List<Term> terms = WrittenDates.terms(line, "Line", problems);
        assertThat(problems).as(line).isEmpty();
        return terms.get(0);
    }

    private static List<String> refused(String text) {
        List<String> problems = new ArrayList<>();
        WrittenDates.terms(text, "Line", problems);
        return problems;
    }

    @Test
    void aTermAsAUkUserWritesIt() {
        for (String line : List.of("3/9/2026 to 23/10/2026", "03/09/2026 to 23/10/2026", "3 September 2026 to 23 October 2026",
                "3 Sept 2026 to 23 Oct 2026", "3 sep 2026 - 23 oct 2026", "Thursday 3rd September 2026 to Friday 23rd October 2026",
                "3.9.2026 to 23.10.2026", "3-9-2026 - 23-10-2026", "3/9/2026–23/10/2026", "3 September to 23 October 2026",
                "3/9 to 23/10/2026", "3 September 2026 until 23 October 2026", "  3/9/2026   TO   23/10/2026  ")) {
            assertThat(term(line)).as(line).isEqualTo(AUTUMN);
        }
        assertThat(term("14 December to 8 January 2027")).as("the first day in the year before")
                .isEqualTo(new Term(LocalDate.of(2026, 12, 14), LocalDate.of(2027, 1, 8)));
    }

    @Test
    void theOldFormIsStillRead() {
        assertThat(term("2026-09-03..2026-10-23")).isEqualTo(AUTUMN);
        assertThat(term("2026-09-03 .. 2026-10-23")).isEqualTo(AUTUMN);
        List<String> problems = new ArrayList<>();
        assertThat(WrittenDates.days("2026-11-02;2 November 2026\n2/11/2026", "Line", problems))
                .containsExactly(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2));
        assertThat(problems).isEmpty();
    }

    @Test
    void aBadLineIsNamedByItsNumberAndWhy() {
        assertThat(refused("3/9/2026 to 23/10/2026\n\n31/9/2026 to 23/10/2026"))
                .as("a blank line counts").containsExactly("Line 3: \"31/9/2026\" is not a real date");
        assertThat(refused("23/10/2026 to 3/9/2026")).containsExactly("Line 1: the term ends before it starts");
        assertThat(refused("3/9/2026 23/10/2026")).containsExactly("Line 1: write the term's first and last day with "
                + "\"to\" between them, like 3 September 2026 to 23 October 2026");
        assertThat(refused("3/9/26 to 23/10/26")).containsExactly("Line 1: \"23/10/26\": write the year in full, like 2026");
        assertThat(refused("3 Septober 2026 to 23 October 2026"))
                .containsExactly("Line 1: \"3 Septober 2026\" does not name a month: write it like 3 September 2026");
        assertThat(refused("3 September to 23 October"))
                .containsExactly("Line 1: \"23 October\" has no year: write it like 3/9/2026 or 3 September 2026");
        assertThat(refused("autumn to 23/10/2026"))
                .containsExactly("Line 1: \"autumn\" is not a date like 3/9/2026 or 3 September 2026");
        List<String> problems = new ArrayList<>();
        WrittenDates.days("2/11/2026\n30 February 2027", "Line", problems);
        assertThat(problems).containsExactly("Line 2: \"30 February 2027\" is not a real date");
    }

    @Test
    void aLongListOfProblemsSaysTheFirstFewAndHowManyMore() {
        assertThat(WrittenDates.message(List.of("a", "b", "c", "d", "e"))).isEqualTo("a. b. c. And 2 more");
        assertThat(WrittenDates.message(List.of("a"))).isEqualTo("a");
    }
}
