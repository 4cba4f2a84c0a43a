package org.hearth.subjectaccess.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hearth.people.PersonId;
import org.hearth.people.RetentionFact;
import org.hearth.people.SqlPersonData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Subject access requests in the retention schedule: a request not yet released holds the person's records (what
 * a request asks for must not be erased while it is answered); an erasure deletes the requests about the person
 * with their reviews, history and proposed corrections, the reviews of other requests whose item names the person,
 * and the person's names, date of birth and addresses from the packages released to others
 * ({@link ReleasedPackageErasure}).
 */
@Component
@Order(10)
class SubjectAccessPersonData extends SqlPersonData {

    static final String OPEN = org.hearth.people.RetentionFact.CONFIDENTIAL_HOLD;

    private final ReleasedPackageErasure releasedPackages;

    SubjectAccessPersonData(JdbcClient jdbc, ReleasedPackageErasure releasedPackages) {
        super(jdbc);
        this.releasedPackages = releasedPackages;
    }

    @Override
    public void erase(PersonId person) {
        UUID id = person.value();
        releasedPackages.erase(person);
        // the corrections proposed on the person's record (the values before and after are theirs)
        jdbc.sql("DELETE FROM subject_access_correction WHERE person_id = ? OR request_id IN "
                + "(SELECT id FROM subject_access_request WHERE person_id = ?)").params(id, id).update();
        jdbc.sql("DELETE FROM subject_access_review WHERE request_id IN "
                + "(SELECT id FROM subject_access_request WHERE person_id = ?) OR item_key LIKE ?")
                .params(id, "%" + id + "%").update();
        jdbc.sql("DELETE FROM subject_access_request_history WHERE request_id IN "
                + "(SELECT id FROM subject_access_request WHERE person_id = ?)").param(id).update();
        jdbc.sql("DELETE FROM subject_access_request WHERE person_id = ?").param(id).update();
    }

    @Override
    public List<RetentionFact> retentionFacts(Collection<PersonId> persons) {
        return involvedAndHeld("SELECT person_id, max(received_on) FROM subject_access_request GROUP BY person_id",
                "SELECT DISTINCT person_id FROM subject_access_request WHERE released_at IS NULL", OPEN, persons);
    }
}
