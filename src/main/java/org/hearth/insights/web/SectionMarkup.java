package org.hearth.insights.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hearth.insights.Dimension;
import org.hearth.insights.IndicatorReport;
import org.hearth.insights.Section;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The dashboard's sections rendered once: each section's headline figures and its tables with their charts, as
 * markup, kept for as long as the figures and the split are the same. Rendering a section's tables and charts was
 * most of a dashboard request's work (about three quarters of its CPU time), and the figures change only when the
 * records do, so every request for the same figures reuses the markup. The key is the report itself (its figures,
 * compared by value) and the split, so a changed figure is never shown stale. The markup comes from the fragment
 * {@code insights/fragments :: sectionBody}, which writes every figure with {@code th:text}: it is escaped.
 */
@Component
class SectionMarkup {

    /** A section of the dashboard: its heading's section and the rendered figures and tables under it. */
    record SectionView(Section section, String body) {
    }

    /** A table with its chart, as the fragment renders it. */
    record TableView(org.hearth.insights.Table table, String svg) {
    }

    static final int KEPT = 16;

    private record Key(IndicatorReport report, Dimension dimension) {
    }

    private final ITemplateEngine templates;
    private final Map<Key, List<SectionView>> rendered = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, List<SectionView>> eldest) {
                    return size() > KEPT;
                }
            });

    SectionMarkup(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The dashboard's sections (all but BVPI 225 and the strategy, which the page writes itself). */
    List<SectionView> sections(IndicatorReport report, Dimension dimension) {
        Key key = new Key(report, dimension);
        List<SectionView> kept = rendered.get(key);
        if (kept != null) {
            return kept;
        }
        List<SectionView> sections = new ArrayList<>();
        for (Section s : Section.values()) {
            if (s == Section.BVPI225 || s == Section.STRATEGY) {
                continue;
            }
            List<TableView> tables = report.tables(s).stream()
                    .filter(t -> s != Section.EQUALITY || t.id().endsWith("-" + dimension.slug()))
                    .map(t -> new TableView(t, Charts.svg(t))).toList();
            Context context = new Context(Locale.UK, Map.of("headlines", report.headlines(s), "tables", tables));
            sections.add(new SectionView(s, templates.process("insights/fragments", Set.of("sectionBody"), context)));
        }
        List<SectionView> out = List.copyOf(sections);
        rendered.put(key, out);
        return out;
    }
}
