package org.hearth.marac.internal;

import com.nimbusds.jose.jwk.ECKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.marac.MaracPartner;
import org.hearth.marac.MaracPartnerId;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.TextRequired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * MARAC partner keys: this partnership's own signing key (its public half exported by an administrator) and the
 * partner MARACs' public keys, imported and revoked by an administrator, against which received files are verified.
 */
@Component
class MaracPartnerKeys {

    private final JdbcClient jdbc;
    private final TransferSigning signing;
    private final AuditTrail audit;

    MaracPartnerKeys(JdbcClient jdbc, TransferSigning signing, AuditTrail audit) {
        this.jdbc = jdbc;
        this.signing = signing;
        this.audit = audit;
    }

    private static void requireAdmin() {
        if (!Actor.current().map(a -> a.hasRole(org.hearth.access.Role.SYSTEM_ADMIN)).orElse(false)) {
            throw new AccessDeniedException("For system administrators");
        }
    }

    private static void requireAdminOrCoordinator() {
        if (!Roles.mayManage()) {
            throw new AccessDeniedException("For system administrators and MARAC coordinators");
        }
    }

    String publicJwk() {
        requireAdmin();
        ECKey key = signing.own();
        audit.record(AuditAction.EXPORT, "marac-signing-key", List.of(key.getKeyID()), "public key exported");
        return key.toPublicJWK().toJSONString();
    }

    String keyId() {
        requireAdminOrCoordinator();
        return signing.own().getKeyID();
    }

    List<MaracPartner> partners() {
        requireAdminOrCoordinator();
        return jdbc.sql("SELECT * FROM marac_partner ORDER BY lower(name), added_at")
                .query(MaracPartnerKeys::partner).list();
    }

    private static MaracPartner partner(ResultSet rs, int n) throws SQLException {
        return new MaracPartner(new MaracPartnerId(rs.getObject("id", UUID.class)), rs.getString("name"),
                rs.getString("key_id"), rs.getString("public_jwk"), rs.getObject("added_at", java.time.OffsetDateTime.class)
                        .toInstant(), Optional.ofNullable(rs.getObject("revoked_at", java.time.OffsetDateTime.class))
                        .map(java.time.OffsetDateTime::toInstant).orElse(null));
    }

    Optional<MaracPartner> partner(MaracPartnerId id) {
        return jdbc.sql("SELECT * FROM marac_partner WHERE id = ?").param(id.value())
                .query(MaracPartnerKeys::partner).optional();
    }

    /** The partner whose key has this id, revoked or not. */
    Optional<MaracPartner> byKey(String keyId) {
        return jdbc.sql("SELECT * FROM marac_partner WHERE key_id = ?").param(keyId)
                .query(MaracPartnerKeys::partner).optional();
    }

    MaracPartner importPartner(String name, String jwk) {
        requireAdmin();
        Map<String, String> errors = new LinkedHashMap<>();
        String n = TextRequired.check(errors, "name", name, 200,
                "Enter the partner MARAC's name, as it should appear on transfers",
                "The name must be 200 characters or fewer");
        ECKey key = null;
        try {
            key = TransferSigning.publicKey(jwk);
        } catch (InvalidInputException e) {
            errors.putAll(e.errors());
        }
        if (key != null) {
            String kid = key.getKeyID();
            if (kid.equals(signing.own().getKeyID())) {
                errors.put("jwk", "This is this partnership's own key: import the partner MARAC's key");
            } else {
                jdbc.sql("SELECT name FROM marac_partner WHERE key_id = ?").param(kid).query(String.class).optional()
                        .ifPresent(other -> errors.put("jwk", "This key is already imported, as " + other));
            }
        }
        InvalidInputException.refuseIfAny(errors);
        MaracPartnerId id = MaracPartnerId.random();
        jdbc.sql("INSERT INTO marac_partner (id, name, key_id, public_jwk, added_by) VALUES (?, ?, ?, ?, ?)")
                .params(id.value(), n, key.getKeyID(), key.toJSONString(), Roles.actor().actorId()).update();
        audit.record(AuditAction.CREATE, "marac-partner", List.of(id.toString(), key.getKeyID()), "key imported");
        return partner(id).orElseThrow();
    }

    MaracPartner revokePartner(MaracPartnerId id) {
        requireAdmin();
        MaracPartner p = partner(id).orElseThrow(() -> new NoSuchElementException("No such partner"));
        jdbc.sql("UPDATE marac_partner SET revoked_at = now(), revoked_by = ? WHERE id = ? AND revoked_at IS NULL")
                .params(Roles.actor().actorId(), id.value()).update();
        audit.record(AuditAction.UPDATE, "marac-partner", List.of(id.toString(), p.keyId()), "key revoked");
        return partner(id).orElseThrow();
    }
}
