package org.hearth.encompass.web;

import java.util.List;
import java.util.UUID;
import org.hearth.audit.NotAudited;
import org.hearth.encompass.Encompass;
import org.hearth.encompass.EncompassNotification;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The key adult's notifications as JSON (signed-in session): their own school's only. */
@RestController
@RequestMapping("/api/establishment/notifications")
@PreAuthorize("hasRole('ESTABLISHMENT_CONTACT')")
@NotAudited("Encompass.mine audits every notification it returns")
class EstablishmentApi {

    private final Encompass encompass;

    EstablishmentApi(Encompass encompass) {
        this.encompass = encompass;
    }

    @GetMapping
    List<EncompassNotification> list() {
        return encompass.mine();
    }

    @GetMapping("/{id}")
    EncompassNotification one(@PathVariable UUID id) {
        return encompass.mine(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
