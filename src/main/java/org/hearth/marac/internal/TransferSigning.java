package org.hearth.marac.internal;

import com.nimbusds.jose.Header;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import java.security.GeneralSecurityException;
import java.text.ParseException;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.hearth.platform.HearthSecretKey;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.SecretSeal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signs and verifies MARAC transfer files: compact JWS, ES256 (ECDSA on P-256), the key named by its JWK thumbprint
 * ({@code kid}). This partnership's key pair is made once and kept in {@code marac_signing_key}, the private key
 * sealed with AES-256-GCM ({@link SecretSeal}) under a key derived from Hearth's secret key
 * ({@code HEARTH_SECRET_KEY}) and bound to its key id, the same way second-factor secrets are kept (a copy of the
 * database alone cannot sign).
 */
@Component
class TransferSigning {

    /** The JWS {@code typ} of a transfer file. */
    static final JOSEObjectType TYPE = new JOSEObjectType("hearth-marac-transfer+jws");
    /** Larger files are refused before parsing (a transfer of a long history is tens of kilobytes). */
    static final int MAX_FILE_CHARS = 2_000_000;

    private final JdbcClient jdbc;
    private final SecretKey sealKey;

    TransferSigning(JdbcClient jdbc, HearthSecretKey secret) {
        this.jdbc = jdbc;
        this.sealKey = new SecretKeySpec(secret.derive("marac-transfer-signing-key"), "AES");
    }

    /** This partnership's key pair, made (and stored) on first use; two first uses at once store one. */
    ECKey own() {
        Optional<ECKey> found = load();
        if (found.isPresent()) {
            return found.get();
        }
        try {
            ECKey key = new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
            jdbc.sql("""
                    INSERT INTO marac_signing_key (key_id, public_jwk, private_jwk_sealed) VALUES (?, ?, ?)
                    ON CONFLICT DO NOTHING""")
                    .params(key.getKeyID(), key.toPublicJWK().toJSONString(), seal(key.toJSONString(), key.getKeyID()))
                    .update();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not make the MARAC transfer signing key", e);
        }
        return load().orElseThrow();
    }

    /** This partnership's key pair if made yet (never makes one: for read-only work). */
    Optional<ECKey> ownIfMade() {
        return load();
    }

    private Optional<ECKey> load() {
        return jdbc.sql("SELECT key_id, private_jwk_sealed FROM marac_signing_key WHERE current")
                .query((rs, n) -> parsePrivate(open(rs.getString("private_jwk_sealed"), rs.getString("key_id"))))
                .optional();
    }

    private static ECKey parsePrivate(String json) {
        try {
            return ECKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("The stored MARAC signing key does not parse");
        }
    }

    /** {@code payload} signed with this partnership's key, as a compact JWS. */
    String sign(String payload) {
        ECKey key = own();
        try {
            JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).type(TYPE)
                    .contentType("application/json").build(), new Payload(payload));
            jws.sign(new ECDSASigner(key));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a MARAC transfer file", e);
        }
    }

    /** A compact JWS as received, before its key is known. */
    record Parsed(JWSObject jws, String keyId) {
    }

    /**
     * Parses a received file.
     *
     * @throws InvalidInputException (field {@code file}) for an empty, oversized, unsigned or unreadable file
     */
    static Parsed parse(String file) {
        String text = file == null ? "" : file.strip();
        if (text.isEmpty()) {
            throw InvalidInputException.of("file", "Choose the signed transfer file (.jws) the sending MARAC sent");
        }
        if (text.length() > MAX_FILE_CHARS) {
            throw InvalidInputException.of("file", "The file is too large to be a MARAC transfer file");
        }
        if (text.startsWith("{") || text.startsWith("[")) {
            throw InvalidInputException.of("file", "The file is not signed, so it was refused: ask the sending MARAC"
                    + " for the signed transfer file (.jws), not the JSON inside it");
        }
        String[] parts = text.split("\\.", -1);
        boolean plain = false;
        if (parts.length == 3) {
            try {
                plain = Header.parse(new Base64URL(parts[0])) instanceof PlainHeader;
            } catch (ParseException | IllegalArgumentException e) {
                // not a header: reported below
            }
        }
        if (plain) {
            throw InvalidInputException.of("file", "The file is not signed (its signature algorithm is"
                    + " \"none\"), so it was refused: ask the sending MARAC for a signed transfer file");
        }
        JWSObject jws;
        try {
            jws = JWSObject.parse(text);
        } catch (ParseException | IllegalArgumentException e) {
            throw InvalidInputException.of("file", "This is not a signed MARAC transfer file (a JSON Web Signature):"
                    + " check you chose the .jws file the sending MARAC sent");
        }
        if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())) {
            throw InvalidInputException.of("file", "The file is signed with " + jws.getHeader().getAlgorithm()
                    + ", which Hearth does not accept for transfers (ES256 only), so it was refused");
        }
        String kid = jws.getHeader().getKeyID();
        if (kid == null || kid.isBlank()) {
            throw InvalidInputException.of("file", "The file does not name the key it was signed with, so it cannot"
                    + " be checked and was refused");
        }
        return new Parsed(jws, kid);
    }

    /** Whether the signature holds for this public key (false: the file was altered, or signed by another key). */
    static boolean verifies(JWSObject jws, ECKey publicKey) {
        try {
            return jws.verify(new ECDSAVerifier(publicKey.toPublicJWK()));
        } catch (JOSEException e) {
            return false;
        }
    }

    /**
     * A partner's public key as imported: an EC P-256 public JWK; its id is its thumbprint (whatever kid it says).
     *
     * @throws InvalidInputException (field {@code jwk}) for anything else
     */
    static ECKey publicKey(String json) {
        JWK jwk;
        try {
            jwk = JWK.parse(json == null ? "" : json.strip());
        } catch (ParseException | RuntimeException e) { // the library throws a NullPointerException on "null"
            throw InvalidInputException.of("jwk", "Paste the partner's public key as a JWK (JSON, as Hearth exports"
                    + " it: {\"kty\":\"EC\",\"crv\":\"P-256\",...})");
        }
        if (!(jwk instanceof ECKey ec) || !Curve.P_256.equals(ec.getCurve())) {
            throw InvalidInputException.of("jwk", "The key must be an EC key on the P-256 curve (ES256), as Hearth"
                    + " exports it");
        }
        if (ec.isPrivate()) {
            throw InvalidInputException.of("jwk", "This is a private key: it was not imported. Ask the partner for"
                    + " their public key only, and tell them their private key has been shared");
        }
        try {
            return new ECKey.Builder(ec).keyID(ec.computeThumbprint().toString()).build();
        } catch (JOSEException e) {
            throw InvalidInputException.of("jwk", "The key could not be read");
        }
    }

    static ECKey parsePublic(String json) {
        try {
            return ECKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("A stored partner key does not parse");
        }
    }

    private String seal(String plain, String owner) {
        try {
            return SecretSeal.seal(sealKey, plain, owner);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal the signing key", e);
        }
    }

    private String open(String stored, String owner) {
        try {
            return SecretSeal.open(sealKey, stored, owner);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The MARAC signing key does not decrypt with this secret key (key "
                    + owner + ")");
        }
    }
}
