package org.hearth.platform.web;

import java.util.Comparator;
import java.util.List;
import org.hearth.audit.AuditTrail;
import org.hearth.audit.NotAudited;
import org.hearth.platform.Navigation;
import org.hearth.platform.WorkItems;
import org.hearth.platform.WorkList;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in home page, "My work": what each module has waiting for this user, then the sections. */
@Controller
@NotAudited("each WorkItems contribution audits any person data it shows")
class HomeController {

    private final List<WorkItems> contributions;
    private final AuditTrail audit;

    HomeController(List<WorkItems> contributions, AuditTrail audit) {
        this.contributions = contributions;
        this.audit = audit;
    }

    /**
     * Every contribution in one read-only transaction (and one connection) rather than one each: they join it. The
     * audit entries of what they show are written together, in one transaction of their own, as the page's
     * transaction ends (before the page is rendered): one commit, not one an entry.
     */
    @Navigation(label = "Home", order = 0, roles = Navigation.SIGNED_IN)
    @GetMapping("/")
    @Transactional(readOnly = true)
    String home(Model model) {
        audit.batchReadsUntilEnd();
        model.addAttribute("work", contributions.stream().flatMap(c -> c.forCurrentUser().stream())
                .sorted(Comparator.comparingInt(WorkList::order)).toList());
        return "platform/home";
    }

}
