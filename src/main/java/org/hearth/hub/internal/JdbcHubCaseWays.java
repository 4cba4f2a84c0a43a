package org.hearth.hub.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hearth.hub.HubCaseId;
import org.hearth.hub.HubCaseWays;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.referrals.ReferralId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link HubCaseWays}: the cases' referral and victim ids from {@code hub_case}, kept to the victims one may view,
 * each marked with whether one sees the victim's safe contact.
 */
@Component
class JdbcHubCaseWays implements HubCaseWays {

    private final JdbcClient jdbc;
    private final PersonAccess access;

    JdbcHubCaseWays(JdbcClient jdbc, PersonAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    private record Row(HubCaseId hubCase, ReferralId referral, PersonId victim) {
    }

    @Override
    public Map<HubCaseId, CaseWay> waysTo(Collection<HubCaseId> cases) {
        if (cases.isEmpty()) {
            return Map.of();
        }
        List<Row> rows = jdbc.sql("SELECT id, referral_id, victim_id FROM hub_case WHERE id = ANY(:ids)")
                .param("ids", cases.stream().map(HubCaseId::value).distinct().toArray(UUID[]::new))
                .query((rs, n) -> new Row(new HubCaseId(rs.getObject("id", UUID.class)),
                        new ReferralId(rs.getObject("referral_id", UUID.class)),
                        new PersonId(rs.getObject("victim_id", UUID.class)))).list();
        Set<PersonId> viewable = access.viewableAmong(rows.stream().map(Row::victim).distinct().toList());
        Set<PersonId> contact = access.contactAmong(viewable);
        return rows.stream().filter(r -> viewable.contains(r.victim())).collect(Collectors.toMap(Row::hubCase,
                r -> new CaseWay(r.referral(), r.victim(), contact.contains(r.victim()))));
    }
}
