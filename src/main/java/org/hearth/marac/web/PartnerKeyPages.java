package org.hearth.marac.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.audit.NotAudited;
import org.hearth.marac.MaracPartnerId;
import org.hearth.marac.MaracTransfers;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.web.Downloads;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * MARAC partner keys for system administrators: this partnership's public key (JWK) to give to partner MARACs, the
 * partner MARACs' public keys imported (Hearth never fetches keys), and revoking one.
 */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class PartnerKeyPages {

    private final MaracTransfers transfers;

    PartnerKeyPages(MaracTransfers transfers) {
        this.transfers = transfers;
    }

    @GetMapping("/marac/partners")
    @NotAudited("public keys and MARAC names: no person data; MaracTransfers audits exports, imports and revocations")
    String list(Model model) {
        return page(null, null, Map.of(), model);
    }

    private String page(String name, String jwk, Map<String, String> errors, Model model) {
        model.addAttribute("partners", transfers.partners());
        model.addAttribute("keyId", transfers.keyId());
        model.addAttribute("name", name);
        model.addAttribute("jwk", jwk);
        model.addAttribute("errors", errors);
        model.addAttribute("jwkHint", "The partner's public key as JSON (a JWK: key type EC, curve P-256), as their"
                + " Hearth exports it");
        return "marac/partners";
    }

    @GetMapping("/marac/partners/own-key.jwk")
    @NotAudited("MaracTransfers.publicJwk audits the export; a public key is no secret")
    ResponseEntity<byte[]> ownKey() {
        return Downloads.attachment(new MediaType("application", "jwk+json"), "hearth-marac-public-key.jwk",
                transfers.publicJwk().getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/marac/partners")
    @NotAudited("MaracTransfers.importPartner audits the import with the partner's id and key id")
    String importKey(@RequestParam(required = false) String name, @RequestParam(required = false) String jwk,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            var partner = transfers.importPartner(name, jwk);
            redirect.addFlashAttribute("success", "Key imported for " + partner.name() + " (key id "
                    + partner.keyId() + "). Check the key id with them by telephone before receiving a transfer.");
            return "redirect:/marac/partners";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(name, jwk, e.errors(), model);
        }
    }

    @PostMapping("/marac/partners/{id}/revoke")
    @Audited(action = AuditAction.UPDATE, recordType = "marac-partner", ids = "#id", reason = "'revoked'")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            var partner = transfers.revokePartner(new MaracPartnerId(id));
            redirect.addFlashAttribute("success", partner.name() + "'s key was revoked: files it signs are refused.");
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/marac/partners";
    }
}
