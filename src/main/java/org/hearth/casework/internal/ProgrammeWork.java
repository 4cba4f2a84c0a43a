package org.hearth.casework.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.StaffWork;
import org.hearth.audit.AuditTrail;
import org.hearth.casework.PartnerNotice;
import org.hearth.casework.Programmes;
import org.hearth.platform.Dates;
import org.hearth.platform.WorkList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * "My work" from perpetrator programmes: for the partner's worker, what the programmes told her in the last 14 days
 * about the perpetrators of her open cases (case references and the event, never the programme's notes or a risk's
 * words, which are on the case page; the people behind the rows are audited); for the programmes' staff, the
 * referrals waiting to be assessed or for a place (counts per programme, no person).
 */
@Component
class ProgrammeWork extends StaffWork {

    static final int DAYS = Programmes.NEWS_DAYS;

    ProgrammeWork(JdbcClient jdbc, AuditTrail audit) {
        super(jdbc, audit, CASEWORK);
    }

    @Override
    protected List<WorkList> forStaff(Actor me) {
        List<WorkList> lists = new ArrayList<>();
        partnerNotices(me).ifPresent(lists::add);
        waiting(me).ifPresent(lists::add);
        return lists;
    }

    private Optional<WorkList> partnerNotices(Actor me) {
        record Row(UUID caseId, UUID person, String reference, String kind, LocalDate on) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT c.id, c.person_id, c.reference, n.kind, n.occurred_on FROM programme_partner_notice n
                JOIN casework_case c ON c.id = n.case_id
                WHERE c.worker_id = ? AND c.status = 'OPEN' AND n.created_at > now() - make_interval(days => ?)
                ORDER BY n.created_at DESC""").params(me.actorId(), DAYS)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class))).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Row> shown = rows.stream().limit(CaseworkWork.ROWS).toList();
        shown("person", shown.stream().map(Row::person).distinct(), "My work: perpetrator programme notices");
        return Optional.of(new WorkList(4, "Perpetrator programme: news for your cases", rows.size()
                + (rows.size() == 1 ? " notice" : " notices") + " in the last " + DAYS + " days about the perpetrator "
                + "of a case you hold. Check the person is safe.",
                shown.stream().map(r -> {
                    PartnerNotice.Kind kind = PartnerNotice.Kind.valueOf(r.kind());
                    String words = switch (kind) {
                        case STARTED -> "He started the programme";
                        case MISSED -> "He missed a session";
                        case COMPLETED -> "He completed the programme";
                        case ENDED -> "He left the programme";
                        case RISK -> "Risk from the programme: read it on the case";
                    };
                    boolean urgent = kind != PartnerNotice.Kind.STARTED && kind != PartnerNotice.Kind.COMPLETED;
                    return new WorkList.WorkRow(r.reference(), "/casework/cases/" + r.caseId() + "#programme",
                            words + ", " + Dates.DAY.format(r.on()), urgent ? "Check" : null, urgent ? "red" : null);
                }).toList(), "/casework/my-cases#programme-news", rows.size() > shown.size()
                        ? "See all " + rows.size() + " notices" : "See them on My cases"));
    }

    private Optional<WorkList> waiting(Actor me) {
        record Waiting(UUID programme, String name, long toAssess, long forPlace) {
        }
        List<Waiting> rows = jdbc.sql("""
                SELECT p.id, p.name, count(*) FILTER (WHERE r.status = 'REFERRED'),
                       count(*) FILTER (WHERE r.status = 'WAITING')
                FROM perpetrator_programme p JOIN programme_referral r ON r.programme_id = p.id
                WHERE p.agency_id = ? AND r.status IN ('REFERRED', 'WAITING')
                GROUP BY p.id, p.name ORDER BY p.name""").param(me.agency().value())
                .query((rs, n) -> new Waiting(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3),
                        rs.getLong(4))).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        long assess = rows.stream().mapToLong(Waiting::toAssess).sum();
        return Optional.of(new WorkList(10, "Perpetrator programmes: referrals waiting", assess
                + (assess == 1 ? " referral" : " referrals") + " to assess.",
                rows.stream().limit(CaseworkWork.ROWS).map(w -> new WorkList.WorkRow(w.name(),
                        "/casework/programmes/" + w.programme(), w.toAssess() + " to assess, " + w.forPlace()
                                + " waiting for a place", String.valueOf(w.toAssess()),
                        w.toAssess() == 0 ? "green" : "orange")).toList(), "/casework/programmes",
                "Open the programmes"));
    }
}
