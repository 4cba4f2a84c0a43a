package org.hearth.marac.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.marac.MaracId;
import org.hearth.marac.MaracPartner;
import org.hearth.marac.MaracPartnerId;
import org.hearth.marac.MaracReferralId;
import org.hearth.marac.MaracTransfer;
import org.hearth.marac.MaracTransferId;
import org.hearth.marac.MaracTransfers;
import org.hearth.marac.ReceivedTransfer;
import org.hearth.marac.TransferPackage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MARAC-to-MARAC transfers, each call in one transaction: the partner keys ({@link MaracPartnerKeys}), a case sent
 * ({@link OutgoingTransfers}), a file received ({@link IncomingTransfers}) and the transfers on record
 * ({@link TransferRecords}). Each part checks who may call it.
 */
@Service
@Transactional
class JdbcMaracTransfers implements MaracTransfers {

    private final MaracPartnerKeys keys;
    private final OutgoingTransfers outgoing;
    private final IncomingTransfers incoming;
    private final TransferRecords records;

    JdbcMaracTransfers(MaracPartnerKeys keys, OutgoingTransfers outgoing, IncomingTransfers incoming,
            TransferRecords records) {
        this.keys = keys;
        this.outgoing = outgoing;
        this.incoming = incoming;
        this.records = records;
    }

    @Override
    public String publicJwk() {
        return keys.publicJwk();
    }

    @Override
    public String keyId() {
        return keys.keyId();
    }

    @Override
    @Transactional(readOnly = true)
    public List<MaracPartner> partners() {
        return keys.partners();
    }

    @Override
    public MaracPartner importPartner(String name, String jwk) {
        return keys.importPartner(name, jwk);
    }

    @Override
    public MaracPartner revokePartner(MaracPartnerId id) {
        return keys.revokePartner(id);
    }

    @Override
    public MaracTransfer transferOut(MaracReferralId referralId, MaracPartnerId partnerId, MaracId maracId,
            String reason) {
        return outgoing.transferOut(referralId, partnerId, maracId, reason);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MaracTransfer> find(MaracTransferId id) {
        return records.find(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MaracTransfer> all() {
        return records.all();
    }

    @Override
    @Transactional(readOnly = true)
    public TransferPackage contents(MaracTransferId id) {
        return records.contents(id);
    }

    @Override
    @Transactional(readOnly = true)
    public String signedFile(MaracTransferId id) {
        return records.signedFile(id);
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] pack(MaracTransferId id) {
        return records.pack(id);
    }

    @Override
    @Transactional(readOnly = true)
    public ReceivedTransfer read(String file) {
        return incoming.read(file);
    }

    @Override
    public MaracTransfer accept(String file, MaracId marac) {
        return incoming.accept(file, marac);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<MaracReferralId, String> origins(Collection<MaracReferralId> ids) {
        return records.origins(ids);
    }
}
