package org.hearth.referrals.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.hearth.platform.Dates;
import org.hearth.access.Actor;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.platform.SearchProvider;
import org.hearth.platform.SearchQuery;
import org.hearth.referrals.Referral;
import org.hearth.referrals.ReferralId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals found by the search box: by referral reference, police reference or Hearth id, only where the user
 * may open the referral (nothing at all otherwise, so a search never confirms another agency's referral exists).
 * Audited with the kind of query and the ids returned.
 */
@Component
class ReferralSearch implements SearchProvider {

    private static final DateTimeFormatter DAY = Dates.DAY;

    private final JdbcClient jdbc;
    private final ReferralStore referrals;
    private final ReferralAccess who;
    private final AuditTrail audit;

    ReferralSearch(JdbcClient jdbc, ReferralStore referrals, ReferralAccess who, AuditTrail audit) {
        this.jdbc = jdbc;
        this.referrals = referrals;
        this.who = who;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(SearchQuery query) {
        Actor me = Actor.current().orElse(null);
        if (me == null || me.apiClient() || !me.worksCases()) {
            return List.of();
        }
        List<UUID> ids = switch (query.kind()) {
            case REFERRAL_REFERENCE -> jdbc.sql("SELECT id FROM referral WHERE upper(reference) = upper(?)")
                    .param(query.text()).query(UUID.class).list();
            case POLICE_REFERENCE -> jdbc.sql("SELECT id FROM referral WHERE upper(police_reference) = upper(?)")
                    .param(query.text()).query(UUID.class).list();
            case ID -> List.of(query.id());
            case NAME, DATE, POSTCODE -> null; // people answer these
        };
        if (ids == null) {
            return List.of();
        }
        List<Referral> shown = ids.stream().flatMap(id -> referrals.load(new ReferralId(id)).stream())
                .filter(who::maySee).toList();
        audit.record(AuditAction.SEARCH, "referral", shown.stream().map(r -> r.id().toString()).toList(),
                "search by " + query.kind().label());
        return shown.stream().map(r -> new SearchHit("Referral", r.reference(), "/referrals/" + r.id(),
                "Received " + DAY.format(r.receivedOn()) + (r.triaged() ? "; decided: " + r.triageOutcome().label()
                        : "; waiting for triage"), false)).toList();
    }
}
