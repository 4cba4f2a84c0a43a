package org.hearth.marac.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.hearth.audit.NotAudited;
import org.hearth.marac.MaracPartner;
import org.hearth.marac.MaracPartnerId;
import org.hearth.marac.MaracTransfers;
import org.hearth.marac.ReceivedTransfer;
import org.hearth.marac.TransferPackage;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * MARAC transfer keys for administrators ({@code /api/marac/signing-key}, {@code /api/marac/partners}) and checking a
 * transfer file for coordinators ({@code POST /api/marac/transfers/verify}, the compact JWS as the body): what it
 * holds, or problem details naming field {@code file}.
 */
@RestController
@NotAudited("MaracTransfers audits every export, import, revocation and file read, with the people's ids")
class TransferApi {

    private final MaracTransfers transfers;

    TransferApi(MaracTransfers transfers) {
        this.transfers = transfers;
    }

    record PartnerView(String id, String name, String keyId, String addedAt, String revokedAt) {
        static PartnerView of(MaracPartner p) {
            return new PartnerView(p.id().toString(), p.name(), p.keyId(), p.addedAt().toString(),
                    p.revokedAt() == null ? null : p.revokedAt().toString());
        }
    }

    record PartnerRequest(String name, Object jwk) {
    }

    @GetMapping(value = "/api/marac/signing-key", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String signingKey() {
        return transfers.publicJwk();
    }

    @GetMapping("/api/marac/partners")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    List<PartnerView> partners() {
        return transfers.partners().stream().map(PartnerView::of).toList();
    }

    @PostMapping("/api/marac/partners")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    ResponseEntity<PartnerView> importPartner(@RequestBody PartnerRequest body) {
        String jwk = body.jwk() == null ? null : body.jwk() instanceof String s ? s : json(body.jwk());
        MaracPartner p = transfers.importPartner(body.name(), jwk);
        return ResponseEntity.created(URI.create("/api/marac/partners/" + p.id())).body(PartnerView.of(p));
    }

    private static String json(Object value) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(value);
    }

    @PostMapping("/api/marac/partners/{id}/revoke")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    PartnerView revoke(@PathVariable UUID id) {
        return PartnerView.of(transfers.revokePartner(new MaracPartnerId(id)));
    }

    /** What a verified file holds and who its people will be. */
    record Verified(String signedBy, String keyId, TransferPackage contents, String victimExistingId,
            List<String> perpetratorExistingIds, String alreadyReceivedAs) {
    }

    @PostMapping("/api/marac/transfers/verify")
    @PreAuthorize("hasRole('HUB_COORDINATOR')")
    Verified verify(@RequestBody(required = false) String file) {
        ReceivedTransfer r = transfers.read(file);
        return new Verified(r.signedBy(), r.keyId(), r.contents(),
                r.victim().matched() ? r.victim().existing().toString() : null,
                r.perpetrators().stream().map(m -> m.matched() ? m.existing().toString() : null).toList(),
                r.alreadyReceivedAs());
    }

}
