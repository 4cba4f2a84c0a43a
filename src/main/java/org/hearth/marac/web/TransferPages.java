package org.hearth.marac.web;

import org.hearth.platform.Dates;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.audit.NotAudited;
import org.hearth.marac.Marac;
import org.hearth.marac.MaracId;
import org.hearth.marac.MaracPartner;
import org.hearth.marac.MaracPartnerId;
import org.hearth.marac.MaracReferral;
import org.hearth.marac.MaracReferralId;
import org.hearth.marac.MaracReferrals;
import org.hearth.marac.MaracTransfer;
import org.hearth.marac.MaracTransferId;
import org.hearth.marac.MaracTransfers;
import org.hearth.marac.Maracs;
import org.hearth.marac.ReceivedTransfer;
import org.hearth.marac.TransferPackage;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.web.Downloads;
import org.hearth.platform.web.Option;
import org.hearth.platform.web.SummaryRow;
import org.hearth.risk.MaracCriterion;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Transfers between MARACs for hub/MARAC coordinators: sending a case to another MARAC (a partner MARAC or one of
 * this partnership's), its PDF pack and signed file; receiving a signed file (checked, shown, then accepted).
 */
@Controller
@PreAuthorize("hasRole('HUB_COORDINATOR')")
class TransferPages {

    static final String FILE_HINT = "The .jws file another MARAC sent you";

    private final MaracTransfers transfers;
    private final MaracReferrals referrals;
    private final Maracs maracs;

    TransferPages(MaracTransfers transfers, MaracReferrals referrals, Maracs maracs) {
        this.transfers = transfers;
        this.referrals = referrals;
        this.maracs = maracs;
    }

    /** A transfer as the list shows it. */
    record Row(String id, String direction, String reference, String otherMarac, String madeOn, String madeBy) {
    }

    @GetMapping("/marac/transfers")
    @NotAudited("references and MARAC names only; opening a transfer is audited with its people")
    String list(Model model) {
        model.addAttribute("rows", transfers.all().stream().map(t -> new Row(t.id().toString(),
                t.direction() == MaracTransfer.Direction.OUT ? "Sent to" : "Received from", t.reference(),
                t.otherMarac(), Dates.DAY.format(t.madeAt().atZone(org.hearth.platform.Dates.UK)), t.madeBy()))
                .toList());
        return "marac/transfers";
    }

    // ------------------------------------------------------------------------------------------- transfer out

    @GetMapping("/marac/referrals/{id}/transfer")
    @Audited(action = AuditAction.READ, recordType = "marac-referral", ids = "#id", reason = "'transfer form'")
    String transferForm(@PathVariable UUID id, Model model) {
        MaracReferral r = referrals.find(new MaracReferralId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return transferPage(r, null, null, Map.of(), model);
    }

    private String transferPage(MaracReferral r, String to, String reason, Map<String, String> errors, Model model) {
        model.addAttribute("referral", r);
        model.addAttribute("transferredOn", r.transferredOn() == null ? null : Dates.DAY.format(r.transferredOn()));
        model.addAttribute("errors", errors);
        model.addAttribute("to", to);
        model.addAttribute("reason", reason);
        List<Option> choices = new ArrayList<>();
        for (MaracPartner p : transfers.partners()) {
            if (!p.revoked()) {
                choices.add(Option.hinted("partner:" + p.id(), p.name(), "Partner MARAC (another partnership): they"
                        + " receive the PDF pack and the signed file from you"));
            }
        }
        for (Marac m : maracs.all()) {
            if (!m.id().equals(r.marac())) {
                choices.add(Option.hinted("marac:" + m.id(), m.name(), "A MARAC of this partnership: it receives the"
                        + " case at once"));
            }
        }
        model.addAttribute("choices", choices);
        model.addAttribute("reasonHint", "For example: the victim has moved to the area permanently. Do not give the"
                + " new address.");
        return "marac/transfer-out";
    }

    @PostMapping("/marac/referrals/{id}/transfer")
    @Audited(action = AuditAction.CREATE, recordType = "marac-transfer", ids = "#id", reason = "'transfer out'")
    String transferOut(@PathVariable UUID id, @RequestParam(required = false) String to,
            @RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
        MaracReferralId referral = new MaracReferralId(id);
        MaracPartnerId partner = null;
        MaracId marac = null;
        try {
            if (to != null && to.startsWith("partner:")) {
                partner = new MaracPartnerId(UUID.fromString(to.substring("partner:".length())));
            } else if (to != null && to.startsWith("marac:")) {
                marac = new MaracId(UUID.fromString(to.substring("marac:".length())));
            }
        } catch (IllegalArgumentException e) {
            partner = null;
            marac = null;
        }
        try {
            MaracTransfer t = transfers.transferOut(referral, partner, marac, reason);
            return "redirect:/marac/transfers/" + t.id() + "?sent";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            MaracReferral r = referrals.find(referral).orElseThrow();
            return transferPage(r, to, reason, e.errors(), model);
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    // ------------------------------------------------------------------------------------------ one transfer

    @GetMapping("/marac/transfers/{id}")
    @Audited(action = AuditAction.READ, recordType = "marac-transfer", ids = "#id")
    String transfer(@PathVariable UUID id, @RequestParam(required = false) String sent,
            @RequestParam(required = false) String received, Model model) {
        MaracTransferId tid = new MaracTransferId(id);
        MaracTransfer t = transfers.find(tid).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("transfer", t);
        model.addAttribute("out", t.direction() == MaracTransfer.Direction.OUT);
        model.addAttribute("transferredOn", Dates.DAY.format(t.madeAt().atZone(org.hearth.platform.Dates.UK)));
        model.addAttribute("banner", sent != null ? "Case transferred. Send the receiving MARAC the PDF pack and the"
                + " signed file below, by secure email." : received != null ? "Transfer received: the case is on the"
                + " receiving MARAC's list, its origin shown on the agenda." : null);
        try {
            contents(transfers.contents(tid), model);
        } catch (NoSuchElementException e) {
            // its file named a person since erased under the retention schedule: only its fingerprint is kept
            model.addAttribute("erased", true);
        }
        return "marac/transfer";
    }

    /** What a transfer file holds, as summary rows and tables, for the transfer's page and the preview. */
    static void contents(TransferPackage p, Model model) {
        TransferPackage.Case c = p.caseSummary();
        model.addAttribute("contents", p);
        model.addAttribute("caseRows", List.of(
                new SummaryRow("From", p.fromMarac() + " (" + p.fromPartnership() + ")"),
                new SummaryRow("Sent by", p.fromCoordinator()),
                new SummaryRow("To", p.toMarac()),
                new SummaryRow("Sent on", day(p.sentOn())),
                new SummaryRow("Reason", blank(p.reason())),
                new SummaryRow("Their reference", c.reference()),
                new SummaryRow("Referred to MARAC on", day(c.referredOn())),
                new SummaryRow("Criteria met", String.join(", ", c.criteria().stream().map(TransferPages::criterion)
                        .toList())),
                new SummaryRow("Evidence", blank(c.evidence())),
                new SummaryRow("Latest risk score", c.riskScore() == null ? "Not assessed" : c.riskScore().toString()),
                new SummaryRow("Repeat", c.repeat() ? "Yes" + (c.repeatOf() == null ? "" : ", of " + c.repeatOf()) : "No"),
                new SummaryRow("Consent", c.consent() + (c.lawfulBasis() == null ? "" : ", lawful basis "
                        + c.lawfulBasis()))));
        model.addAttribute("riskRows", p.riskHistory().stream().map(a -> List.of(day(a.assessedOn()),
                String.valueOf(a.score()), blank(a.grade()))).toList());
        model.addAttribute("referralRows", p.referrals().stream().map(r -> List.of(r.reference(), day(r.referredOn()),
                blank(r.marac()), r.meetingOn() == null ? "Not yet heard" : day(r.meetingOn()),
                r.repeat() ? "Yes" : "No")).toList());
        model.addAttribute("minutesRows", p.minutes().stream().map(m -> List.of(m.reference(),
                blank(m.marac()) + ", " + day(m.meetingOn()), blank(m.outcome()), blank(m.idvaUpdate()),
                blank(m.minutes()))).toList());
        model.addAttribute("actionRows", p.actions().stream().map(a -> List.of(a.reference(), blank(a.subject()),
                blank(a.description()), blank(a.risk()), blank(a.ownerAgency()), day(a.dueOn()),
                "DONE".equals(a.state()) ? "Done " + day(a.doneOn()) : blank(a.state()))).toList());
    }

    static String criterion(String name) {
        try {
            return MaracCriterion.Kind.valueOf(name).label();
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    static String day(java.time.LocalDate d) {
        return d == null ? "Not known" : Dates.DAY.format(d);
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? "Not recorded" : s;
    }

    @GetMapping("/marac/transfers/{id}/pack.pdf")
    @Audited(action = AuditAction.EXPORT, recordType = "marac-transfer", ids = "#id", reason = "'PDF pack'")
    ResponseEntity<byte[]> pack(@PathVariable UUID id) {
        byte[] pdf;
        try {
            pdf = transfers.pack(new MaracTransferId(id));
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return Downloads.attachment(MediaType.APPLICATION_PDF, "marac-transfer-" + id + ".pdf", pdf);
    }

    @GetMapping("/marac/transfers/{id}/file.jws")
    @Audited(action = AuditAction.EXPORT, recordType = "marac-transfer", ids = "#id", reason = "'signed file'")
    ResponseEntity<byte[]> file(@PathVariable UUID id) {
        String jws;
        try {
            jws = transfers.signedFile(new MaracTransferId(id));
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return Downloads.attachment(new MediaType("application", "jose"), "marac-transfer-" + id + ".jws",
                jws.getBytes(StandardCharsets.US_ASCII));
    }

    // -------------------------------------------------------------------------------------------- transfer in

    @GetMapping("/marac/transfers/receive")
    @NotAudited("an empty upload form")
    String receiveForm(Model model) {
        model.addAttribute("errors", Map.of());
        model.addAttribute("fileHint", FILE_HINT);
        return "marac/transfer-receive";
    }

    @PostMapping("/marac/transfers/receive")
    @NotAudited("MaracTransfers.read audits the people the file is matched to; nothing is saved")
    String receive(@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        String text = file == null || file.isEmpty() ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
        try {
            return preview(transfers.read(text), text, Map.of(), model);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", e.errors());
            model.addAttribute("fileHint", FILE_HINT);
            return "marac/transfer-receive";
        }
    }

    private String preview(ReceivedTransfer received, String file, Map<String, String> errors, Model model) {
        contents(received.contents(), model);
        model.addAttribute("received", received);
        model.addAttribute("verifiedText", "The signature holds: the file was signed with the key of "
                + received.signedBy() + " (key id " + received.keyId() + ") and has not been changed since.");
        model.addAttribute("maracHint", "It goes on that MARAC's next meeting with room, shown as transferred from "
                + received.contents().fromMarac() + ".");
        model.addAttribute("file", file);
        model.addAttribute("errors", errors);
        List<List<String>> people = new ArrayList<>();
        people.add(personRow("Victim", received.victim()));
        received.perpetrators().forEach(m -> people.add(personRow("Perpetrator", m)));
        model.addAttribute("peopleRows", people);
        model.addAttribute("maracChoices", maracs.all().stream().map(m -> new Option(m.id().toString(), m.name()))
                .toList());
        return "marac/transfer-preview";
    }

    private static List<String> personRow(String role, ReceivedTransfer.PersonMatch m) {
        TransferPackage.Person p = m.person();
        return List.of(role, p.name(), p.dateOfBirth() == null ? "Not known" : day(p.dateOfBirth()),
                m.matched() ? "Already known: linked to " + m.existingName() + "'s record"
                        : "Not clearly known: a new record is made (possible matches go to the hub)");
    }

    @PostMapping("/marac/transfers/accept")
    @NotAudited("MaracTransfers.accept audits the referral and transfer it makes with every person's id")
    String accept(@RequestParam(required = false) String file, @RequestParam(required = false) String marac,
            Model model, HttpServletResponse response) {
        MaracId to = null;
        try {
            to = marac == null || marac.isBlank() ? null : new MaracId(UUID.fromString(marac.strip()));
        } catch (IllegalArgumentException e) {
            to = null;
        }
        try {
            MaracTransfer t = transfers.accept(file, to);
            return "redirect:/marac/transfers/" + t.id() + "?received";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            try {
                return preview(transfers.read(file), file, e.errors(), model);
            } catch (InvalidInputException unreadable) {
                model.addAttribute("errors", unreadable.errors());
                model.addAttribute("fileHint", FILE_HINT);
                return "marac/transfer-receive";
            }
        }
    }
}
