package org.hearth.marac.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.audit.NotAudited;
import org.hearth.platform.InvalidInputException;
import org.hearth.marac.Marac;
import org.hearth.marac.MaracId;
import org.hearth.marac.MaracReferral;
import org.hearth.marac.MaracReferrals;
import org.hearth.marac.Maracs;
import org.hearth.marac.NewMaracReferral;
import org.hearth.marac.ReferralSource;
import org.hearth.people.PersonId;
import org.hearth.platform.web.ApiFieldNames;
import org.hearth.referrals.Consent;
import org.hearth.referrals.LawfulBasis;
import org.hearth.risk.MaracCriterion;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The MARACs (read: every signed-in role but analysts) and referrals to MARAC from other systems
 * ({@code POST /api/marac/referrals}, scope {@code marac-referrals:write}, or a casework session).
 */
@RestController
@NotAudited("MARACs are the partnership's set-up, not person data; MaracReferrals audits each referral it makes")
class MaracApi {

    private final Maracs maracs;
    private final MaracReferrals referrals;

    MaracApi(Maracs maracs, MaracReferrals referrals) {
        this.maracs = maracs;
        this.referrals = referrals;
    }

    /** The MARAC module's field names as the JSON of this API and the meetings' names them, for problem details. */
    @Bean
    static ApiFieldNames maracApiFieldNames() {
        return ApiFieldNames.renaming(Map.of("perpetrators", "perpetratorIds", "marac", "maracId", "owner", "ownerId"),
                MaracApi.class, MaracMeetingApi.class);
    }

    record MemberView(String agencyId, String representativeId, String deputyId) {
    }

    record MaracView(String id, String name, List<String> areaIds, String schedule, String chairId,
            String coordinatorId, int capacity, List<MemberView> members) {
    }

    static MaracView view(Marac m) {
        return new MaracView(m.id().toString(), m.name(), m.areas().stream().map(Object::toString).toList(),
                m.schedule().name(), m.chair().toString(), m.coordinator().toString(), m.capacity(),
                m.members().stream().map(x -> new MemberView(x.agency().toString(), x.representative().toString(),
                        x.deputy() == null ? null : x.deputy().toString())).toList());
    }

    static final String READERS = "hasAnyRole('SYSTEM_ADMIN','PARTNERSHIP_COORDINATOR','HUB_COORDINATOR',"
            + "'PRACTITIONER','AGENCY_REPRESENTATIVE')";

    @GetMapping("/api/marac/maracs")
    @PreAuthorize(READERS)
    List<MaracView> all() {
        return maracs.all().stream().map(MaracApi::view).toList();
    }

    @GetMapping("/api/marac/maracs/{id}")
    @PreAuthorize(READERS)
    MaracView one(@PathVariable UUID id) {
        return maracs.find(new MaracId(id)).map(MaracApi::view)
                .orElseThrow(() -> new java.util.NoSuchElementException("No such MARAC"));
    }

    /** A referral to MARAC as a system sends it. */
    record ReferralRequest(UUID victimId, List<UUID> perpetratorIds, UUID maracId, Set<MaracCriterion.Kind> criteria,
            String judgementReason, Consent consent, LawfulBasis lawfulBasis, String consentReason) {
    }

    /** The answer: the id and reference, whether it is a repeat and of which earlier referral. */
    record Created(String id, String reference, boolean repeat, String repeatOf, LocalDate referredOn) {
    }

    @PostMapping("/api/marac/referrals")
    @PreAuthorize(Role.WORKS_CASES
            + " or hasAuthority('SCOPE_marac-referrals:write')")
    ResponseEntity<Created> refer(@RequestBody ReferralRequest body) {
        if (body.victimId() == null) {
            Map<String, String> errors = new LinkedHashMap<>();
            errors.put("victimId", "Give the victim's person id");
            if (body.consent() == null) {
                errors.put("consent", "Say whether the victim consented to the referral");
            }
            throw new InvalidInputException(errors);
        }
        List<PersonId> perpetrators = new ArrayList<>();
        if (body.perpetratorIds() != null) {
            body.perpetratorIds().stream().filter(java.util.Objects::nonNull).map(PersonId::new)
                    .forEach(perpetrators::add);
        }
        MaracReferral r = referrals.refer(new NewMaracReferral(new PersonId(body.victimId()), perpetrators,
                body.maracId() == null ? null : new MaracId(body.maracId()), body.criteria(), body.judgementReason(),
                body.consent(), body.lawfulBasis(), body.consentReason()), ReferralSource.API);
        return ResponseEntity.created(URI.create("/api/marac/referrals/" + r.id()))
                .body(new Created(r.id().toString(), r.reference(), r.repeat(), r.repeatOfReference(), r.referredOn()));
    }
}
