package org.hearth.marac.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUsers;
import org.hearth.audit.NotAudited;
import org.hearth.marac.Agendas;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.hearth.marac.Marac;
import org.hearth.marac.MaracId;
import org.hearth.marac.MaracReferral;
import org.hearth.marac.MaracReferrals;
import org.hearth.marac.Maracs;
import org.hearth.marac.Schedule;
import org.hearth.marac.WaitingReferral;
import org.hearth.marac.WaitingReferrals;
import org.hearth.partnership.Agency;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
import org.hearth.platform.web.Option;
import org.hearth.platform.web.SummaryRow;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * The MARACs: list, add, change (system administrators and hub/MARAC coordinators). A MARAC's page shows its
 * set-up to both, and its meetings and the referrals awaiting listing to coordinators only.
 */
@Controller
@NotAudited("the MARACs' set-up names staff, not people in the records; the meetings and referrals shown to "
        + "coordinators are references and dates, and MaracReferrals/Agendas audit what they change")
class MaracPages {

    static final String MANAGERS = "hasAnyRole('SYSTEM_ADMIN','HUB_COORDINATOR')";
    static final String FORM = "maracForm";

    private final Maracs maracs;
    private final MaracReferrals referrals;
    private final Agendas agendas;
    private final Partnerships partnerships;
    private final StaffUsers staff;
    private final WaitingReferrals waiting;

    MaracPages(Maracs maracs, MaracReferrals referrals, Agendas agendas, Partnerships partnerships, StaffUsers staff,
            WaitingReferrals waiting) {
        this.waiting = waiting;
        this.maracs = maracs;
        this.referrals = referrals;
        this.agendas = agendas;
        this.partnerships = partnerships;
        this.staff = staff;
    }

    static boolean coordinator(Authentication auth) {
        return auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Role.HUB_COORDINATOR.authority()));
    }

    /** A MARAC as its list and page show it. */
    record MaracRow(String id, String name, String areas, String schedule, String chair, String coordinator,
            int capacity, List<MemberRow> members) {
    }

    record MemberRow(String agency, String representative, String deputy) {
    }

    MaracRow row(Marac m) {
        Map<UUID, String> areas = partnerships.areas().stream()
                .collect(Collectors.toMap(a -> a.id().value(), a -> a.name()));
        return new MaracRow(m.id().toString(), m.name(),
                m.areas().stream().map(a -> areas.getOrDefault(a.value(), "Unknown area")).sorted()
                        .collect(Collectors.joining(", ")),
                m.schedule().label(), staffName(m.chair().value()), staffName(m.coordinator().value()), m.capacity(),
                m.members().stream().map(x -> new MemberRow(agencyName(x.agency().value()),
                        staffName(x.representative().value()),
                        x.deputy() == null ? "None named" : staffName(x.deputy().value())))
                        .sorted(Comparator.comparing(MemberRow::agency)).toList());
    }

    private String staffName(UUID id) {
        return staff.find(new org.hearth.access.StaffUserId(id)).map(StaffUser::displayName).orElse("Unknown");
    }

    private String agencyName(UUID id) {
        return partnerships.agency(new org.hearth.partnership.AgencyId(id)).map(Agency::name).orElse("Unknown");
    }

    @Navigation(label = "MARAC", order = 18, section = NavigationSection.PARTNERSHIP,
            roles = {"HUB_COORDINATOR", "SYSTEM_ADMIN"})
    @GetMapping("/marac")
    @PreAuthorize(MANAGERS)
    String list(Model model, Authentication auth) {
        model.addAttribute("maracs", maracs.all().stream().map(this::row).toList());
        if (coordinator(auth)) {
            model.addAttribute("awaiting", referrals.awaitingListing(null).size());
            model.addAttribute("withoutMarac", referrals.withoutMarac().stream()
                    .map(r -> new WaitingRow(r.id().toString(), r.reference(), Dates.DAY.format(r.referredOn()),
                            r.repeat(), r.riskScore())).toList());
        }
        return "marac/list";
    }

    @GetMapping("/marac/new")
    @PreAuthorize(MANAGERS)
    String form(Model model) {
        model.addAttribute(FORM, new MaracForm());
        return formPage(model, null);
    }

    @PostMapping("/marac")
    @PreAuthorize(MANAGERS)
    String create(@ModelAttribute(FORM) MaracForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return save(null, form, result, model, response, redirect);
    }

    @GetMapping("/marac/{id}/edit")
    @PreAuthorize(MANAGERS)
    String edit(@PathVariable UUID id, Model model) {
        Marac m = find(id);
        model.addAttribute(FORM, MaracForm.of(m));
        return formPage(model, m);
    }

    @PostMapping("/marac/{id}")
    @PreAuthorize(MANAGERS)
    String update(@PathVariable UUID id, @ModelAttribute(FORM) MaracForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return save(find(id), form, result, model, response, redirect);
    }

    private String save(Marac existing, MaracForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        var details = form.details(result);
        if (result.hasErrors()) {
            // every problem at once: the checks of the details as well as those of the form
            maracs.problems(details, existing == null ? null : existing.id()).forEach((key, message) -> {
                String field = form.formField(key);
                if (!result.hasFieldErrors(field)) {
                    result.rejectValue(field, "invalid", message);
                }
            });
        } else {
            try {
                Marac saved = existing == null ? maracs.create(details) : maracs.update(existing.id(), details);
                redirect.addFlashAttribute("success", (existing == null ? "MARAC added: " : "MARAC changed: ")
                        + saved.name());
                return "redirect:/marac/" + saved.id();
            } catch (InvalidInputException e) {
                e.errors().forEach((key, message) -> result.rejectValue(form.formField(key), "invalid", message));
            }
        }
        form.pad();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return formPage(model, existing);
    }

    private String formPage(Model model, Marac existing) {
        model.addAttribute("existing", existing == null ? null : row(existing));
        model.addAttribute("areaChoices", partnerships.areas().stream()
                .map(a -> new Option(a.id().toString(), a.name())).toList());
        model.addAttribute("scheduleChoices", java.util.Arrays.stream(Schedule.values())
                .map(s -> new Option(s.name(), s.label())).toList());
        Map<UUID, String> agencies = partnerships.agencies().stream().filter(Agency::active)
                .collect(Collectors.toMap(a -> a.id().value(), Agency::name));
        model.addAttribute("agencyChoices", Option.withNone("No agency", partnerships.agencies().stream()
                .filter(Agency::active).sorted(Comparator.comparing(Agency::name))
                .map(a -> new Option(a.id().toString(), a.name())).toList()));
        model.addAttribute("staffChoices", Option.withNone("No one", staff.all().stream().filter(StaffUser::enabled)
                .sorted(Comparator.comparing(StaffUser::displayName))
                .map(u -> new Option(u.id().toString(), u.displayName() + " ("
                        + agencies.getOrDefault(u.agency().value(), "no agency") + ")")).toList()));
        model.addAttribute("fields", fields());
        return "marac/form";
    }

    private static List<String> fields() {
        List<String> out = new java.util.ArrayList<>(List.of("name", "areas", "schedule", "chair", "coordinator",
                "capacity"));
        for (int i = 0; i < MaracForm.ROWS; i++) {
            out.add("members[" + i + "].agency");
            out.add("members[" + i + "].representative");
            out.add("members[" + i + "].deputy");
        }
        return List.copyOf(out);
    }

    private Marac find(UUID id) {
        return maracs.find(new MaracId(id))
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
    }

    /** A referral awaiting listing, as the MARAC page shows it: reference and dates only. */
    record WaitingRow(String id, String reference, String referredOn, boolean repeat, Integer score) {
    }

    /**
     * A referral waiting for a meeting of this MARAC, as its page lists it: why it waits, and the soonest meeting
     * with room to add it to ({@code meetingId} null when none has room).
     */
    record WaitingCaseRow(String id, String reference, String referredOn, boolean repeat, Integer score, String why,
            String meetingId, String addTo, String placesLeft) {

        static WaitingCaseRow of(WaitingReferral w) {
            MaracReferral r = w.referral();
            WaitingReferral.OpenMeeting m = w.meetings().isEmpty() ? null : w.meetings().get(0);
            return new WaitingCaseRow(r.id().toString(), r.reference(), Dates.DAY.format(r.referredOn()), r.repeat(),
                    r.riskScore(), m == null ? w.why() : w.cause(), m == null ? null : m.meeting().id().toString(),
                    m == null ? null : WaitingPages.addTo(m), m == null ? null : WaitingPages.placesLeft(m.placesLeft()));
        }
    }

    /** A meeting, as the MARAC page lists it. */
    record MeetingRow(String id, String date, boolean published) {
    }

    @GetMapping("/marac/{id}")
    @PreAuthorize(MANAGERS)
    String show(@PathVariable UUID id, Model model, Authentication auth) {
        Marac m = find(id);
        MaracRow row = row(m);
        model.addAttribute("marac", row);
        model.addAttribute("details", List.of(new SummaryRow("Areas", row.areas(), null, null),
                new SummaryRow("Meets", row.schedule(), null, null), new SummaryRow("Chair", row.chair(), null, null),
                new SummaryRow("Coordinator", row.coordinator(), null, null),
                new SummaryRow("Capacity", row.capacity() + " cases a meeting", null, null)));
        if (coordinator(auth)) {
            // newest first: the coming meeting, then the ones held
            model.addAttribute("meetings", agendas.meetings(m.id()).stream()
                    .sorted(Comparator.comparing(org.hearth.marac.Meeting::meetsOn).reversed())
                    .map(x -> new MeetingRow(x.id().toString(), Dates.DAY.format(x.meetsOn()), x.published()))
                    .toList());
            model.addAttribute("waiting", waiting.waiting(m.id()).stream().map(WaitingCaseRow::of).toList());
            if (!model.containsAttribute("meetingForm")) {
                model.addAttribute("meetingForm", new MeetingForm());
            }
            model.addAttribute("suggested", Dates.DAY.format(next(m)));
        }
        return "marac/marac";
    }

    /** The next date by the schedule after the last meeting (or today). */
    private LocalDate next(Marac m) {
        LocalDate today = LocalDate.now(Dates.UK);
        Optional<LocalDate> last = agendas.meetings(m.id()).stream().map(x -> x.meetsOn()).max(Comparator.naturalOrder());
        LocalDate next = last.map(d -> d.plusDays(m.schedule().days())).orElse(today);
        return next.isBefore(today) ? today : next;
    }

    @PostMapping("/marac/{id}/meetings")
    @PreAuthorize("hasRole('HUB_COORDINATOR')")
    String addMeeting(@PathVariable UUID id, @ModelAttribute("meetingForm") MeetingForm form, BindingResult result,
            Model model, Authentication auth, HttpServletResponse response, RedirectAttributes redirect) {
        Marac m = find(id);
        LocalDate date = null;
        if (form.getMeetsOn() == null || form.getMeetsOn().blank()) {
            result.rejectValue("meetsOn", "required", "Enter the date of the meeting");
        } else {
            date = form.getMeetsOn().toDate().orElse(null);
            if (date == null) {
                result.rejectValue("meetsOn", "invalid", "The date must be a real date, for example 14 3 2027");
            }
        }
        if (!result.hasErrors()) {
            try {
                var meeting = agendas.addMeeting(m.id(), date);
                redirect.addFlashAttribute("success", "Meeting added for " + Dates.DAY.format(meeting.meetsOn()));
                return "redirect:/marac/meetings/" + meeting.id();
            } catch (InvalidInputException e) {
                e.errors().forEach((field, message) -> result.rejectValue(field, "invalid", message));
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        show(id, model, auth);
        return "marac/marac";
    }
}
