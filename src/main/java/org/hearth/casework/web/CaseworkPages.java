package org.hearth.casework.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffUserId;
import org.hearth.access.StaffUsers;
import org.hearth.audit.NotAudited;
import org.hearth.casework.Case;
import org.hearth.casework.CaseId;
import org.hearth.casework.CaseService;
import org.hearth.casework.CaseServiceId;
import org.hearth.casework.CaseServices;
import org.hearth.casework.Casework;
import org.hearth.casework.Programmes;
import org.hearth.casework.ServiceKind;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
import org.hearth.platform.web.FormPost;
import org.hearth.platform.web.Option;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case-holding services (administrators set them up; managers add workers), a service's page for its managers
 * (caseload against the guide scaled by hours, the allocation queue), and "My cases" for every worker.
 */
@Controller
@NotAudited("services name staff, not people; the casework module audits every case it shows with the person's id "
        + "(the queue, My cases)")
class CaseworkPages {

    static final String CASEWORK_OR_ADMIN = "hasAnyRole('SYSTEM_ADMIN','HUB_COORDINATOR','PRACTITIONER',"
            + "'AGENCY_REPRESENTATIVE')";

    private final CaseServices services;
    private final Casework casework;
    private final Partnerships partnerships;
    private final StaffUsers users;
    private final Programmes programmes;

    CaseworkPages(CaseServices services, Casework casework, Partnerships partnerships, StaffUsers users,
            Programmes programmes) {
        this.services = services;
        this.casework = casework;
        this.partnerships = partnerships;
        this.users = users;
        this.programmes = programmes;
    }

    static boolean admin() {
        return Actor.current().map(a -> a.hasRole(Role.SYSTEM_ADMIN)).orElse(false);
    }

    @Navigation(label = "Casework services", order = 26, section = NavigationSection.CASEWORK,
            roles = {"SYSTEM_ADMIN", "HUB_COORDINATOR", "PRACTITIONER", "AGENCY_REPRESENTATIVE"})
    @GetMapping("/casework")
    @PreAuthorize(CASEWORK_OR_ADMIN)
    String index(Model model) {
        boolean admin = admin();
        List<CaseService> shown = admin ? services.all() : services.mine();
        model.addAttribute("services", shown.stream().map(s -> new ServiceRow(s.id().toString(), s.name(),
                s.kind().label(), s.agencyName(), s.workers().size(), admin || casework.manages(s.id()))).toList());
        model.addAttribute("admin", admin);
        // an administrator who sets services up holds no cases: no "My cases" link (which would refuse them)
        model.addAttribute("worksCases", Actor.current().map(Actor::worksCases)
                .orElse(false));
        return "casework/services";
    }

    record ProgrammeNewsRow(String caseId, String caseReference, ProgrammeViews.NoticeRow notice) {
    }

    record ServiceRow(String id, String name, String kind, String agency, int workers, boolean open) {
    }

    @GetMapping("/casework/services/new")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String newService(Model model) {
        return serviceForm(model, new LinkedHashMap<>(), Map.of("firstContactDays", "2", "fullTimeLow", "60",
                "fullTimeHigh", "80"));
    }

    private String serviceForm(Model model, Map<String, String> errors, Map<String, String> values) {
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("agencyChoices", ProgrammePages.agencyChoices(partnerships));
        model.addAttribute("areaChoices", Option.withNone("The whole partnership",
                Option.of(partnerships.areas(), a -> a.id(), a -> a.name())));
        model.addAttribute("kindChoices", Option.of(ServiceKind::label, ServiceKind.values()));
        return "casework/service-form";
    }

    @PostMapping("/casework/services")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String create(@RequestParam Map<String, String> form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        ServiceKind kind = Forms.enumOf(ServiceKind.class, form.get("kind"));
        Integer days = Forms.integer(form.get("firstContactDays"), "firstContactDays",
                "Enter the first-contact target as a whole number of working days", errors);
        Integer low = Forms.integer(form.get("fullTimeLow"), "fullTimeLow",
                "Enter the lower caseload for a full-time worker as a whole number", errors);
        Integer high = Forms.integer(form.get("fullTimeHigh"), "fullTimeHigh",
                "Enter the upper caseload for a full-time worker as a whole number", errors);
        return FormPost.submit(errors, response, () -> {
            CaseService s = services.create(Forms.id(form.get("agency"), AgencyId::new),
                    Forms.id(form.get("area"), AreaId::new), kind, form.get("name"), days, low, high);
            return FormPost.redirect(redirect, "Service added: " + s.name(), "/casework/services/" + s.id());
        }, e -> serviceForm(model, e, form));
    }

    /** The service, for its managers and administrators; 404 for none, 403 for anyone else. */
    private CaseService managed(UUID id) {
        CaseService s = services.find(new CaseServiceId(id))
                .orElseThrow(Forms::notFound);
        if (!admin() && !casework.manages(s.id())) {
            throw new AccessDeniedException("For the service's managers");
        }
        return s;
    }

    @GetMapping("/casework/services/{id}")
    @PreAuthorize(CASEWORK_OR_ADMIN)
    String service(@PathVariable UUID id, Model model) {
        return servicePage(managed(id), model, new LinkedHashMap<>(), Map.of());
    }

    private String servicePage(CaseService s, Model model, Map<String, String> errors, Map<String, String> values) {
        model.addAttribute("service", s);
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("caseload", services.caseload(s.id()));
        boolean manager = casework.manages(s.id());
        model.addAttribute("manager", manager);
        model.addAttribute("queue", manager ? casework.queue(s.id()).stream().map(CaseViews::queueRow).toList() : List.of());
        List<Option> workers = new ArrayList<>(List.of(new Option("", "Choose a worker")));
        s.workers().forEach(w -> workers.add(new Option(w.user().toString(), w.name())));
        model.addAttribute("workerChoices", workers);
        List<Option> staff = new ArrayList<>(List.of(new Option("", "Choose a member of staff")));
        users.all().stream().filter(u -> u.agency().equals(s.agency()) && u.enabled())
                .forEach(u -> staff.add(new Option(u.id().toString(), u.displayName())));
        model.addAttribute("staffChoices", staff);
        model.addAttribute("yesNo", List.of(new Option("true", "Yes"), new Option("false", "No")));
        return "casework/service";
    }

    @PostMapping("/casework/services/{id}/workers")
    @PreAuthorize(CASEWORK_OR_ADMIN)
    String setWorker(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        CaseService s = managed(id);
        Map<String, String> errors = new LinkedHashMap<>();
        BigDecimal typed = null;
        try {
            typed = new BigDecimal(form.getOrDefault("fte", "").strip());
        } catch (NumberFormatException e) {
            errors.put("fte", "Enter the hours as a fraction of full time, e.g. 0.6");
        }
        BigDecimal fte = typed;
        return FormPost.submit(errors, response, () -> {
            services.setWorker(s.id(), Forms.id(form.get("user"), StaffUserId::new), fte,
                    "true".equals(form.get("manager")));
            return FormPost.redirect(redirect, "Worker saved", "/casework/services/" + id);
        }, e -> servicePage(s, model, e, form));
    }

    @PostMapping("/casework/cases/{id}/allocate")
    @PreAuthorize(Role.WORKS_CASES)
    String allocate(@PathVariable UUID id, @RequestParam(required = false) String worker, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Case c = casework.find(new CaseId(id)).orElseThrow(Forms::notFound);
        try {
            Case done = casework.allocate(c.id(), Forms.id(worker, StaffUserId::new));
            return FormPost.redirect(redirect, done.reference() + " allocated to " + done.workerName(),
                    "/casework/services/" + done.service());
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> errors = new LinkedHashMap<>();
            errors.put("worker", e.errors().values().iterator().next());
            return servicePage(services.find(c.service()).orElseThrow(), model, errors, Map.of());
        }
    }

    @Navigation(label = "My cases", order = 25, section = NavigationSection.CASEWORK,
            roles = {"HUB_COORDINATOR", "PRACTITIONER", "AGENCY_REPRESENTATIVE"})
    @GetMapping("/casework/my-cases")
    @PreAuthorize(Role.WORKS_CASES)
    String myCases(Model model) {
        model.addAttribute("cases", casework.myCases().stream().map(CaseViews::myRow).toList());
        // all the perpetrator programme news that My work counts (it shows the newest few)
        model.addAttribute("programmeNews", programmes.myRecentNotices(Programmes.NEWS_DAYS).stream()
                .map(n -> new ProgrammeNewsRow(n.caseId().toString(), n.caseReference(),
                        ProgrammeViews.notice(n.notice()))).toList());
        model.addAttribute("programmeNewsDays", Programmes.NEWS_DAYS);
        return "casework/my-cases";
    }
}
