package org.hearth.hub.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.audit.NotAudited;
import org.hearth.encompass.Encompass;
import org.hearth.hub.HubMeetings;
import org.hearth.partnership.Area;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.Dates;
import org.hearth.platform.web.Option;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The hub's volumes and the school notifications' figures for a period (counts only, no person). */
@Controller
class HubVolumePages {

    private final HubMeetings hub;
    private final Partnerships partnerships;
    private final Encompass encompass;

    HubVolumePages(HubMeetings hub, Partnerships partnerships, Encompass encompass) {
        this.hub = hub;
        this.partnerships = partnerships;
        this.encompass = encompass;
    }

    @GetMapping("/hub/volumes")
    @PreAuthorize(Role.SEES_INSIGHTS)
    @NotAudited("counts per meeting and of the school notifications, and the names of schools: no person data")
    String volumes(@RequestParam(required = false) UUID area, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model) {
        LocalDate end = parse(to, HubViews.today());
        LocalDate start = parse(from, end.minusDays(27));
        if (start.isAfter(end)) {
            start = end;
        }
        List<HubMeetings.Volume> rows = hub.volumes(area == null ? null : new AreaId(area), start, end);
        model.addAttribute("areaOptions", Option.withNone("All areas",
                Option.of(partnerships.areas(), a -> a.id().value(), Area::name)));
        model.addAttribute("area", area);
        model.addAttribute("from", Dates.DAY.format(start));
        model.addAttribute("to", Dates.DAY.format(end));
        model.addAttribute("period", Dates.DAY.format(start) + " to " + Dates.DAY.format(end));
        model.addAttribute("rows", rows);
        model.addAttribute("total", Totals.of(rows));
        long days = rows.stream().map(HubMeetings.Volume::meetsOn).distinct().count();
        model.addAttribute("casesPerDay", days == 0 ? "None" : String.format(java.util.Locale.UK, "%.1f",
                (double) rows.stream().mapToInt(HubMeetings.Volume::cases).sum() / days));
        model.addAttribute("outcomes", hub.outcomes(area == null ? null : new AreaId(area), start, end).entrySet()
                .stream().map(e -> new Option(String.valueOf(e.getValue()), e.getKey().label())).toList());
        model.addAttribute("encompass", encompass.figures(start, end));
        return "hub/volumes";
    }

    private static LocalDate parse(String s, LocalDate otherwise) {
        try {
            return s == null || s.isBlank() ? otherwise : HubViews.day(s);
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }

    /** A period's totals. */
    record Totals(int meetings, int cases, int decided, int decidedOutside, int carriedOver, int notReached,
            int actions, String casesPerMeeting, String minutesPerCase) {

        static Totals of(List<HubMeetings.Volume> rows) {
            int meetings = rows.size();
            int cases = rows.stream().mapToInt(HubMeetings.Volume::cases).sum();
            double minutes = rows.stream().filter(v -> v.minutesPerCase() != null)
                    .mapToDouble(v -> v.minutesPerCase() * v.decided()).sum();
            int timed = rows.stream().filter(v -> v.minutesPerCase() != null).mapToInt(HubMeetings.Volume::decided).sum();
            return new Totals(meetings, cases, rows.stream().mapToInt(HubMeetings.Volume::decided).sum(),
                    rows.stream().mapToInt(HubMeetings.Volume::decidedOutside).sum(),
                    rows.stream().mapToInt(HubMeetings.Volume::carriedOver).sum(),
                    rows.stream().mapToInt(HubMeetings.Volume::notReached).sum(),
                    rows.stream().mapToInt(HubMeetings.Volume::actions).sum(),
                    meetings == 0 ? "None" : String.format(java.util.Locale.UK, "%.1f", (double) cases / meetings),
                    timed == 0 ? "Not timed" : String.format(java.util.Locale.UK, "%.1f", minutes / timed));
        }
    }
}
