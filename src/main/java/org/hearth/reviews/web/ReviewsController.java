package org.hearth.reviews.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hearth.access.Role;
import org.hearth.audit.NotAudited;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
import org.hearth.platform.web.ClockSection;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.FormPost;
import org.hearth.platform.web.Option;
import org.hearth.people.Named;
import org.hearth.reviews.Notification;
import org.hearth.reviews.Review;
import org.hearth.reviews.Reviews;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register of death reviews (open ones with their clocks, overdue first; closed ones on request), a new
 * notification, and the recommendations overdue across reviews. Coordinators see every review; a panel member sees
 * the open reviews they are on; anyone else an empty list (the module decides).
 */
@Controller
class ReviewsController {

    static final String READERS = "hasAnyRole('PARTNERSHIP_COORDINATOR', 'HUB_COORDINATOR', 'PRACTITIONER', "
            + "'AGENCY_REPRESENTATIVE')";

    private final Reviews reviews;
    private final Partnerships partnerships;

    ReviewsController(Reviews reviews, Partnerships partnerships) {
        this.reviews = reviews;
        this.partnerships = partnerships;
    }

    /** In the navigation for partnership coordinators (panel members reach their reviews from My work). */
    @Navigation(label = "Death reviews", order = 32, section = NavigationSection.PARTNERSHIP,
            roles = "PARTNERSHIP_COORDINATOR")
    @GetMapping("/reviews")
    @PreAuthorize(READERS)
    @NotAudited("Reviews.list audits the search with the reviews' ids (references and pseudonyms only)")
    String list(@RequestParam(defaultValue = "false") boolean all, Model model) {
        LocalDate today = reviews.today();
        List<Review> list = reviews.list(all);
        List<ClockSection> sections = new ArrayList<>(List.of(
                ClockSection.of("overdue", "Overdue", "No review is past its clock.", list, r -> r.overdue(today),
                        r -> ReviewViews.row(r, today)),
                ClockSection.of("running", "Open", "No other open review.", list, r -> r.open() && !r.overdue(today),
                        r -> ReviewViews.row(r, today))));
        if (all) {
            sections.add(ClockSection.of("closed", "Published or closed", "No closed review.", list, r -> !r.open(),
                    r -> ReviewViews.row(r, today)));
        }
        model.addAttribute("sections", sections);
        model.addAttribute("all", all);
        model.addAttribute("coordinator", org.hearth.access.Actor.current()
                .map(a -> a.hasRole(org.hearth.access.Role.PARTNERSHIP_COORDINATOR)).orElse(false));
        return "reviews/list";
    }

    @GetMapping("/reviews/new")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("A blank form: no person data")
    String form(Model model) {
        model.addAttribute("notificationForm", new NotificationForm());
        return newPage(model);
    }

    @PostMapping("/reviews")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("Reviews.notify audits the new review in its transaction, with the ids of its people")
    String create(@ModelAttribute("notificationForm") NotificationForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes flash) {
        LocalDate died = FormErrors.date(result, "diedOn", form.getDiedOn());
        LocalDate notified = FormErrors.date(result, "notifiedOn", form.getNotifiedOn());
        LocalDate deceasedBorn = FormErrors.date(result, "deceasedBornOn", form.getDeceasedBornOn());
        LocalDate perpetratorBorn = FormErrors.date(result, "perpetratorBornOn", form.getPerpetratorBornOn());
        Map<String, String> names = Map.of("deceased", "deceasedGivenName", "perpetrator", "perpetratorGivenName");
        return FormPost.submit(result, response, names, () -> {
            Review saved = reviews.notify(new Notification(form.getPseudonym(),
                    Named.described(form.getDeceasedGivenName(), form.getDeceasedFamilyName(), deceasedBorn),
                    Named.described(form.getPerpetratorGivenName(), form.getPerpetratorFamilyName(), perpetratorBorn),
                    died, notified, FormErrors.id(form.getNotifyingAgency(), AgencyId::new), form.getCircumstances()));
            return FormPost.redirect(flash, "Notification recorded: " + saved.reference() + ".",
                    "/reviews/" + saved.id());
        }, () -> newPage(model));
    }

    private String newPage(Model model) {
        model.addAttribute("agencyOptions", agencyOptions(partnerships));
        model.addAttribute("fields", NotificationForm.FIELDS);
        return "reviews/new";
    }

    @GetMapping("/reviews/recommendations/overdue")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("Reviews.overdueRecommendations audits the search with the recommendations' ids")
    String overdue(Model model) {
        model.addAttribute("rows", ReviewViews.overdue(reviews.overdueRecommendations(), reviews.today()));
        return "reviews/overdue";
    }

    static List<Option> agencyOptions(Partnerships partnerships) {
        List<Option> out = new ArrayList<>(List.of(new Option("", "Choose an agency")));
        partnerships.agencies().stream().filter(a -> a.active())
                .forEach(a -> out.add(new Option(a.id().value().toString(), a.name())));
        return out;
    }
}
