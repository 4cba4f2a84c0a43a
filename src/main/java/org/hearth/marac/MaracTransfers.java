package org.hearth.marac;

import java.util.List;
import java.util.Optional;
import org.hearth.platform.InvalidInputException;

/**
 * Transfers of cases between MARACs (SafeLives' MARAC-to-MARAC process: a victim moves area). Transfer out makes a
 * PDF pack for people and a machine-readable file signed (JWS, ES256) with this partnership's key; transfer in
 * verifies such a file against the partner keys an administrator imported (Hearth never fetches keys), shows what
 * it holds and, when accepted, creates the referral to MARAC with its history and origin. See docs/marac.md.
 *
 * <p>Keys: system administrators. Transfers: hub/MARAC coordinators. Every read and write is audited with the ids of
 * the people concerned.
 */
public interface MaracTransfers {

    /** This partnership's public key as a JWK (JSON), made with its private key on first use. Administrators. */
    String publicJwk();

    /** The key id (JWK thumbprint) of this partnership's key. Administrators and coordinators. */
    String keyId();

    /** Partner MARACs' keys, revoked ones too, by name. Administrators and coordinators. */
    List<MaracPartner> partners();

    /**
     * Imports a partner MARAC's public key (a public EC P-256 JWK, as {@link #publicJwk} gives). Administrators.
     *
     * @throws InvalidInputException {@code name} blank or too long; {@code jwk} not a public EC P-256 key, a private
     *     key, already imported, or this partnership's own key
     */
    MaracPartner importPartner(String name, String jwk);

    /** Revokes a partner's key: files it signs are refused from now on. Administrators. */
    MaracPartner revokePartner(MaracPartnerId id);

    /**
     * Sends a case to another MARAC: to a partner (its imported key, not revoked) or to a MARAC of this partnership
     * (which receives it at once, as a referral with its origin). Coordinators.
     *
     * @throws InvalidInputException {@code to} missing, unknown, revoked or the case's own MARAC; {@code reason} too
     *     long
     * @throws java.util.NoSuchElementException for an unknown referral
     */
    MaracTransfer transferOut(MaracReferralId referral, MaracPartnerId partner, MaracId marac, String reason);

    /** A transfer, for coordinators. */
    Optional<MaracTransfer> find(MaracTransferId id);

    /** Transfers out and in, newest first, for coordinators. */
    List<MaracTransfer> all();

    /** What a transfer holds (the signed payload), for coordinators; audited with the people's ids. */
    TransferPackage contents(MaracTransferId id);

    /** The signed file (compact JWS) of a transfer, for coordinators; audited as an export with the people's ids. */
    String signedFile(MaracTransferId id);

    /** The PDF pack of a transfer, for coordinators; each page "OFFICIAL-SENSITIVE"; audited as an export. */
    byte[] pack(MaracTransferId id);

    /**
     * Verifies a received file and says what it holds, saving nothing. Coordinators.
     *
     * @throws InvalidInputException (field {@code file}) for a file that is not a signed transfer file, unsigned,
     *     altered since signing, signed by a key not imported or revoked
     */
    ReceivedTransfer read(String file);

    /**
     * Verifies the file again and creates the referral to MARAC with its origin ("Transferred from ..."), linking
     * people to existing records when they clearly match, else making new ones; lists it on the receiving MARAC's
     * next meeting with room. All or nothing. Coordinators.
     *
     * @throws InvalidInputException field {@code file} as {@link #read}, or already received; field {@code marac}
     *     for an unknown MARAC
     */
    MaracTransfer accept(String file, MaracId marac);

    /** For the agenda: "Transferred from ..." by referral, for the referrals of {@code referrals} received so. */
    java.util.Map<MaracReferralId, String> origins(java.util.Collection<MaracReferralId> referrals);
}
