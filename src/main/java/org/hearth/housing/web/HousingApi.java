package org.hearth.housing.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.audit.NotAudited;
import org.hearth.housing.Housing;
import org.hearth.housing.RefugeProvider;
import org.hearth.housing.RefugeReferral;
import org.hearth.housing.Sanctuary;
import org.hearth.people.PersonGuard;
import org.hearth.people.PersonId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Housing as JSON: the refuge providers with places and last reported vacancies ({@code GET /api/housing/refuges},
 * no address: there is none), and a person's sanctuary and refuge referrals
 * ({@code GET /api/housing/people/{personId}/referrals}: casework roles with a real ground; the home address and the
 * refuge provider are null for anyone but the people the module shows them to). Dates {@code 2026-12-04}.
 */
@RestController
@RequestMapping("/api/housing")
class HousingApi {

    private final Housing housing;
    private final PersonGuard guard;

    HousingApi(Housing housing, PersonGuard guard) {
        this.housing = housing;
        this.guard = guard;
    }

    record ProviderView(String id, String name, String area, boolean inPartnership, int places, int placesOlderSons,
            int placesDisabledAccess, int placesNrpf, Integer vacancies, LocalDate vacanciesOn) {

        static ProviderView of(RefugeProvider p) {
            return new ProviderView(p.id().toString(), p.name(), p.area(), p.inPartnership(), p.places(),
                    p.placesOlderSons(), p.placesDisabledAccess(), p.placesNrpf(), p.vacancies(), p.vacanciesOn());
        }
    }

    record JobView(String reference, String measure, String contractor, LocalDate bookedOn, Long costPence,
            LocalDate fittedOn, LocalDate safetyCheckedOn) {
    }

    record SanctuaryView(String id, String reference, LocalDate referredOn, String address, String tenure,
            LocalDate landlordConsentOn, LocalDate surveyedOn, LocalDate markerRequestedOn,
            LocalDate markerConfirmedOn, LocalDate followUpDueOn, String outcome, LocalDate closedOn,
            List<JobView> jobs) {

        static SanctuaryView of(Sanctuary s) {
            return new SanctuaryView(s.id().toString(), s.reference(), s.referredOn(), s.address(),
                    s.tenure().name(), s.landlordConsentOn(), s.surveyedOn(), s.markerRequestedOn(),
                    s.markerConfirmedOn(), s.followUpDueOn(), s.outcome() == null ? null : s.outcome().name(),
                    s.closedOn(), s.jobs().stream().map(j -> new JobView(j.reference(), j.measure().name(),
                            j.contractor(), j.bookedOn(), j.costPence(), j.fittedOn(), j.safetyCheckedOn()))
                            .toList());
        }
    }

    record RefugeView(String id, String reference, LocalDate referredOn, String provider, String providerArea,
            int children, boolean olderSon, boolean disability, boolean language, boolean nrpf, String outcome,
            String reason, LocalDate outcomeOn, LocalDate movedInOn, LocalDate movedOutOn) {

        static RefugeView of(RefugeReferral r) {
            return new RefugeView(r.id().toString(), r.reference(), r.referredOn(), r.provider(), r.providerArea(),
                    r.children(), r.olderSon(), r.disability(), r.language(), r.nrpf(),
                    r.outcome() == null ? null : r.outcome().name(), r.reason() == null ? null : r.reason().name(),
                    r.outcomeOn(), r.movedInOn(), r.movedOutOn());
        }
    }

    record Referrals(List<SanctuaryView> sanctuary, List<RefugeView> refuge) {
    }

    @GetMapping("/refuges")
    @PreAuthorize(HousingRoles.PROVIDER_READERS)
    @NotAudited("a directory of providers and vacancies: no person, no address")
    List<ProviderView> refuges() {
        return housing.providers().stream().filter(RefugeProvider::active).map(ProviderView::of).toList();
    }

    @GetMapping("/people/{personId}/referrals")
    @PreAuthorize(HousingRoles.ROLES)
    @NotAudited("Housing.sanctuaryFor and refugeFor audit the read with the person's id")
    Referrals referrals(@PathVariable UUID personId) {
        PersonId person = guard.grounded(personId);
        return new Referrals(housing.sanctuaryFor(person).stream().map(SanctuaryView::of).toList(),
                housing.refugeFor(person).stream().map(RefugeView::of).toList());
    }
}
