package org.hearth.workforce.web;

import java.time.LocalDate;
import java.util.List;
import org.hearth.audit.NotAudited;
import org.hearth.workforce.Ambassador;
import org.hearth.workforce.Ambassadors;
import org.hearth.workforce.QualityMark;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Quality Mark register and the DV ambassadors' register as JSON (coordinators and administrators, like the
 * rest of {@code /api/workforce}).
 */
@RestController
@RequestMapping("/api/workforce")
@NotAudited("organisations' awards and the staff ambassadors' register, no person-at-risk data")
class WorkforceApi {

    private final QualityMark qualityMark;
    private final Ambassadors ambassadors;

    WorkforceApi(QualityMark qualityMark, Ambassadors ambassadors) {
        this.qualityMark = qualityMark;
        this.ambassadors = ambassadors;
    }

    /** An organisation's latest award. */
    record HolderView(String kind, String id, String name, int level, LocalDate awardedOn, LocalDate expiresOn,
            boolean holds) {
    }

    /** An active ambassador. */
    record AmbassadorView(String id, String name, String jobTitle, String agencyId, String agency, String staffGroup,
            boolean manager, LocalDate firstTrained, LocalDate lastTrained, LocalDate refresherDue,
            boolean refresherOverdue, int colleaguesSupported) {
    }

    /** Each organisation's latest award, lapsed ones with {@code holds} false. */
    @GetMapping("/quality-mark/holders")
    List<HolderView> holders() {
        LocalDate today = qualityMark.today();
        return qualityMark.latestAwards().stream().map(h -> new HolderView(h.holder().kind().name(),
                h.holder().id().toString(), h.holder().name(), h.level(), h.awardedOn(), h.expiresOn(),
                h.holdsOn(today))).toList();
    }

    @GetMapping("/ambassadors")
    List<AmbassadorView> ambassadors() {
        LocalDate today = ambassadors.today();
        return ambassadors.active().stream().map(a -> view(a, today)).toList();
    }

    private static AmbassadorView view(Ambassador a, LocalDate today) {
        return new AmbassadorView(a.id().toString(), a.name(), a.jobTitle(), a.agency().value().toString(),
                a.agencyName(), a.group().name(), a.manager(), a.firstTrained(), a.lastTrained(), a.refresherDue(),
                a.refresherOverdue(today), a.colleaguesSupported());
    }
}
