package org.hearth.referrals.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hearth.platform.web.Option;
import org.hearth.platform.Dates;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.audit.NotAudited;
import org.hearth.partnership.Partnerships;
import org.hearth.referrals.ReferralRegister;
import org.hearth.referrals.ReferralRegister.Filter;
import org.hearth.referrals.ReferralRegister.Key;
import org.hearth.referrals.ReferralRegister.Page;
import org.hearth.referrals.TriageOutcome;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /referrals}: referrals waiting or decided, filtered by state, outcome, agency (hub coordinators), area and
 * the dates received. Anyone but a hub coordinator lists their own agency's referrals only ({@link ReferralRegister}).
 */
@Controller
@NotAudited("ReferralRegister audits every listing with the ids shown")
class ReferralListController {

    static final int PAGE_SIZE = 50;
    /** What to say when a filter from the query string is not one of the choices offered. */
    static final Map<String, String> CHOOSE = Map.of("state", "Choose waiting or decided", "outcome",
            "Choose a decision from the list", "agency", "Choose an agency from the list", "area",
            "Choose an area from the list");

    /** A row of the list, formatted. */
    record Row(String id, String reference, String received, String agency, String area, String victim,
            String decision, String decisionColour, String decided) {
    }

    private final ReferralRegister register;
    private final Partnerships partnerships;
    /**
     * The total is counted up to this many; beyond, the caption says "more than" (an exact count of ten million
     * referrals would cost seconds a page, and with two or three filters combined even a count stopped at 10,000
     * read up to 160,000 rows: BENCHMARKS.md, "The referral list's count with filters combined"). Exact figures
     * are the dashboard's job.
     */
    private final long countedUpTo;

    ReferralListController(ReferralRegister register, Partnerships partnerships,
            @Value("${hearth.referrals.list-counted-up-to:1000}") long countedUpTo) {
        if (countedUpTo < 1) {
            throw new IllegalArgumentException("hearth.referrals.list-counted-up-to must be at least 1");
        }
        this.register = register;
        this.partnerships = partnerships;
        this.countedUpTo = countedUpTo;
    }

    @GetMapping("/referrals")
    String list(@ModelAttribute("filters") ReferralListForm form, BindingResult bound,
            @RequestParam(defaultValue = "1") int page, @RequestParam(required = false) String after,
            @RequestParam(required = false) String before, Model model, HttpServletResponse response) {
        BindingResult errors = new BeanPropertyBindingResult(form, "filters");
        bound.getFieldErrors().forEach(e -> errors.rejectValue(e.getField(), "invalid",
                CHOOSE.getOrDefault(e.getField(), "Enter a real date, for example 27 3 2026")));
        Filter filter = errors.hasErrors() ? null : form.filter(errors);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "filters", errors);
        boolean hub = Actor.current().map(a -> a.hasRole(Role.HUB_COORDINATOR)).orElse(false);
        model.addAttribute("hub", hub);
        model.addAttribute("stateOptions", Option.withNone("Waiting or decided",
                Option.of(ReferralRegister.State::label, ReferralRegister.State.values())));
        model.addAttribute("outcomeOptions", Option.withNone("Any decision",
                Option.of(TriageOutcome::label, TriageOutcome.values())));
        model.addAttribute("agencyOptions", Option.withNone("All agencies",
                Option.of(partnerships.agencies(), a -> a.id().value(), a -> a.name())));
        model.addAttribute("areaOptions", Option.withNone("All areas",
                Option.of(partnerships.areas(), a -> a.id().value(), a -> a.name())));
        if (filter == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("rows", List.of());
            model.addAttribute("caption", "No referrals");
            return "referrals/list";
        }
        // a link's key that is not one this list wrote (edited by hand) starts from the newest
        Key afterKey = Key.parse(after).orElse(null);
        Key beforeKey = afterKey == null ? Key.parse(before).orElse(null) : null;
        Page shown = register.page(filter, afterKey, beforeKey, PAGE_SIZE);
        int number = shown.first() ? 1 : Math.max(2, page);
        long total = register.count(filter, countedUpTo + 1);
        model.addAttribute("caption", caption(number, shown.entries().size(), total, countedUpTo));
        String query = form.query();
        model.addAttribute("previous", shown.first() ? null : number == 2 ? "/referrals" + (query.isEmpty() ? ""
                : "?" + query.substring(1)) : "/referrals?before=" + shown.newer().text() + "&page=" + (number - 1)
                        + query);
        model.addAttribute("next", shown.older() == null ? null
                : "/referrals?after=" + shown.older().text() + "&page=" + (number + 1) + query);
        model.addAttribute("rows", shown.entries().stream()
                .map(e -> new Row(e.id().value().toString(), e.reference(), Dates.DAY.format(e.receivedOn()),
                        e.agencyName(), e.areaName() == null ? "Not known" : e.areaName(), e.victimName(),
                        e.outcome() == null ? "Waiting for triage" : e.outcome().label(),
                        e.outcome() == null ? "grey" : "blue",
                        e.decidedOn() == null ? null : Dates.DAY.format(e.decidedOn()) + (e.decidedBy() == null ? ""
                                : " by " + e.decidedBy())))
                .toList());
        return "referrals/list";
    }

    /**
     * "Referrals 51 to 100 of 345", or "of more than 1,000" when the count stopped past {@code countedUpTo}; on a
     * page past that bound, "of at least" its last row ("Referrals 1,051 to 1,100 of at least 1,100"), and on the last
     * page, not full, the exact number.
     */
    static String caption(int page, int rows, long total, long countedUpTo) {
        if (rows == 0) {
            return "No referrals";
        }
        long first = (long) (page - 1) * PAGE_SIZE + 1;
        long last = first + rows - 1;
        String of = total <= countedUpTo || (last > countedUpTo && rows < PAGE_SIZE) ? number(Math.max(total, last))
                : last > countedUpTo ? "at least " + number(last) : "more than " + number(countedUpTo);
        return "Referrals " + number(first) + " to " + number(last) + " of " + of;
    }

    private static String number(long n) {
        return String.format(Locale.UK, "%,d", n);
    }
}
