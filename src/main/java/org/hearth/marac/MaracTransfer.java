package org.hearth.marac;

import java.time.Instant;

/**
 * A case sent to another MARAC ({@link Direction#OUT}) or received from one ({@link Direction#IN}).
 *
 * @param transferId the id the signed file carries (a file is received once)
 * @param referral out: the case sent; in: the referral to MARAC receiving it made
 * @param otherMarac out: the receiving MARAC's name; in: the sending MARAC's ("Transferred from ...")
 * @param partner the partner whose key verified the file (in) or who receives it (out); null for a MARAC of this
 *     partnership
 * @param marac the receiving MARAC when it is one of this partnership's (out), else null
 */
public record MaracTransfer(MaracTransferId id, Direction direction, java.util.UUID transferId,
        MaracReferralId referral, String reference, String otherMarac, MaracPartnerId partner, MaracId marac,
        String reason, Instant madeAt, String madeBy) {

    public enum Direction { OUT, IN }
}
