package org.hearth.housing.internal;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.hearth.access.StaffUserId;
import org.hearth.access.StaffUsers;
import org.hearth.housing.DeclineReason;
import org.hearth.housing.JobSheet;
import org.hearth.housing.RefugeOutcome;
import org.hearth.housing.RefugeProvider;
import org.hearth.housing.RefugeProviderId;
import org.hearth.housing.RefugeReferral;
import org.hearth.housing.RefugeReferralId;
import org.hearth.housing.Sanctuary;
import org.hearth.housing.SanctuaryId;
import org.hearth.housing.SanctuaryJobId;
import org.hearth.housing.SanctuaryOutcome;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.PersonId;
import org.springframework.stereotype.Component;

/**
 * The module's aggregates from the stores' rows, with agencies, areas and staff named. What is shown is decided by
 * the caller ({@code named}, {@code knows}): the home's address and the refuge appear only when it says so.
 */
@Component
class HousingAssembler {

    private final Partnerships partnerships;
    private final StaffUsers staff;

    HousingAssembler(Partnerships partnerships, StaffUsers staff) {
        this.partnerships = partnerships;
        this.staff = staff;
    }

    String agencyName(UUID id) {
        return id == null ? null : partnerships.agency(new AgencyId(id)).map(a -> a.name()).orElse("An agency");
    }

    String areaName(UUID id) {
        return id == null ? null : partnerships.area(new AreaId(id)).map(a -> a.name()).orElse(null);
    }

    String staffName(UUID id) {
        return id == null ? null
                : staff.find(new StaffUserId(id)).map(u -> u.displayName()).orElse("A member of staff");
    }

    /** An address on one line, leaving out the empty parts. */
    static String oneLine(String... parts) {
        return String.join(", ", Stream.of(parts).filter(s -> s != null && !s.isBlank()).toList());
    }

    /** A sanctuary referral; the home's address only for someone {@code named} on it. */
    Sanctuary sanctuary(SanctuaryStore.ReferralRow r, List<SanctuaryStore.JobRow> jobRows, boolean named) {
        List<Sanctuary.Job> jobs = jobRows.stream().map(j -> new Sanctuary.Job(new SanctuaryJobId(j.id()),
                j.reference(), j.measure(), j.detail(), agencyName(j.contractor()), j.bookedOn(), j.costPence(),
                j.fittedOn(), j.safetyCheckedOn())).toList();
        String address = named ? oneLine(r.line1(), r.line2(), r.town(), r.postcode()) : null;
        return new Sanctuary(new SanctuaryId(r.id()), r.reference(), new PersonId(r.person()), r.referredOn(),
                areaName(r.area()), address, r.tenure(), r.consentOn(), r.highRisk(), agencyName(r.referringAgency()),
                staffName(r.coordinator()), staffName(r.surveyor()), r.surveyedOn(), r.findings(), r.markerRequested(),
                r.markerConfirmed(), r.followUpDue(), r.followedUp(),
                r.outcome() == null ? null : SanctuaryOutcome.valueOf(r.outcome()), r.outcomeNote(), r.closedOn(),
                jobs, named);
    }

    /** A contractor's job sheet: whom to arrange access with is the scheme's coordinator, never the household. */
    JobSheet jobSheet(SanctuaryStore.SheetRow s) {
        String with = staff.find(new StaffUserId(s.coordinator()))
                .map(u -> u.displayName() + ", " + agencyName(u.agency().value()) + ", the scheme's coordinator")
                .orElse("The scheme's coordinator");
        return new JobSheet(new SanctuaryJobId(s.id()), s.reference(), s.measure(), s.detail(),
                oneLine(s.line1(), s.line2(), s.town(), s.postcode()), s.bookedOn(), with);
    }

    RefugeProvider provider(RefugeStore.ProviderRow p) {
        return new RefugeProvider(new RefugeProviderId(p.id()), p.name(), p.area(),
                p.area() == null ? p.elsewhere() : areaName(p.area()), p.area() != null, p.agency(), p.places(),
                p.placesOlderSons(), p.placesDisabledAccess(), p.placesNrpf(), p.vacancies(), p.reportedOn(),
                p.active());
    }

    /** A refuge referral; the provider and where it is only for someone who {@code knows} the refuge. */
    RefugeReferral refugeReferral(RefugeStore.ReferralRow r, boolean knows) {
        return new RefugeReferral(new RefugeReferralId(r.id()), r.reference(), new PersonId(r.person()),
                r.referredOn(), knows ? r.providerName() : null,
                knows ? (r.providerArea() == null ? r.providerElsewhere() : areaName(r.providerArea())) : null,
                agencyName(r.referringAgency()), r.children(), r.olderSon(), r.disability(), r.language(), r.nrpf(),
                r.needsNote(), r.outcome() == null ? null : RefugeOutcome.valueOf(r.outcome()),
                r.reason() == null ? null : DeclineReason.valueOf(r.reason()), r.outcomeNote(), r.outcomeOn(),
                r.movedIn(), r.movedOut(), knows);
    }

    /** How the address history names a stay: whom to ask (the referring agency) and the referral, no provider. */
    String stayService(RefugeStore.ReferralRow r) {
        return agencyName(r.referringAgency()) + " (refuge referral " + r.reference() + ")";
    }
}
