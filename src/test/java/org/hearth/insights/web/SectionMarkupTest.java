package org.hearth.insights.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hearth.insights.Cell;
import org.hearth.insights.Dimension;
import org.hearth.insights.Headline;
import org.hearth.insights.IndicatorReport;
import org.hearth.insights.Section;
import org.hearth.insights.Table;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The dashboard's sections are rendered once per figures and split, never shown stale, and escaped. */
class SectionMarkupTest {

    private final SectionMarkup markup = new SectionMarkup(engine());

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    private static IndicatorReport report(int referrals, String title) {
        Table volume = new Table("referrals-by-month", Section.VOLUME.name(), title, "Referrals received",
                "Month", List.of("Referrals"), List.of(new Table.Row("April", List.of(Cell.shown(
                        String.valueOf(referrals), referrals)))), Table.ChartKind.BAR, List.of(0));
        Table byArea = new Table("repeat-by-area", Section.EQUALITY.name(), "Repeats by area", "", "Area",
                List.of("Repeats"), List.of(new Table.Row("North", List.of(Cell.shown("12", 12)))),
                Table.ChartKind.BAR, List.of(0));
        Table bySex = new Table("repeat-by-sex", Section.EQUALITY.name(), "Repeats by sex", "", "Sex",
                List.of("Repeats"), List.of(new Table.Row("Female", List.of(Cell.shown("11", 11)))),
                Table.ChartKind.BAR, List.of(0));
        Headline total = new Headline("referrals", Section.VOLUME.name(), "Referrals", Cell.shown(
                String.valueOf(referrals), referrals), "in the period");
        return new IndicatorReport(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), null, null, null,
                List.of(total), List.of(volume, byArea, bySex));
    }

    private static String body(List<SectionMarkup.SectionView> sections, Section section) {
        return sections.stream().filter(s -> s.section() == section).findFirst().orElseThrow().body();
    }

    @Test
    void theSameFiguresAreRenderedOnceAndReused() {
        List<SectionMarkup.SectionView> first = markup.sections(report(37, "Referrals by month"), Dimension.AREA);
        // an equal report computed afresh (another instance) reuses the markup
        assertThat(markup.sections(report(37, "Referrals by month"), Dimension.AREA)).isSameAs(first);
        String volume = body(first, Section.VOLUME);
        assertThat(volume).contains("id=\"referrals-by-month\"").contains("data-chart=\"referrals-by-month\"")
                .contains("id=\"figure-referrals\"").contains(">37<");
        assertThat(first).extracting(SectionMarkup.SectionView::section).doesNotContain(Section.BVPI225,
                Section.STRATEGY);
    }

    @Test
    void aChangedFigureIsRenderedAfreshNeverShownStale() {
        markup.sections(report(37, "Referrals by month"), Dimension.AREA);
        String changed = body(markup.sections(report(38, "Referrals by month"), Dimension.AREA), Section.VOLUME);
        assertThat(changed).contains(">38<").doesNotContain(">37<");
    }

    @Test
    void theSplitChoosesTheEqualityTables() {
        String byArea = body(markup.sections(report(37, "Referrals by month"), Dimension.AREA), Section.EQUALITY);
        String bySex = body(markup.sections(report(37, "Referrals by month"), Dimension.SEX), Section.EQUALITY);
        assertThat(byArea).contains("repeat-by-area").doesNotContain("repeat-by-sex");
        assertThat(bySex).contains("repeat-by-sex").doesNotContain("repeat-by-area");
    }

    @Test
    void theMarkupIsEscaped() {
        String body = body(markup.sections(report(5, "<script>alert(1)</script>"), Dimension.AREA), Section.VOLUME);
        assertThat(body).doesNotContain("<script>").contains("&lt;script&gt;");
    }
}
