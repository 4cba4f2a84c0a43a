package org.hearth.people.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.CorrectionRules;
import org.hearth.people.Address;
import org.hearth.people.GrantHolder;
import org.hearth.people.People.NewPerson;
import org.hearth.people.PersonCorrection;
import org.hearth.people.PersonDetails;
import org.hearth.people.PersonDetailsChanged;
import org.hearth.people.PersonId;
import org.hearth.people.RefugeStayRecorded;
import org.hearth.people.RelationshipKind;
import org.hearth.people.SafeContact;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writing person records: each change checks its guard first ({@link PeopleRules}: a real ground, the safe number
 * only from the allocated worker), then writes through the stores, audits, and tells the matching index
 * ({@link EngineMatcher#changed}) of everything it indexes (name, date of birth, sex, aliases, address).
 */
@Component
class PersonChanges {

    static final String REFUGE_STAY_ACTOR = "People (a move into or out of refuge recorded by housing)";

    private final PersonStore people;
    private final NewPersonStore newPeople;
    private final AddressStore addresses;
    private final Grants grants;
    private final AuditTrail audit;
    private final EngineMatcher index;
    private final ApplicationEventPublisher events;

    PersonChanges(PersonStore people, NewPersonStore newPeople, AddressStore addresses, Grants grants,
            AuditTrail audit, EngineMatcher index, ApplicationEventPublisher events) {
        this.people = people;
        this.newPeople = newPeople;
        this.addresses = addresses;
        this.grants = grants;
        this.audit = audit;
        this.index = index;
        this.events = events;
    }

    /**
     * New people, each with the acting agency's grant on their ground and their first address, in one statement
     * (every ground checked before anything is written).
     */
    PersonId create(PersonDetails details, List<String> aliases, AccessGround ground, Address address) {
        return create(List.of(new Wanted(details, aliases, ground, address))).get(0);
    }

    List<PersonId> createAll(List<NewPerson> people) {
        return create(people.stream().map(p -> new Wanted(p.details(), p.aliases(), p.ground(), p.address())).toList());
    }

    /** A person to create (aliases as given: blank and null ones are skipped). */
    private record Wanted(PersonDetails details, List<String> aliases, AccessGround ground, Address address) {
    }

    private List<PersonId> create(List<Wanted> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        Actor me = AccessRules.me();
        List<NewPersonStore.NewRow> rows = new ArrayList<>(people.size());
        for (Wanted p : people) {
            AccessRules.requireGrantable(p.ground());
            rows.add(new NewPersonStore.NewRow(PersonId.random(), UUID.randomUUID(), p.details(), p.ground(),
                    p.address()));
        }
        newPeople.insert(rows, me.actorId(), me.agency().value());
        List<PersonId> made = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            NewPersonStore.NewRow row = rows.get(i);
            List<String> aliases = people.get(i).aliases();
            this.people.saveAliases(row.id(), aliases);
            audit.record(AuditAction.CREATE, "person", row.id());
            audit.record(AuditAction.CREATE, "access-grant", List.of(row.grant().toString(), row.id().toString()),
                    AccessRules.granted(row.ground(), AccessScope.RECORD, GrantHolder.agency(me.agency())));
            index.changed(row.id().value());
            index.created(row.id().value(), row.details(), aliases, row.address());
            made.add(row.id());
        }
        return made;
    }

    void update(PersonId id, PersonDetails d, List<String> aliases) {
        PeopleRules.requireGround(grants.view(id));
        people.update(id, d);
        people.deleteAliases(id);
        people.saveAliases(id, aliases);
        audit.record(AuditAction.UPDATE, "person", List.of(id.toString()), "details");
        index.changed(id.value());
        events.publishEvent(new PersonDetailsChanged(id));
    }

    void addAddress(PersonId id, Address a) {
        PeopleRules.requireGround(grants.view(id));
        addresses.insert(id, a, null);
        audit.record(AuditAction.UPDATE, "person", List.of(id.toString()), "address added");
        index.changed(id.value());
    }

    PersonCorrection correct(PersonId id, PersonCorrection.Field field, String newValue, String reason,
            String requestedBy) {
        PeopleRules.requireCorrectionGround(grants.view(id),
                AccessRules.me().hasRole(org.hearth.access.Role.INFORMATION_GOVERNANCE));
        PersonDetails d = people.details(id).orElseThrow(() -> new NoSuchElementException("No such person"));
        String old = PeopleRules.recorded(d, field);
        Map<String, String> errors = CorrectionRules.errors(field, old, newValue, reason, requestedBy,
                LocalDate.now(Dates.UK));
        InvalidInputException.refuseIfAny(errors);
        Actor me = AccessRules.me();
        UUID cid = UUID.randomUUID();
        people.correct(cid, id, field, old, PeopleRules.blankToNull(newValue), reason.strip(), requestedBy.strip(),
                me.actorId(), me.displayName());
        audit.record(AuditAction.UPDATE, "person", List.of(id.toString()), "correction " + cid);
        index.changed(id.value());
        events.publishEvent(new PersonDetailsChanged(id));
        return people.corrections(id).stream().filter(c -> c.id().equals(cid)).findFirst().orElseThrow();
    }

    void setSafeContact(PersonId id, SafeContact r) {
        PeopleRules.requireSafeContactWrite(grants.view(id), r);
        addresses.saveSafeContact(id, r, AccessRules.me().actorId());
        audit.record(AuditAction.UPDATE, "person", List.of(id.toString()), "safe contact rules");
    }

    void relate(PersonId from, List<Map.Entry<PersonId, RelationshipKind>> to) {
        if (to.isEmpty()) {
            return;
        }
        people.relate(from, to);
        to.forEach(e -> audit.record(AuditAction.UPDATE, "person", List.of(from.toString(), e.getKey().toString()),
                "relationship " + e.getValue()));
    }

    /**
     * Writes a stay in refuge heard from another module into the address history: one entry per stay, "In refuge,
     * via" the service, confidential (agencies with a ground only), no address; the move in ends the current address,
     * the move out ends the stay. Heard without a signed-in user (the move recorded there is the ground); idempotent:
     * a redelivered event updates the same entry, and never reopens a stay already ended.
     */
    void recordRefugeStay(RefugeStayRecorded e) {
        if (people.details(e.person()).isEmpty()) {
            return;
        }
        String service = e.service().strip();
        if (!addresses.updateRefugeStay(e.stay(), e.movedInOn(), e.movedOutOn(), service)) {
            addresses.insert(e.person(), new Address(null, null, null, null, null, e.movedInOn(), e.movedOutOn(), true,
                    true, service), e.stay());
        }
        audit.recordFor(REFUGE_STAY_ACTOR, null, AuditAction.UPDATE, "person", List.of(e.person().toString()),
                e.movedOutOn() == null ? "in refuge: address history" : "moved out of refuge: address history");
        index.changed(e.person().value());
    }
}
