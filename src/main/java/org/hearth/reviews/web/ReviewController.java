package org.hearth.reviews.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffUserId;
import org.hearth.audit.NotAudited;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.FormPost;
import org.hearth.platform.web.Option;
import org.hearth.platform.web.StageForm;
import org.hearth.reviews.NewRecommendation;
import org.hearth.reviews.RecommendationStatus;
import org.hearth.reviews.RecommendationUpdate;
import org.hearth.reviews.RequestKind;
import org.hearth.reviews.Review;
import org.hearth.reviews.ReviewDecision;
import org.hearth.reviews.ReviewId;
import org.hearth.reviews.Reviews;
import org.hearth.reviews.Stage;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One death review: its register entry and clock, the decision, the chair and panel, requests to agencies and their
 * returns, the stages, and the recommendations (the action plan). Coordinators read and write; a named panel member
 * reads while it is open; anyone else gets 404 (the module answers nothing).
 */
@Controller
class ReviewController {

    private final Reviews reviews;
    private final Partnerships partnerships;
    private final PersonAccess access;

    ReviewController(Reviews reviews, Partnerships partnerships, PersonAccess access) {
        this.reviews = reviews;
        this.partnerships = partnerships;
        this.access = access;
    }

    @GetMapping("/reviews/{id}")
    @PreAuthorize(ReviewsController.READERS)
    @NotAudited("Reviews.find audits the read with the ids of the deceased and the perpetrator")
    String review(@PathVariable UUID id, Model model) {
        return page(load(id), null, model);
    }

    @PostMapping("/reviews/{id}/decision")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("Reviews.decide audits the decision in its transaction, with the ids of the review's people")
    String decide(@PathVariable UUID id, @ModelAttribute("decisionForm") DecisionForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes flash) {
        Review r = load(id);
        LocalDate on = FormErrors.date(result, "decidedOn", form.getDecidedOn());
        LocalDate told = FormErrors.date(result, "homeOfficeToldOn", form.getHomeOfficeToldOn());
        Boolean hold = "yes".equals(form.getHold()) ? Boolean.TRUE : "no".equals(form.getHold()) ? Boolean.FALSE : null;
        return write(r, "decision", result, model, response, flash, "The decision has been recorded.",
                () -> reviews.decide(r.id(), new ReviewDecision(on, hold, form.getRationale(), told)));
    }

    @PostMapping("/reviews/{id}/chair")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("Reviews.appointChair audits the change in its transaction")
    String chair(@PathVariable UUID id, @ModelAttribute("chairForm") ChairForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes flash) {
        Review r = load(id);
        return write(r, "chair", result, model, response, flash, "The independent chair has been recorded.",
                () -> reviews.appointChair(r.id(), form.getChair()));
    }

    @PostMapping("/reviews/{id}/panel")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("Reviews.addPanelMember audits the change and the grants in its transaction")
    String panel(@PathVariable UUID id, @ModelAttribute("panelForm") PanelForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes flash) {
        Review r = load(id);
        return write(r, "panel", result, model, response, flash, "Added to the panel.",
                () -> reviews.addPanelMember(r.id(), FormErrors.id(form.getMember(), StaffUserId::new)));
    }

    @PostMapping("/reviews/{id}/requests")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("Reviews.request audits the request in its transaction")
    String request(@PathVariable UUID id, @ModelAttribute("requestForm") RequestForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes flash) {
        Review r = load(id);
        LocalDate due = FormErrors.date(result, "dueOn", form.getDueOn());
        RequestKind kind = FormErrors.choice(RequestKind.class, form.getKind(), result, "kind",
                "Choose what is asked for");
        return write(r, "request", result, model, response, flash, "The agency has been asked.",
                () -> reviews.request(r.id(), FormErrors.id(form.getAgency(), AgencyId::new), kind, due));
    }

    @PostMapping("/reviews/{id}/returns")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("Reviews.recordReturn audits the return in its transaction")
    String returned(@PathVariable UUID id, @ModelAttribute("returnForm") ReturnForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes flash) {
        Review r = load(id);
        LocalDate on = FormErrors.date(result, "returnedOn", form.getReturnedOn());
        return write(r, "return", result, model, response, flash, "The return has been recorded.",
                () -> reviews.recordReturn(r.id(), FormErrors.id(form.getRequest(), u -> u), on));
    }

    @PostMapping("/reviews/{id}/stages")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("Reviews.recordStage audits the change in its transaction, with the ids of the review's people")
    String stage(@PathVariable UUID id, @ModelAttribute("stageForm") StageForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes flash) {
        Review r = load(id);
        LocalDate on = FormErrors.date(result, "reachedOn", form.getReachedOn());
        Stage stage = FormErrors.choice(Stage.class, form.getStage(), result, "stage", "Choose the stage reached");
        return write(r, "stage", result, model, response, flash, "The stage has been recorded.",
                () -> reviews.recordStage(r.id(), stage, on, form.getNote()));
    }

    @PostMapping("/reviews/{id}/recommendations")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("Reviews.recommend audits the new recommendation in its transaction")
    String recommend(@PathVariable UUID id, @ModelAttribute("recommendationForm") RecommendationForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        Review r = load(id);
        LocalDate due = FormErrors.date(result, "dueBy", form.getDueBy());
        return write(r, "recommendation", result, model, response, flash, "The recommendation has been added.",
                () -> reviews.recommend(r.id(), new NewRecommendation(form.getText(), form.getTheme(),
                        FormErrors.id(form.getOwner(), AgencyId::new), due)));
    }

    @PostMapping("/reviews/{id}/progress")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("Reviews.updateRecommendation audits the change in its transaction")
    String progress(@PathVariable UUID id, @ModelAttribute("progressForm") ProgressForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes flash) {
        Review r = load(id);
        LocalDate on = FormErrors.date(result, "completedOn", form.getCompletedOn());
        RecommendationStatus status = FormErrors.choice(RecommendationStatus.class, form.getStatus(), result, "status",
                "Choose its status");
        return write(r, "progress", result, model, response, flash, "The progress has been recorded.",
                () -> reviews.updateRecommendation(r.id(), FormErrors.id(form.getRecommendation(), u -> u),
                        new RecommendationUpdate(status, on, form.getEvidence())));
    }

    private String write(Review r, String failed, BindingResult result, Model model, HttpServletResponse response,
            RedirectAttributes flash, String success, Supplier<Review> action) {
        // the recommendation's due date is "dueBy" on the page (the request form has its own "dueOn")
        Map<String, String> names = "recommendation".equals(failed) ? Map.of("dueOn", "dueBy") : Map.of();
        return FormPost.submit(result, response, names, () -> {
            action.get();
            return FormPost.redirect(flash, success, "/reviews/" + r.id());
        }, () -> page(reviews.find(r.id()).orElse(r), failed, model));
    }

    /** The review, or 404: the module answers only coordinators and the review's panel members. */
    private Review load(UUID id) {
        return reviews.find(new ReviewId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String page(Review r, String failed, Model model) {
        LocalDate today = reviews.today();
        boolean coordinator = Actor.current().map(a -> a.hasRole(org.hearth.access.Role.PARTNERSHIP_COORDINATOR))
                .orElse(false);
        model.addAttribute("review", r);
        model.addAttribute("failed", failed);
        model.addAttribute("coordinator", coordinator);
        model.addAttribute("opener", Actor.current().map(a -> a.actorId().equals(r.openedBy().value()))
                .orElse(false));
        // a record opens only to a casework role (the URL rule) that may read that person (a panel member's grant)
        List<PersonId> people = r.perpetrator() == null ? List.of(r.deceased().id())
                : List.of(r.deceased().id(), r.perpetrator().id());
        boolean opensRecords = Actor.current().map(Actor::worksCases).orElse(false);
        model.addAttribute("summary", ReviewViews.summary(r, today,
                opensRecords ? access.viewableAmong(people) : java.util.Set.of()));
        model.addAttribute("overdue", r.overdue(today));
        model.addAttribute("panel", ReviewViews.panel(r));
        model.addAttribute("panelAgencies", ReviewViews.agencies(r));
        model.addAttribute("requests", ReviewViews.requests(r, today));
        model.addAttribute("stages", ReviewViews.stages(r));
        model.addAttribute("recommendations", ReviewViews.recommendations(r, today));
        model.addAttribute("held", Boolean.TRUE.equals(r.hold()) && r.open());
        FormPost.subForm(model, failed, "decision", DecisionForm::new, DecisionForm.FIELDS);
        FormPost.subForm(model, failed, "chair", ChairForm::new, ChairForm.FIELDS);
        FormPost.subForm(model, failed, "panel", PanelForm::new, PanelForm.FIELDS);
        FormPost.subForm(model, failed, "request", RequestForm::new, RequestForm.FIELDS);
        FormPost.subForm(model, failed, "return", ReturnForm::new, ReturnForm.FIELDS);
        FormPost.subForm(model, failed, "stage", StageForm::new, StageForm.FIELDS);
        FormPost.subForm(model, failed, "recommendation", RecommendationForm::new, RecommendationForm.FIELDS);
        FormPost.subForm(model, failed, "progress", ProgressForm::new, ProgressForm.FIELDS);
        model.addAttribute("holdOptions", List.of(new Option("yes", "Hold a review"),
                new Option("no", "Do not hold a review (the Home Office is told)")));
        if (coordinator) {
            model.addAttribute("agencyOptions", ReviewsController.agencyOptions(partnerships));
            List<Option> members = new ArrayList<>(List.of(new Option("", "Choose a member of staff")));
            reviews.panelCandidates().stream().filter(c -> !r.onPanel(c.id())).forEach(c -> members.add(
                    new Option(c.id().value().toString(), c.name() + ", " + c.agencyName())));
            model.addAttribute("memberOptions", members);
        }
        model.addAttribute("kindOptions", Option.withNone("Choose what is asked for",
                Option.of(RequestKind::label, RequestKind.values())));
        model.addAttribute("stageOptions", Option.withNone("Choose a stage", Option.of(Stage::label, Stage.values())));
        List<Option> waiting = new ArrayList<>(List.of(new Option("", "Choose a request")));
        r.requests().stream().filter(q -> !q.returned()).forEach(q -> waiting.add(new Option(q.id().toString(),
                q.kind().label() + " from " + q.agencyName())));
        model.addAttribute("waitingOptions", waiting);
        List<Option> open = new ArrayList<>(List.of(new Option("", "Choose a recommendation")));
        r.recommendations().stream().filter(c -> c.status() != RecommendationStatus.DONE).forEach(c -> open.add(
                new Option(c.id().toString(), "Recommendation " + c.number() + " (" + c.ownerName() + ")")));
        model.addAttribute("openRecommendations", open);
        model.addAttribute("statusOptions", Option.of(RecommendationStatus::label, RecommendationStatus.values()));
        return "reviews/review";
    }
}
