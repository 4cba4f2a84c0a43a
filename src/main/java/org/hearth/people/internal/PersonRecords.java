package org.hearth.people.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.people.PersonCorrection;
import org.hearth.people.PersonDetails;
import org.hearth.people.PersonFlag;
import org.hearth.people.PersonFlagSource;
import org.hearth.people.PersonId;
import org.hearth.people.PersonRecord;
import org.hearth.people.Relationship;
import org.springframework.stereotype.Component;

/**
 * Reading person records with need-to-know applied and every read audited: the record as the reader's
 * {@link AccessRules.View} allows it ({@link PeopleRules#stub} or {@link PeopleRules#full}), details for another
 * module's named purpose, and a record's corrections.
 */
@Component
class PersonRecords {

    private final PersonStore people;
    private final AddressStore addresses;
    private final GrantStore grantStore;
    private final Grants grants;
    private final AuditTrail audit;
    private final List<PersonFlagSource> flagSources;

    PersonRecords(PersonStore people, AddressStore addresses, GrantStore grantStore, Grants grants, AuditTrail audit,
            List<PersonFlagSource> flagSources) {
        this.people = people;
        this.addresses = addresses;
        this.grantStore = grantStore;
        this.grants = grants;
        this.audit = audit;
        this.flagSources = flagSources;
    }

    Optional<PersonRecord> record(PersonId id) {
        Optional<PersonDetails> details = people.details(id);
        if (details.isEmpty()) {
            return Optional.empty();
        }
        Actor me = AccessRules.me();
        AccessRules.View view = grants.view(id, me);
        // a disclosure team's grant shows only to the team: nobody else may learn that an application exists;
        // likewise a subject access request's grant: only information governance learns that one was made;
        // a refuge provider's grant says where she is: its agency shows only to that agency's own staff
        List<PeopleRules.Involved> involved = grantStore.involved(id, me.hasRole(Role.DISCLOSURE_TEAM),
                me.hasRole(Role.INFORMATION_GOVERNANCE), me.agency() == null ? null : me.agency().value());
        audit.record(AuditAction.READ, "person", List.of(id.toString()), view.full() ? null : "restricted view");
        if (!view.full()) {
            return Optional.of(PeopleRules.stub(id, details.get(), involved));
        }
        List<PersonFlag> flags = flagSources.stream().flatMap(f -> f.flagsFor(id).stream()).toList();
        return Optional.of(PeopleRules.full(id, details.get(), people.aliases(id), view, addresses.addresses(id),
                addresses.safeContact(id), relationshipsShown(id), involved, flags));
    }

    /**
     * The person's relationships. One recorded from the other person's side (as a referral records the person
     * harmed's partner, ex-partner and children) names that other person only to those who may view their record:
     * an agency involved with a man only (a perpetrator programme) does not learn his partner's name from his record.
     * The other way, a worker on her record reads the name of the man she named, which her safety work needs.
     */
    private List<Relationship> relationshipsShown(PersonId id) {
        List<Relationship> all = people.relationships(id);
        Set<PersonId> viewable = grants.among(all.stream().filter(Relationship::reversed).map(Relationship::other)
                .toList(), true);
        return all.stream().map(r -> !r.reversed() || viewable.contains(r.other()) ? r : r.withheld()).toList();
    }

    Optional<PersonDetails> detailsFor(PersonId id, String reader, String purpose) {
        Optional<PersonDetails> details = people.details(id);
        details.ifPresent(d -> audit.recordFor(reader, null, AuditAction.READ, "person", List.of(id.toString()),
                purpose));
        return details;
    }

    Map<PersonId, PersonDetails> detailsForAll(Collection<PersonId> ids, String reader, String purpose) {
        List<UUID> wanted = ids.stream().map(PersonId::value).distinct().toList();
        Map<UUID, PersonDetails> found = people.detailsOf(wanted);
        Map<PersonId, PersonDetails> details = new LinkedHashMap<>();
        for (UUID id : wanted) {
            PersonDetails d = found.get(id);
            if (d != null) {
                details.put(new PersonId(id), d);
                audit.recordFor(reader, null, AuditAction.READ, "person", List.of(id.toString()), purpose);
            }
        }
        return details;
    }

    Optional<String> name(PersonId id) {
        return people.name(id);
    }

    List<PersonCorrection> corrections(PersonId id) {
        PeopleRules.requireFull(grants.view(id));
        return people.corrections(id);
    }
}
