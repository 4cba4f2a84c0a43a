package org.hearth.people.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditRecordNames;
import org.hearth.audit.AuditTrail;
import org.hearth.audit.SqlAuditNames;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * People on the audit trail page: a person's name only to a user who may read their record
 * ({@link PersonAccess#viewableAmong}), recorded in the trail as a read of those people; to anyone else
 * "A person record", which names no one.
 */
@Component
class PersonAuditNames implements AuditRecordNames {

    static final String UNNAMED = "A person record";

    private final SqlAuditNames lookup;
    private final PersonAccess access;
    private final AuditTrail audit;

    PersonAuditNames(JdbcClient jdbc, PersonAccess access, AuditTrail audit) {
        this.lookup = new SqlAuditNames(jdbc, "SELECT id, given_name || ' ' || family_name FROM person WHERE id = ANY(:ids)");
        this.access = access;
        this.audit = audit;
    }

    @Override
    public Map<UUID, String> names(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> found = lookup.names(ids);
        if (found.isEmpty()) {
            return Map.of();
        }
        Set<PersonId> viewable = access.viewableAmong(found.keySet().stream().map(PersonId::new).toList());
        Map<UUID, String> names = new LinkedHashMap<>();
        found.forEach((id, name) -> names.put(id, viewable.contains(new PersonId(id)) ? name : UNNAMED));
        if (!viewable.isEmpty()) { // the page shows their names: a read of each, by id
            audit.record(AuditAction.READ, "person", viewable.stream().map(PersonId::toString).sorted().toList(),
                    "audit trail: names shown");
        }
        return names;
    }

    @Override
    public Set<UUID> readable(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        // only people Hearth still holds: an erased person is readable by no one, the hub role included
        Set<UUID> held = lookup.names(ids).keySet();
        return access.viewableAmong(held.stream().map(PersonId::new).toList()).stream().map(PersonId::value)
                .collect(Collectors.toSet());
    }
}
