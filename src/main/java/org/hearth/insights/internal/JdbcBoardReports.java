package org.hearth.insights.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.insights.BoardReport;
import org.hearth.insights.BoardReportId;
import org.hearth.insights.BoardReports;
import org.hearth.insights.Indicators;
import org.hearth.insights.Section;
import org.hearth.partnership.Partnerships;
import org.hearth.strategy.Bvpi225Assessments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcBoardReports implements BoardReports {

    static final int MOST = 10_000;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Indicators indicators;
    private final Partnerships partnerships;
    private final Bvpi225Assessments bvpi225;

    JdbcBoardReports(JdbcClient jdbc, AuditTrail audit, Indicators indicators, Partnerships partnerships,
            Bvpi225Assessments bvpi225) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.indicators = indicators;
        this.partnerships = partnerships;
        this.bvpi225 = bvpi225;
    }

    @Override
    public BoardReport create(String title, LocalDate from, LocalDate to, UUID areaId) {
        if (title == null || title.isBlank() || title.trim().length() > 200) {
            throw new IllegalArgumentException("A report needs a title of up to 200 characters");
        }
        if (from == null || to == null || from.isAfter(to) || ChronoUnit.YEARS.between(from, to) >= 10) {
            throw new IllegalArgumentException("The period must start on or before its end, and be under 10 years");
        }
        if (areaId != null && partnerships.areas().stream().noneMatch(a -> a.id().value().equals(areaId))) {
            throw new IllegalArgumentException("No such area");
        }
        BoardReportId id = BoardReportId.random();
        jdbc.sql("INSERT INTO board_report (id, title, period_from, period_to, area_id, created_by) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id.value(), title.trim(), from, to, areaId, Actor.current().map(Actor::actorId).orElse(null))
                .update();
        audit.record(AuditAction.CREATE, "board_report", id);
        return find(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BoardReport> find(BoardReportId id) {
        return load("WHERE id = ?", id.value()).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<BoardReport> all() {
        return load("");
    }

    @Override
    public BoardReport comment(BoardReportId id, Map<Section, String> commentary) {
        find(id).orElseThrow(() -> new NoSuchElementException("No such board report"));
        for (Map.Entry<Section, String> e : commentary.entrySet()) {
            String text = e.getValue() == null ? "" : e.getValue().strip();
            if (text.length() > MOST) {
                throw new IllegalArgumentException("Commentary must be 10,000 characters or fewer");
            }
        }
        for (Map.Entry<Section, String> e : commentary.entrySet()) {
            String text = e.getValue() == null ? "" : e.getValue().strip();
            if (text.isEmpty()) {
                jdbc.sql("DELETE FROM board_report_commentary WHERE report_id = ? AND section = ?")
                        .params(id.value(), e.getKey().name()).update();
            } else {
                jdbc.sql("""
                        INSERT INTO board_report_commentary (report_id, section, text, updated_by) VALUES (?, ?, ?, ?)
                        ON CONFLICT (report_id, section) DO UPDATE SET text = EXCLUDED.text,
                            updated_by = EXCLUDED.updated_by, updated_at = now()""")
                        .params(id.value(), e.getKey().name(), text, Actor.current().map(Actor::actorId).orElse(null))
                        .update();
            }
        }
        jdbc.sql("UPDATE board_report SET updated_at = now() WHERE id = ?").param(id.value()).update();
        audit.record(AuditAction.UPDATE, "board_report", id);
        return find(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] pdf(BoardReportId id) {
        return BoardReportPdf.render(content(id));
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] xlsx(BoardReportId id) {
        return BoardReportXlsx.render(content(id));
    }

    BoardReportContent content(BoardReportId id) {
        BoardReport report = find(id).orElseThrow(() -> new NoSuchElementException("No such board report"));
        return new BoardReportContent(partnerships.current().map(p -> p.name()).orElse("Hearth"), report,
                indicators.report(report.from(), report.to(), report.areaId()),
                indicators.bvpi225(report.from(), report.to()), bvpi225.reportedHistory(),
                indicators.strategy(report.to()), indicators.today());
    }

    private List<BoardReport> load(String where, Object... params) {
        record Head(UUID id, String title, LocalDate from, LocalDate to, UUID area) {
        }
        List<Head> heads = jdbc.sql("SELECT id, title, period_from, period_to, area_id FROM board_report " + where
                + " ORDER BY created_at DESC, id").params(params)
                .query((rs, n) -> new Head(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, UUID.class)))
                .list();
        return heads.stream().map(h -> {
            Map<Section, String> commentary = new EnumMap<>(Section.class);
            jdbc.sql("SELECT section, text FROM board_report_commentary WHERE report_id = ?").param(h.id())
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                    .forEach(e -> {
                        try {
                            commentary.put(Section.valueOf(e.getKey()), e.getValue());
                        } catch (IllegalArgumentException ignored) {
                            // a section no longer shown
                        }
                    });
            return new BoardReport(new BoardReportId(h.id()), h.title(), h.from(), h.to(), h.area(), commentary);
        }).toList();
    }
}
