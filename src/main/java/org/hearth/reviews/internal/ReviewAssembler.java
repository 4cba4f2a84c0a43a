package org.hearth.reviews.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserId;
import org.hearth.access.StaffUsers;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.People;
import org.hearth.people.PersonId;
import org.hearth.reviews.OverdueRecommendation;
import org.hearth.reviews.Review;
import org.hearth.reviews.Review.AgencyRequest;
import org.hearth.reviews.Review.PanelMember;
import org.hearth.reviews.Review.Party;
import org.hearth.reviews.Review.Recommendation;
import org.hearth.reviews.ReviewId;
import org.hearth.reviews.Reviews.PanelCandidate;
import org.springframework.stereotype.Component;

/** A {@link Review} from its rows, with agencies and people named; the overdue list and the panel candidates. */
@Component
class ReviewAssembler {

    private static final String AN_AGENCY = "An agency";

    private final ReviewStore store;
    private final People people;
    private final Partnerships partnerships;
    private final StaffUsers users;

    ReviewAssembler(ReviewStore store, People people, Partnerships partnerships, StaffUsers users) {
        this.store = store;
        this.people = people;
        this.partnerships = partnerships;
        this.users = users;
    }

    private Map<UUID, String> agencies() {
        Map<UUID, String> agencies = new LinkedHashMap<>();
        partnerships.agencies().forEach(a -> agencies.put(a.id().value(), a.name()));
        return agencies;
    }

    /** The review with its panel, requests, stages and recommendations; empty when there is none. */
    Optional<Review> load(UUID id) {
        Optional<ReviewStore.ReviewRow> row = store.find(id);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        ReviewStore.ReviewRow r = row.get();
        Map<UUID, String> agencies = agencies();
        List<PanelMember> panel = store.panel(id).stream().map(m -> new PanelMember(new StaffUserId(m.member()),
                m.name(), new AgencyId(m.agency()), agencies.getOrDefault(m.agency(), AN_AGENCY), m.addedOn()))
                .toList();
        List<AgencyRequest> requests = store.requests(id).stream().map(q -> new AgencyRequest(q.id(),
                new AgencyId(q.agency()), agencies.getOrDefault(q.agency(), AN_AGENCY), q.kind(), q.requestedOn(),
                q.dueOn(), q.returnedOn())).toList();
        List<Recommendation> recommendations = store.recommendations(id).stream().map(c -> new Recommendation(c.id(),
                c.number(), c.text(), c.theme(), new AgencyId(c.owner()), agencies.getOrDefault(c.owner(), AN_AGENCY),
                c.dueOn(), c.status(), c.completedOn(), c.evidence())).toList();
        return Optional.of(new Review(new ReviewId(r.id()), r.reference(), r.pseudonym(), party(r.deceased()),
                r.perpetrator() == null ? null : party(r.perpetrator()), r.diedOn(), r.notifiedOn(),
                new AgencyId(r.agency()), agencies.getOrDefault(r.agency(), AN_AGENCY), r.circumstances(),
                r.decisionDue(), r.decidedOn(), r.hold(), r.rationale(), r.homeOffice(), r.completionDue(), r.chair(),
                r.closedOn(), new StaffUserId(r.openedBy()), r.openedByName(), panel, requests, store.stages(id),
                recommendations));
    }

    private Party party(UUID id) {
        PersonId p = new PersonId(id);
        return new Party(p, people.name(p).orElse("A person"));
    }

    List<OverdueRecommendation> overdue(List<ReviewStore.OverdueRow> rows) {
        Map<UUID, String> agencies = agencies();
        return rows.stream().map(o -> new OverdueRecommendation(new ReviewId(o.review()), o.reference(),
                o.pseudonym(), o.recommendation(), o.number(), o.text(), agencies.getOrDefault(o.owner(), AN_AGENCY),
                o.dueOn())).toList();
    }

    /** Enabled staff in casework roles at an agency of the partnership, by agency and name. */
    List<PanelCandidate> panelCandidates() {
        Map<AgencyId, String> agencies = new LinkedHashMap<>();
        partnerships.agencies().forEach(a -> agencies.put(a.id(), a.name()));
        return users.all().stream().filter(StaffUser::enabled)
                .filter(u -> u.roles().stream().anyMatch(Role.CASEWORK::contains))
                .filter(u -> agencies.containsKey(u.agency()))
                .sorted(Comparator.comparing((StaffUser u) -> agencies.get(u.agency()))
                        .thenComparing(StaffUser::displayName))
                .map(u -> new PanelCandidate(u.id(), u.displayName(), agencies.get(u.agency()))).toList();
    }
}
