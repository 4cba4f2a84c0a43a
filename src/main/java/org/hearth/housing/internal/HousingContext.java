package org.hearth.housing.internal;

import org.hearth.platform.Dates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.hearth.access.Actor;
import org.hearth.access.StaffUsers;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What every housing service asks first: who is acting, whether they hold a ground on the person, and today; and a
 * read of a person's records, guarded and audited with the person's id.
 */
@Component
class HousingContext {

    private final PersonAccess access;
    private final AuditTrail audit;
    private final HousingRules.Known known;

    HousingContext(PersonAccess access, AuditTrail audit, Partnerships partnerships, StaffUsers staff) {
        this.access = access;
        this.audit = audit;
        this.known = new HousingRules.Known(area -> partnerships.area(new AreaId(area)).isPresent(),
                agency -> partnerships.agency(agency).isPresent(), user -> staff.find(user).isPresent());
    }

    static Actor me() {
        return Actor.current().orElseThrow(() -> new AccessDeniedException("Sign in"));
    }

    /** Need-to-know: a real ground on the person's record, else refused. */
    void guard(PersonId person) {
        if (person == null || !access.holdsGround(person)) {
            throw new AccessDeniedException("No ground on this person's record");
        }
    }

    LocalDate today() {
        return LocalDate.now(Dates.UK);
    }

    /** Whether an area, an agency, a member of staff exists. */
    HousingRules.Known known() {
        return known;
    }

    /** The person's records as the actor sees them, after the guard; one read, audited with their ids. */
    <T> List<T> readAll(PersonId person, String type, String what, Function<Actor, List<T>> load,
            Function<T, Object> id) {
        guard(person);
        List<T> out = load.apply(me());
        List<String> ids = new ArrayList<>(List.of(person.toString()));
        out.forEach(t -> ids.add(id.apply(t).toString()));
        audit.record(AuditAction.READ, type, ids, what);
        return out;
    }

    /** One record (as the actor sees it), after the guard on its person; audited with its id and the person's. */
    <R, T> Optional<T> readOne(Optional<R> row, Function<R, UUID> person, BiFunction<R, Actor, T> view,
            Function<T, Object> id, String type, Function<T, String> what) {
        if (row.isEmpty()) {
            return Optional.empty();
        }
        PersonId owner = new PersonId(person.apply(row.get()));
        guard(owner);
        T out = view.apply(row.get(), me());
        audit.record(AuditAction.READ, type, List.of(id.apply(out).toString(), owner.toString()), what.apply(out));
        return Optional.of(out);
    }
}
