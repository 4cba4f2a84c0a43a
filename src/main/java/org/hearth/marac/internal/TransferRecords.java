package org.hearth.marac.internal;

import com.nimbusds.jose.JWSObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.marac.MaracId;
import org.hearth.marac.MaracPartnerId;
import org.hearth.marac.MaracReferralId;
import org.hearth.marac.MaracTransfer.Direction;
import org.hearth.marac.MaracTransfer;
import org.hearth.marac.MaracTransferId;
import org.hearth.marac.TransferPackage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transfers on record, sent and received: listed for coordinators, and each download of a transfer (its contents,
 * its signed file, its PDF pack) guarded and audited with the ids of the case's people.
 */
@Component
class TransferRecords {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    TransferRecords(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    static String write(TransferPackage p) {
        return JSON.writeValueAsString(p);
    }

    Optional<MaracTransfer> find(MaracTransferId id) {
        Roles.requireCoordinator();
        return select("t.id = ?", id.value()).stream().findFirst();
    }

    MaracTransfer find(UUID id) {
        return select("t.id = ?", id).get(0);
    }

    List<MaracTransfer> all() {
        Roles.requireCoordinator();
        return select("true ORDER BY t.made_at DESC");
    }

    private List<MaracTransfer> select(String where, Object... params) {
        return jdbc.sql("SELECT t.*, r.reference FROM marac_transfer t JOIN marac_referral r"
                + " ON r.id = t.marac_referral_id WHERE " + where).params(params)
                .query((rs, n) -> new MaracTransfer(new MaracTransferId(rs.getObject("id", UUID.class)),
                        Direction.valueOf(rs.getString("direction")), rs.getObject("transfer_id", UUID.class),
                        new MaracReferralId(rs.getObject("marac_referral_id", UUID.class)), rs.getString("reference"),
                        rs.getString("other_marac"),
                        Optional.ofNullable(rs.getObject("partner_id", UUID.class)).map(MaracPartnerId::new).orElse(null),
                        Optional.ofNullable(rs.getObject("marac_id", UUID.class)).map(MaracId::new).orElse(null),
                        rs.getString("reason"), rs.getObject("made_at", java.time.OffsetDateTime.class).toInstant(),
                        rs.getString("made_by_name")))
                .list();
    }

    /** The transfer's row, for the coordinator, with the ids of the people of its case (for the audit trail). */
    /** What a signed file erased with a person it named begins with (its SHA-256 follows). */
    static final String ERASED = "erased:sha256:";

    private record Stored(MaracTransfer transfer, String jws, List<String> people) {
    }

    private Stored stored(MaracTransferId id) {
        // the guard of every download: only hub/MARAC coordinators (never a member agency, never another agency)
        Roles.requireCoordinator();
        MaracTransfer t = select("t.id = ?", id.value()).stream().findFirst()
                .orElseThrow(() -> new NoSuchElementException("No such transfer"));
        String jws = jdbc.sql("SELECT jws FROM marac_transfer WHERE id = ?").param(id.value()).query(String.class)
                .single();
        if (jws.startsWith(ERASED)) {
            throw new NoSuchElementException("This transfer's file named a person since erased under the retention"
                    + " schedule: it is no longer kept");
        }
        List<String> ids = new ArrayList<>(List.of(id.toString(), t.referral().toString()));
        ids.addAll(jdbc.sql("""
                SELECT victim_id::text FROM marac_referral WHERE id = :r
                UNION ALL SELECT person_id::text FROM marac_referral_perpetrator WHERE marac_referral_id = :r""")
                .param("r", t.referral().value()).query(String.class).list());
        return new Stored(t, jws, ids);
    }

    TransferPackage contents(MaracTransferId id) {
        Stored s = stored(id);
        audit.record(AuditAction.READ, "marac-transfer", s.people(), null);
        return payload(s.jws());
    }

    String signedFile(MaracTransferId id) {
        Stored s = stored(id);
        audit.record(AuditAction.EXPORT, "marac-transfer", s.people(), "signed file downloaded");
        return s.jws();
    }

    byte[] pack(MaracTransferId id) {
        Stored s = stored(id);
        audit.record(AuditAction.EXPORT, "marac-transfer", s.people(), "PDF pack downloaded");
        return TransferPackPdf.render(payload(s.jws()), jdbc.sql("SELECT key_id FROM marac_transfer WHERE id = ?")
                .param(id.value()).query(String.class).single());
    }

    /** A transfer package from its JSON; an unreadable one throws. */
    static TransferPackage parse(String json) {
        return JSON.readValue(json, TransferPackage.class);
    }

    static TransferPackage payload(String jws) {
        try {
            return JSON.readValue(JWSObject.parse(jws).getPayload().toString(), TransferPackage.class);
        } catch (java.text.ParseException e) {
            throw new IllegalStateException("A stored transfer file does not parse");
        }
    }

    /** The received case's reference, when this transfer was received already. */
    Optional<String> alreadyReceived(UUID transferId) {
        return jdbc.sql("""
                SELECT r.reference FROM marac_transfer t JOIN marac_referral r ON r.id = t.marac_referral_id
                WHERE t.direction = 'IN' AND t.transfer_id = ?""").param(transferId).query(String.class).optional();
    }

    Map<MaracReferralId, String> origins(Collection<MaracReferralId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        UUID[] array = ids.stream().map(MaracReferralId::value).toArray(UUID[]::new);
        Map<MaracReferralId, String> out = new LinkedHashMap<>();
        jdbc.sql("SELECT marac_referral_id, other_marac FROM marac_transfer WHERE direction = 'IN'"
                + " AND marac_referral_id = ANY (?)").param(array)
                .query((rs, n) -> Map.entry(new MaracReferralId(rs.getObject(1, UUID.class)), rs.getString(2)))
                .list().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
