package org.hearth.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.ApiClient;
import org.hearth.access.ApiClientId;
import org.hearth.access.ApiClientPrincipal;
import org.hearth.access.ApiClients;
import org.hearth.access.ApiScope;
import org.hearth.platform.InvalidInputException;
import org.hearth.access.StaffPrincipal;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.partnership.AgencyId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API clients in PostgreSQL. A token is {@code hearth_} followed by 32 random bytes (256 bits) from
 * {@link SecureRandom}, base64url-encoded. Only its SHA-256 hash is stored. A fast unsalted hash is right here,
 * unlike for passwords: salts and slow hashes (bcrypt, Argon2) defend low-entropy secrets against guessing,
 * but a 256-bit random token cannot be guessed or found by brute force from its hash, and a fast hash lets
 * every API request look its token up by an indexed equality match instead of checking a slow hash per client.
 */
@Service
@Transactional
class JdbcApiClients implements ApiClients {

    static final String PREFIX = "hearth_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Duration lifetime;

    JdbcApiClients(JdbcClient jdbc, AuditTrail audit,
            @Value("${hearth.api.token-lifetime:P365D}") Duration lifetime) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.lifetime = lifetime;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApiClient> all() {
        return jdbc.sql("""
                SELECT c.*, u.display_name AS created_by_name FROM api_client c
                LEFT JOIN staff_user u ON u.id = c.created_by
                ORDER BY c.revoked_at IS NOT NULL, lower(c.name)""").query(JdbcApiClients::map).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ApiClient> find(ApiClientId id) {
        return jdbc.sql("""
                SELECT c.*, u.display_name AS created_by_name FROM api_client c
                LEFT JOIN staff_user u ON u.id = c.created_by WHERE c.id = ?""")
                .param(id.value()).query(JdbcApiClients::map).optional();
    }

    @Override
    public Created create(String name, AgencyId agency, Set<ApiScope> scopes) {
        if (name == null || name.isBlank()) {
            throw InvalidInputException.of("name", "Enter a name for the client");
        }
        if (name.trim().length() > 100) {
            throw InvalidInputException.of("name", "Name must be 100 characters or fewer");
        }
        if (agency == null) {
            throw InvalidInputException.of("agency", "Select the agency the client acts for");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw InvalidInputException.of("scopes", "Select at least one thing the client may do");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiClientId id = ApiClientId.random();
        try {
            jdbc.sql("""
                    INSERT INTO api_client (id, name, agency_id, scopes, token_hash, token_hint, created_by,
                        expires_at)
                    VALUES (?, ?, ?, CAST(? AS text[]), ?, ?, ?, now() + make_interval(secs => ?))""")
                    .params(id.value(), name.trim(), agency.value(),
                            "{" + String.join(",", scopes.stream().map(ApiScope::value).sorted().toList()) + "}",
                            hash(token), token.substring(0, PREFIX.length() + 6), staff().id().value(),
                            lifetime.toSeconds())
                    .update();
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("name", "There is already an active client with this name");
        }
        audit.record(AuditAction.CREATE, "api_client", List.of(id.toString()), "scopes " + scopes);
        return new Created(find(id).orElseThrow(), token);
    }

    @Override
    public void revoke(ApiClientId id) {
        int n = jdbc.sql("UPDATE api_client SET revoked_at = now(), revoked_by = ? WHERE id = ? AND revoked_at IS NULL")
                .params(staff().id().value(), id.value()).update();
        if (n > 0) {
            audit.record(AuditAction.UPDATE, "api_client", List.of(id.toString()), "token revoked");
        }
    }

    @Override
    public Optional<ApiClientPrincipal> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        Optional<ApiClientPrincipal> client = jdbc.sql("""
                UPDATE api_client SET last_used_at = now()
                WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > now()
                RETURNING id, name, agency_id, scopes""")
                .param(hash(token))
                .query((rs, n) -> new ApiClientPrincipal(new ApiClientId(rs.getObject("id", UUID.class)),
                        rs.getString("name"), new AgencyId(rs.getObject("agency_id", UUID.class)),
                        scopes(rs.getArray("scopes"))))
                .optional();
        return client;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StaffPrincipal staff() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof StaffPrincipal p) {
            return p;
        }
        throw new AccessDeniedException("Only staff manage API clients");
    }

    private static Set<ApiScope> scopes(Array array) throws SQLException {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        Arrays.stream((String[]) array.getArray()).map(ApiScope::of).flatMap(Optional::stream).forEach(scopes::add);
        return scopes;
    }

    private static ApiClient map(ResultSet rs, int n) throws SQLException {
        Timestamp used = rs.getTimestamp("last_used_at");
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new ApiClient(new ApiClientId(rs.getObject("id", UUID.class)), rs.getString("name"),
                new AgencyId(rs.getObject("agency_id", UUID.class)), scopes(rs.getArray("scopes")),
                rs.getString("token_hint"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by_name"), used == null ? null : used.toInstant(),
                revoked == null ? null : revoked.toInstant(), rs.getTimestamp("expires_at").toInstant());
    }

}
