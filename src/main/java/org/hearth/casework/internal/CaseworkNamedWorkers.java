package org.hearth.casework.internal;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hearth.orders.NamedWorkers;
import org.hearth.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the orders module whose cases a worker holds, so an order's warnings go to the case's named worker. */
@Component
class CaseworkNamedWorkers implements NamedWorkers {

    private final JdbcClient jdbc;

    CaseworkNamedWorkers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<PersonId> peopleOf(UUID staffUser) {
        return jdbc.sql("SELECT DISTINCT person_id FROM casework_case WHERE worker_id = ? AND status = 'OPEN'")
                .param(staffUser).query(UUID.class).list().stream().map(PersonId::new).collect(Collectors.toSet());
    }
}
