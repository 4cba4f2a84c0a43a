package org.hearth.subjectaccess.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.audit.NotAudited;
import org.hearth.platform.InvalidInputException;
import org.hearth.people.PersonCorrection;
import org.hearth.platform.web.ApiFieldNames;
import org.hearth.platform.web.FormErrors;
import org.hearth.subjectaccess.CorrectionId;
import org.hearth.subjectaccess.FlaggedItem;
import org.hearth.subjectaccess.ProposedCorrection;
import org.hearth.subjectaccess.RequestId;
import org.hearth.subjectaccess.SubjectAccess;
import org.hearth.subjectaccess.SubjectAccessPackage;
import org.hearth.subjectaccess.SubjectAccessRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Subject access as JSON for information governance officers (signed-in sessions; no API client scope): the
 * requests, one request, its flagged items (keys and where, never the values), a review, the release and the
 * output with the reviews applied; corrections proposed, awaiting a second approver, approved or rejected.
 */
@RestController
@RequestMapping("/api/subject-access")
@PreAuthorize(SubjectAccessPages.OFFICER)
class SubjectAccessApi {

    private final SubjectAccess requests;

    SubjectAccessApi(SubjectAccess requests) {
        this.requests = requests;
    }

    /** The module's field names as this API's JSON names them (a rejection's reason), for its problem details. */
    @Bean
    static ApiFieldNames subjectAccessApiFieldNames() {
        return ApiFieldNames.renaming(Map.of("decisionReason", "reason"), SubjectAccessApi.class);
    }

    /** A flagged item without its value. */
    record Item(int number, String key, String section, String heading, String label, String kind, String decision,
            String reason) {

        static Item of(FlaggedItem f) {
            return new Item(f.number(), f.key(), f.section(), f.heading(), f.label(), f.kind().name(),
                    f.decision() == null ? null : f.decision().name(), f.reason());
        }
    }

    /** A review: the item's key, RELEASE or KEEP_REDACTED, and why. */
    record ReviewBody(String item, String decision, String reason) {
    }

    @GetMapping("/requests")
    @NotAudited("SubjectAccess.list audits the search with the requests' ids")
    List<SubjectAccessRequest> list(@RequestParam(defaultValue = "false") boolean all) {
        return requests.list(all);
    }

    @GetMapping("/requests/{id}")
    @NotAudited("SubjectAccess.find audits the read")
    SubjectAccessRequest request(@PathVariable UUID id) {
        return load(id);
    }

    @GetMapping("/requests/{id}/items")
    @NotAudited("SubjectAccess.flaggedItems audits the reading of the person's record")
    List<Item> items(@PathVariable UUID id) {
        return requests.flaggedItems(load(id).id()).stream().map(Item::of).toList();
    }

    @PostMapping("/requests/{id}/reviews")
    @NotAudited("SubjectAccess.review audits the decision in its transaction")
    List<Item> review(@PathVariable UUID id, @RequestBody(required = false) ReviewBody body) {
        SubjectAccessRequest r = load(id);
        if (body == null) {
            throw InvalidInputException.of("item", "Send the item, the decision and the reason");
        }
        FlaggedItem.Decision decision = FormErrors.named(FlaggedItem.Decision.class, body.decision(), "decision",
                "The decision is RELEASE or KEEP_REDACTED");
        requests.review(r.id(), body.item(), decision, body.reason());
        return requests.flaggedItems(r.id()).stream().map(Item::of).toList();
    }

    @PostMapping("/requests/{id}/release")
    @NotAudited("SubjectAccess.release audits the release as an export of the person's record")
    SubjectAccessRequest release(@PathVariable UUID id) {
        try {
            return requests.release(load(id).id());
        } catch (InvalidInputException e) {
            // four eyes: not bad input but the wrong officer for this release, so 409 with the same field error
            if (!e.problems().get(0).field().equals(SubjectAccess.SECOND_OFFICER)) {
                throw e;
            }
            org.springframework.http.ProblemDetail problem = org.springframework.http.ProblemDetail
                    .forStatusAndDetail(HttpStatus.CONFLICT, e.problems().get(0).message());
            problem.setTitle("A second officer must release this request");
            problem.setProperty("errors", List.of(new org.hearth.platform.web.ApiProblems.FieldProblem(
                    e.problems().get(0).field(), e.problems().get(0).message())));
            throw new org.springframework.web.ErrorResponseException(HttpStatus.CONFLICT, problem, e);
        }
    }

    @GetMapping("/requests/{id}/output")
    @NotAudited("SubjectAccess.output audits the export of the person's record")
    SubjectAccessPackage output(@PathVariable UUID id) {
        return requests.output(load(id).id());
    }

    /** A proposed correction: GIVEN_NAME, FAMILY_NAME or DATE_OF_BIRTH (yyyy-mm-dd), the value, why, who asked. */
    record CorrectionBody(String field, String newValue, String reason, String requestedBy) {
    }

    /** A rejection's reason. */
    record RejectionBody(String reason) {
    }

    @PostMapping("/requests/{id}/corrections")
    @NotAudited("SubjectAccess.propose audits the proposal (its id, never the values) in its transaction")
    ProposedCorrection propose(@PathVariable UUID id, @RequestBody(required = false) CorrectionBody body) {
        SubjectAccessRequest r = load(id);
        if (body == null) {
            throw InvalidInputException.of("field", "Send the field, the correct value, the reason and who asked");
        }
        PersonCorrection.Field field = FormErrors.named(PersonCorrection.Field.class, body.field(), "field",
                "The field is GIVEN_NAME, FAMILY_NAME or DATE_OF_BIRTH");
        return requests.propose(r.id(), field, body.newValue(), body.reason(), body.requestedBy());
    }

    @GetMapping("/corrections")
    @NotAudited("SubjectAccess.awaitingApproval audits the search with the corrections' ids")
    List<ProposedCorrection> awaiting() {
        return requests.awaitingApproval();
    }

    @PostMapping("/corrections/{cid}/approve")
    @NotAudited("SubjectAccess.approve audits the decision, and People.correct the correction, in one transaction")
    ProposedCorrection approve(@PathVariable UUID cid) {
        return requests.approve(proposal(cid).id());
    }

    @PostMapping("/corrections/{cid}/reject")
    @NotAudited("SubjectAccess.reject audits the decision in its transaction")
    ProposedCorrection reject(@PathVariable UUID cid, @RequestBody(required = false) RejectionBody body) {
        ProposedCorrection c = proposal(cid);
        return requests.reject(c.id(), body == null ? null : body.reason());
    }

    private ProposedCorrection proposal(UUID id) {
        return requests.proposal(new CorrectionId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private SubjectAccessRequest load(UUID id) {
        return requests.find(new RequestId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
