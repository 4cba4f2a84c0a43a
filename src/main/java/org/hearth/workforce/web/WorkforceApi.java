package org.hearth.workforce.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.audit.NotAudited;
import org.hearth.partnership.AgencyId;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.web.ApiFieldNames;
import org.hearth.workforce.Ambassador;
import org.hearth.workforce.AmbassadorId;
import org.hearth.workforce.Ambassadors;
import org.hearth.workforce.HolderKind;
import org.hearth.workforce.QualityMark;
import org.hearth.workforce.QualityMarkApplication;
import org.hearth.workforce.QualityMarkApplicationId;
import org.hearth.workforce.QualityMarkStandard;
import org.hearth.workforce.TrainingAudience;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Quality Mark and the DV ambassadors' register as JSON: read and written by coordinators and administrators
 * (the URL rules of {@code access.internal.SecurityConfiguration}); an agency's HR or training system with a token of
 * scope {@code ambassadors:write} registers its own agency's ambassadors and records their refreshers, reach and
 * stepping down. Dates are {@code 2026-12-05}. Bad input is a 400 problem detail naming each field, and nothing is
 * written.
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

    /** An ambassador as a system sends it; {@code agencyId} may be left out by an API client (its own agency). */
    record AmbassadorRequest(String name, String jobTitle, String agencyId, String staffGroup, Boolean manager,
            String trainedOn, Integer colleaguesSupported) {
    }

    @PostMapping("/ambassadors")
    ResponseEntity<AmbassadorView> register(@RequestBody AmbassadorRequest body) {
        Map<String, String> errors = new LinkedHashMap<>();
        AgencyId agency = null;
        if (body.agencyId() == null || body.agencyId().isBlank()) {
            agency = Actor.current().filter(Actor::apiClient).map(Actor::agency).orElse(null);
            if (agency == null) {
                errors.put("agencyId", "Give the ambassador's agency id");
            }
        } else {
            agency = uuid(body.agencyId()).map(AgencyId::new).orElse(null);
            if (agency == null) {
                errors.put("agencyId", "Give the agency id as a UUID");
            }
        }
        TrainingAudience group = null;
        if (body.staffGroup() == null) {
            errors.put("staffGroup", "Give the staff group: one of " + java.util.Arrays.toString(TrainingAudience.values()));
        } else {
            try {
                group = TrainingAudience.valueOf(body.staffGroup());
            } catch (IllegalArgumentException e) {
                errors.put("staffGroup", "Give the staff group: one of "
                        + java.util.Arrays.toString(TrainingAudience.values()));
            }
        }
        LocalDate trainedOn = date(errors, "trainedOn", body.trainedOn());
        InvalidInputException.refuseIfAny(errors);
        Ambassador a = ambassadors.register(body.name(), body.jobTitle(), agency, group, body.manager(), trainedOn,
                body.colleaguesSupported() == null ? 0 : body.colleaguesSupported());
        return ResponseEntity.created(URI.create("/api/workforce/ambassadors/" + a.id())).body(view(a, ambassadors.today()));
    }

    @GetMapping("/ambassadors/{id}")
    AmbassadorView ambassador(@PathVariable UUID id) {
        return ambassadors.find(new AmbassadorId(id)).map(a -> view(a, ambassadors.today()))
                .orElseThrow(() -> new NoSuchElementException("No such ambassador"));
    }

    /** A refresher ({@code trainedOn}), the colleagues supported in all, or stepping down ({@code leftOn}). */
    record AmbassadorChange(String trainedOn, Integer colleaguesSupported, String leftOn) {
    }

    @PostMapping("/ambassadors/{id}/refreshers")
    AmbassadorView refresher(@PathVariable UUID id, @RequestBody AmbassadorChange body) {
        return view(ambassadors.refresher(new AmbassadorId(id), date("trainedOn", body.trainedOn())),
                ambassadors.today());
    }

    @PostMapping("/ambassadors/{id}/reach")
    AmbassadorView reach(@PathVariable UUID id, @RequestBody AmbassadorChange body) {
        if (body.colleaguesSupported() == null) {
            throw InvalidInputException.of("colleaguesSupported",
                    "Give the number of colleagues supported in all, from 0 to 10,000");
        }
        return view(ambassadors.reach(new AmbassadorId(id), body.colleaguesSupported()), ambassadors.today());
    }

    @PostMapping("/ambassadors/{id}/step-down")
    AmbassadorView stepDown(@PathVariable UUID id, @RequestBody AmbassadorChange body) {
        return view(ambassadors.stepDown(new AmbassadorId(id), date("leftOn", body.leftOn())), ambassadors.today());
    }

    // ---- Quality Mark

    record StandardView(String code, int position, int level, String title, String description, boolean active) {
    }

    static StandardView view(QualityMarkStandard s) {
        return new StandardView(s.code(), s.position(), s.level(), s.title(), s.description(), s.active());
    }

    @GetMapping("/quality-mark/standards")
    List<StandardView> standards() {
        return qualityMark.allStandards().stream().map(WorkforceApi::view).toList();
    }

    /** A standard as the coordinator's tools send it; {@code active} only when changing one. */
    record StandardRequest(Integer level, String title, String description, Boolean active) {
    }

    @PostMapping("/quality-mark/standards")
    ResponseEntity<StandardView> addStandard(@RequestBody StandardRequest body) {
        QualityMarkStandard s = qualityMark.addStandard(body.level(), body.title(), body.description());
        return ResponseEntity.created(URI.create("/api/workforce/quality-mark/standards")).body(view(s));
    }

    @PostMapping("/quality-mark/standards/{code}")
    StandardView changeStandard(@PathVariable String code, @RequestBody StandardRequest body) {
        QualityMarkStandard s = qualityMark.changeStandard(code, body.level(), body.title(), body.description());
        if (body.active() != null && body.active() != s.active()) {
            s = qualityMark.setStandardActive(code, body.active());
        }
        return view(s);
    }

    record EvidenceView(String id, String standard, String note, String fileName, LocalDate addedOn) {
    }

    record DecisionView(String standard, boolean met, String note, LocalDate decidedOn) {
    }

    record ApplicationView(String id, String holderKind, String holderId, String holder, int levelSought,
            LocalDate openedOn, List<EvidenceView> evidence, List<DecisionView> decisions, Integer awardedLevel,
            LocalDate awardedOn, LocalDate expiresOn) {
    }

    static ApplicationView view(QualityMarkApplication a) {
        return new ApplicationView(a.id().toString(), a.holder().kind().name(), a.holder().id().toString(),
                a.holder().name(), a.levelSought(), a.openedOn(), a.evidence().stream().map(e -> new EvidenceView(
                        e.id().toString(), e.standardCode(), e.note(), e.fileName(), e.addedOn())).toList(),
                a.decisions().stream().map(d -> new DecisionView(d.standardCode(), d.met(), d.note(), d.decidedOn()))
                        .toList(), a.award() == null ? null : a.award().level(),
                a.award() == null ? null : a.award().awardedOn(), a.award() == null ? null : a.award().expiresOn());
    }

    private QualityMarkApplication application(UUID id) {
        return qualityMark.find(new QualityMarkApplicationId(id))
                .orElseThrow(() -> new NoSuchElementException("No such application"));
    }

    /** Opening an application: {@code {"holderKind":"AGENCY","holderId":"...","level":1}}. */
    record ApplicationRequest(String holderKind, String holderId, Integer level) {
    }

    @PostMapping("/quality-mark/applications")
    ResponseEntity<ApplicationView> apply(@RequestBody ApplicationRequest body) {
        HolderKind kind = null;
        try {
            kind = body.holderKind() == null ? null : HolderKind.valueOf(body.holderKind());
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        if (kind == null) {
            throw InvalidInputException.of("holderKind", "Give the holder's kind: AGENCY or SCHOOL");
        }
        UUID holder = uuid(body.holderId()).orElseThrow(() -> InvalidInputException.of("holderId",
                "Give the agency's or school's id as a UUID"));
        QualityMarkApplication a = qualityMark.apply(kind, holder, body.level() == null ? 0 : body.level());
        return ResponseEntity.created(URI.create("/api/workforce/quality-mark/applications/" + a.id())).body(view(a));
    }

    @GetMapping("/quality-mark/applications/{id}")
    ApplicationView applicationView(@PathVariable UUID id) {
        return view(application(id));
    }

    /** Evidence as a note (files are added on the application's page). */
    record EvidenceRequest(String standard, String note) {
    }

    @PostMapping("/quality-mark/applications/{id}/evidence")
    ResponseEntity<ApplicationView> evidence(@PathVariable UUID id, @RequestBody EvidenceRequest body) {
        QualityMarkApplicationId applicationId = application(id).id();
        qualityMark.addEvidence(applicationId, body.standard(), body.note(), null, null, null);
        return ResponseEntity.status(201).body(view(application(id)));
    }

    record DecisionRequest(String standard, Boolean met, String note) {
    }

    @PostMapping("/quality-mark/applications/{id}/decisions")
    ApplicationView decide(@PathVariable UUID id, @RequestBody DecisionRequest body) {
        QualityMarkApplicationId applicationId = application(id).id();
        if (body.met() == null) {
            throw InvalidInputException.of("met", "Say whether the standard is met (true or false)");
        }
        qualityMark.decide(applicationId, body.standard(), body.met(), body.note());
        return view(application(id));
    }

    record AwardRequest(Integer level, String awardedOn) {
    }

    @PostMapping("/quality-mark/applications/{id}/award")
    ApplicationView award(@PathVariable UUID id, @RequestBody AwardRequest body) {
        QualityMarkApplicationId applicationId = application(id).id();
        LocalDate on = date("awardedOn", body.awardedOn());
        return view(qualityMark.award(applicationId, body.level() == null ? 0 : body.level(), on));
    }

    private static java.util.Optional<UUID> uuid(String text) {
        try {
            return text == null ? java.util.Optional.empty() : java.util.Optional.of(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** The date of a body's one date field, or null when blank; not a date, a 400 naming the field. */
    private static LocalDate date(String field, String text) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = date(errors, field, text);
        InvalidInputException.refuseIfAny(errors);
        return on;
    }

    private static LocalDate date(Map<String, String> errors, String field, String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.put(field, "Give the date as 2026-12-05");
            return null;
        }
    }

    private static AmbassadorView view(Ambassador a, LocalDate today) {
        return new AmbassadorView(a.id().toString(), a.name(), a.jobTitle(), a.agency().value().toString(),
                a.agencyName(), a.group().name(), a.manager(), a.firstTrained(), a.lastTrained(), a.refresherDue(),
                a.refresherOverdue(today), a.colleaguesSupported());
    }

    /** The module's field names as the JSON names them. */
    @Bean
    static ApiFieldNames workforceApiFieldNames() {
        return ApiFieldNames.renaming(Map.of("agency", "agencyId", "group", "staffGroup", "holder", "holderId"),
                WorkforceApi.class);
    }
}
