package org.hearth.referrals.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.audit.NotAudited;
import org.hearth.platform.web.ApiProblems.FieldProblem;
import org.hearth.referrals.AbuseType;
import org.hearth.referrals.DuplicatePoliceReferenceException;
import org.hearth.referrals.Referral;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.ReferralSource;
import org.hearth.referrals.Referrals;
import org.hearth.referrals.TriageOutcome;
import org.hearth.referrals.internal.IncomingReferral;
import org.hearth.referrals.internal.IdempotentIntake;
import org.hearth.referrals.internal.Intake;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The systems' door: {@code POST /api/referrals} with an API token holding {@code referrals:write}, and
 * {@code GET /api/referrals/{id}} with {@code referrals:read} for the client's own agency's referrals. People are
 * linked only on an exact match (see {@link Intake}). With an {@code Idempotency-Key} header a repeated request
 * gets the first answer and creates nothing; the same key with a different body is refused (422).
 */
@RestController
@NotAudited("every read and write goes through Referrals and People, which record the audit entries")
class ReferralApi {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Intake intake;
    private final Referrals referrals;
    private final IdempotentIntake once;
    private final JsonMapper json;

    ReferralApi(Intake intake, IdempotentIntake once, Referrals referrals, JsonMapper json) {
        this.intake = intake;
        this.once = once;
        this.referrals = referrals;
        this.json = json;
    }

    /**
     * The answer to a referral received: its id and reference only. Whether a person named was already known is
     * never said (it would tell a client whose agency has no ground that the person exists); the hub resolves
     * links and possible matches.
     */
    record Created(String id, String reference) {
    }

    /** A referral read back. */
    record ReferralView(String id, String reference, String source, LocalDate receivedDate, LocalDate incidentDate,
            LocalTime incidentTime, String policeReference, List<AbuseType> abuseTypes, String status,
            TriageOutcome triageOutcome, List<TriageOutcome> triageOutcomes, boolean decidedOutsideMeeting,
            org.hearth.risk.RiskGrade dashGrade, Integer dashScore) {
    }

    @PostMapping(value = "/api/referrals", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> create(@Valid @RequestBody ReferralRequest body, BindingResult errors,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        List<FieldProblem> problems = new ArrayList<>(errors.getFieldErrors().stream()
                .map(e -> new FieldProblem(e.getField(), e.getDefaultMessage())).toList());
        problems.addAll(body.crossFieldProblems());
        if (key != null && (key.isBlank() || key.length() > 200 || !key.matches("[\\x21-\\x7e]+"))) {
            problems.add(new FieldProblem(IDEMPOTENCY_KEY, "Use 1 to 200 visible ASCII characters"));
        }
        if (!problems.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are not valid.");
            problem.setTitle("Invalid request");
            problem.setProperty("errors", problems);
            return problem(problem);
        }
        Actor me = Actor.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        String requestHash = sha256(json.writeValueAsString(body));
        try {
            if (key == null || !me.apiClient()) {
                return created(intake.receive(incoming(body, me)).referral());
            }
            IdempotentIntake.Outcome outcome = once.receive(incoming(body, me), me.actorId(), key, requestHash,
                    r -> json.writeValueAsString(answer(r)));
            if (outcome instanceof IdempotentIntake.Made made) {
                return created(made.received().referral());
            }
            if (outcome instanceof IdempotentIntake.Replayed first) {
                return ResponseEntity.status(first.status()).location(URI.create("/api/referrals/" + first.referral()))
                        .header("Idempotent-Replayed", "true").contentType(MediaType.APPLICATION_JSON)
                        .body(first.answer());
            }
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                    "This Idempotency-Key was already used for a different request. Use a new key for a new referral.");
            problem.setTitle("Idempotency-Key reused");
            return problem(problem);
        } catch (DuplicatePoliceReferenceException e) {
            return duplicate(e, me);
        } catch (DuplicateKeyException e) {
            // a concurrent request took the same police reference first
            return intake.existing(body.policeReference()).<ResponseEntity<?>>map(d -> duplicate(d, me))
                    .orElseThrow(() -> e);
        }
    }

    private static Created answer(Referral r) {
        return new Created(r.id().toString(), r.reference());
    }

    private static ResponseEntity<?> created(Referral r) {
        return ResponseEntity.created(URI.create("/api/referrals/" + r.id())).body(answer(r));
    }

    /**
     * 409. The existing referral is named only to a client that may read it (its own agency's, as
     * {@code GET /api/referrals/{id}} allows; or a hub coordinator's session), never another agency's.
     */
    static ResponseEntity<?> duplicate(DuplicatePoliceReferenceException e, Actor me) {
        boolean mayRead = e.referringAgency().equals(me.agency())
                || (!me.apiClient() && me.hasRole(org.hearth.access.Role.HUB_COORDINATOR));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, mayRead
                ? "A referral with this police reference already exists: " + e.existingReference() + "."
                : "A referral with this police reference already exists.");
        problem.setTitle("Duplicate police reference");
        if (mayRead) {
            problem.setProperty("existingReference", e.existingReference());
        }
        problem.setProperty("errors", List.of(new FieldProblem("policeReference", mayRead
                ? "Already used by referral " + e.existingReference() : "Already used by another referral")));
        return problem(problem);
    }

    private static IncomingReferral incoming(ReferralRequest b, Actor me) {
        return new IncomingReferral(ReferralSource.API, me.agency(), b.referrerName().trim(), b.receivedDate(),
                b.incidentDate(), b.incidentTime(), b.policeReference() == null ? null : b.policeReference().trim(),
                b.victim().details(), b.victim().postcode(),
                b.perpetratorsOrNone().stream().map(ReferralRequest.Person::details).toList(),
                b.childrenOrNone().stream().map(c -> new IncomingReferral.Child(c.details(), c.present())).toList(),
                b.relationship(), b.abuseTypes(), b.consent(), b.consentBasis(), b.consentReason(), b.narrative(),
                null, b.dashGrade(), b.dashScore());
    }

    @GetMapping("/api/referrals/{id}")
    ResponseEntity<?> read(@PathVariable UUID id) {
        Actor me = Actor.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        Optional<Referral> found;
        try {
            found = referrals.find(new ReferralId(id));
        } catch (AccessDeniedException e) {
            found = Optional.empty();
        }
        // an API client reads back its own agency's referrals only; others are as if missing
        Optional<Referral> shown = found.filter(r -> !me.apiClient() || r.referringAgency().equals(me.agency()));
        if (shown.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "There is no referral with this id that you may read.");
            problem.setTitle("Not found");
            return problem(problem);
        }
        Referral r = shown.get();
        // a reader by break-glass alone: the hub's decision (perhaps MARAC) left out, as on the page
        boolean withheld = referrals.decisionWithheld(r);
        return ResponseEntity.ok(new ReferralView(r.id().toString(), r.reference(), r.source().name(), r.receivedOn(),
                r.incidentOn(), r.incidentTime(), r.policeReference(), r.abuseTypes().stream().sorted().toList(),
                r.triaged() ? "TRIAGED" : "AWAITING_TRIAGE", withheld ? null : r.triageOutcome(),
                withheld ? List.of() : List.copyOf(r.triageOutcomes()), !withheld && r.triagedOutsideMeeting(),
                r.policeRiskGrade(), r.policeRiskScore()));
    }

    private static ResponseEntity<?> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
