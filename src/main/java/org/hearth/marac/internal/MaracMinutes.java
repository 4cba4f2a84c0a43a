package org.hearth.marac.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.marac.Marac;
import org.hearth.marac.MaracMeetings.Attendance;
import org.hearth.marac.MaracReferral;
import org.hearth.marac.internal.MaracMeetingStore.CaseNotes;
import org.hearth.marac.internal.MaracMeetingStore.MeetingRow;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.People;
import org.springframework.stereotype.Component;

/**
 * A held meeting's minutes as a PDF for one member agency: the attendance, and each case's outcome, minutes and
 * actions ({@link MinutesPdf}). Assembly only: {@link JdbcMaracMeetings} checks who may have them and audits.
 */
@Component
class MaracMinutes {

    private final MaracMeetingStore store;
    private final JdbcMaracActions actions;
    private final People people;
    private final Partnerships partnerships;

    MaracMinutes(MaracMeetingStore store, JdbcMaracActions actions, People people, Partnerships partnerships) {
        this.store = store;
        this.actions = actions;
        this.people = people;
        this.partnerships = partnerships;
    }

    byte[] pdf(MeetingRow row, Marac marac, List<MaracReferral> cases, AgencyId agency) {
        var id = row.meeting().id();
        Map<UUID, CaseNotes> notes = store.notes(id);
        Map<AgencyId, Attendance> attendance = store.attendance(id);
        List<MinutesPdf.Line> attended = marac.members().stream().map(m -> new MinutesPdf.Line(agencyName(m.agency()),
                Optional.ofNullable(attendance.get(m.agency())).map(Attendance::label).orElse("Not recorded")))
                .toList();
        List<MinutesPdf.CaseMinutes> caseMinutes = new ArrayList<>();
        for (MaracReferral r : cases) {
            CaseNotes n = notes.getOrDefault(r.id().value(), CaseNotes.NONE);
            List<MinutesPdf.ActionLine> agreed = actions.select(
                    "a.meeting_id = ? AND a.marac_referral_id = ? ORDER BY a.created_at", id.value(), r.id().value())
                    .stream().map(x -> new MinutesPdf.ActionLine(x.action().subject().label(), x.action().description(),
                            x.action().risk(), agencyName(x.action().owner()), x.action().dueOn())).toList();
            caseMinutes.add(new MinutesPdf.CaseMinutes(r.reference(), people.name(r.victim()).orElse("Unknown"),
                    r.perpetrators().stream().map(p -> people.name(p).orElse("Unknown")).sorted().toList(), r.repeat(),
                    r.riskScore(), n.outcome().label(), n.minutes(), n.idvaUpdate(), n.sharedAddress(), agreed));
        }
        return MinutesPdf.render(new MinutesPdf.Content(marac.name(), row.meeting().meetsOn(), agencyName(agency),
                attended, caseMinutes));
    }

    private String agencyName(AgencyId id) {
        return partnerships.agency(id).map(a -> a.name()).orElse("Unknown agency");
    }
}
