package org.hearth.subjectaccess.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.people.ExactPeople;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonCorrection;
import org.hearth.people.PersonId;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.hearth.subjectaccess.CorrectionId;
import org.hearth.subjectaccess.FlaggedItem;
import org.hearth.subjectaccess.NewRequest;
import org.hearth.subjectaccess.ProposedCorrection;
import org.hearth.subjectaccess.RequestId;
import org.hearth.subjectaccess.RequesterRole;
import org.hearth.subjectaccess.SubjectAccess;
import org.hearth.subjectaccess.SubjectAccessPackage;
import org.hearth.subjectaccess.SubjectAccessRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The module's API: checks the role ({@link #officer}), answers only the officer's agency, and puts the jobs
 * together: the rules ({@link SubjectAccessRules}), the tables ({@link SubjectAccessStore}), the audit
 * ({@link SubjectAccessAudit}), the request's ground ({@link RequestGrounds}), the output
 * ({@link SubjectAccessAssembly}) and the corrections ({@link Rectification}).
 */
@Service
@Transactional
class SubjectAccessService implements SubjectAccess {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SubjectAccessStore store;
    private final SubjectAccessAudit audit;
    private final SubjectAccessAssembly assembly;
    private final RequestGrounds grounds;
    private final Rectification rectification;
    private final PersonAccess access;
    private final ExactPeople exact;
    private final RequesterRoles roles;
    private final ReviewHistory reviews;
    private final ReleaseRules releaseRules;

    SubjectAccessService(SubjectAccessStore store, SubjectAccessAudit audit, SubjectAccessAssembly assembly,
            RequestGrounds grounds, Rectification rectification, PersonAccess access, ExactPeople exact,
            RequesterRoles roles, ReviewHistory reviews, ReleaseRules releaseRules) {
        this.store = store;
        this.audit = audit;
        this.assembly = assembly;
        this.grounds = grounds;
        this.rectification = rectification;
        this.access = access;
        this.exact = exact;
        this.roles = roles;
        this.reviews = reviews;
        this.releaseRules = releaseRules;
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(Dates.UK);
    }

    /** The one role check: only information governance officers handle requests, or learn one exists. */
    static Actor officer() {
        Actor me = Actor.current().orElseThrow(() -> new AccessDeniedException("Sign in"));
        if (me.apiClient() || !me.hasRole(Role.INFORMATION_GOVERNANCE)) {
            throw new AccessDeniedException("Only information governance handles subject access requests");
        }
        return me;
    }

    // ------------------------------------------------------------------------------------------------ requests

    @Override
    public SubjectAccessRequest open(NewRequest r) {
        Actor me = officer();
        SubjectAccessRules.opening(r, today());
        PersonId person = find(r.givenName(), r.familyName(), r.dateOfBirth(), me);
        // the records decide, not what was typed: someone any module names as causing harm is treated as such
        // (a counter-allegation must not buy the person at risk's rules)
        RequesterRole role = roles.of(r.requesterRole(), person);
        RequestId id = store.insert(r, role, person, me);
        audit.opened(person, id);
        SubjectAccessRequest made = require(id, me);
        grounds.grantOfficers(made, me);
        return made;
    }

    /**
     * The one person Hearth holds of exactly this name and date of birth, known to the officer's agency. An agency
     * that holds none of them reads what "nobody" reads (never whether Hearth knows someone); when more than one
     * person has them, none is picked: the request could be opened about the wrong person.
     */
    private PersonId find(String given, String family, LocalDate born, Actor me) {
        List<PersonId> named = exact.named(given, family, born);
        if (named.isEmpty() || access.agencyHoldsGrantAmong(named, me.agency()).isEmpty()) {
            throw InvalidInputException.of("givenName", "Nobody of this name and date of birth is known to your "
                    + "agency in Hearth. Check the spelling and the date; if another agency holds their records, the "
                    + "request is for that agency's information governance");
        }
        if (named.size() > 1) {
            throw InvalidInputException.of("givenName", "More than one person in Hearth has this name and date of "
                    + "birth, so the request cannot be opened for one of them. Narrow it: check the name as the "
                    + "person gives it, and ask your agency's practitioners whether two of their records are the "
                    + "same person (a duplicate to merge)");
        }
        return named.get(0);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SubjectAccessRequest> list(boolean all) {
        Actor me = officer();
        List<SubjectAccessRequest> out = store.requests(me.agency(), all);
        audit.listed(out);
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SubjectAccessRequest> find(RequestId id) {
        Actor me = officer();
        Optional<SubjectAccessRequest> r = store.request(id, me.agency());
        r.ifPresent(q -> audit.read(id));
        return r;
    }

    private SubjectAccessRequest require(RequestId id, Actor me) {
        return SubjectAccessRules.found(store.request(id, me.agency()));
    }

    private SubjectAccessRequest requireOpen(RequestId id, Actor me) {
        return SubjectAccessRules.stillOpen(require(id, me));
    }

    @Override
    public SubjectAccessRequest checkIdentity(RequestId id, LocalDate on, String evidence) {
        return step(id, "identity checked",
                r -> SubjectAccessRules.identityCheck(on, evidence, r.receivedOn(), today()),
                () -> store.identityChecked(id, on, evidence));
    }

    @Override
    public SubjectAccessRequest checkRepresentative(RequestId id, LocalDate on, String evidence) {
        return step(id, "representative's identity checked",
                r -> SubjectAccessRules.representativeCheck(r, on, evidence, today()),
                () -> store.representativeChecked(id, on, evidence));
    }

    @Override
    public SubjectAccessRequest extend(RequestId id, LocalDate to, String reason) {
        return step(id, "extended", r -> SubjectAccessRules.extension(r, to, reason),
                () -> store.extended(id, to, reason));
    }

    /** A step on an open request: its rule refuses what is wrong, then the write, audited as {@code what}. */
    private SubjectAccessRequest step(RequestId id, String what, Consumer<SubjectAccessRequest> rule, Runnable write) {
        Actor me = officer();
        rule.accept(requireOpen(id, me));
        write.run();
        audit.changed(id, what);
        return require(id, me);
    }

    // ------------------------------------------------------------------------------------------------ review

    private SubjectAccessAssembly.Gathered gather(SubjectAccessRequest r) {
        // the part as the records say now, never as fixed at opening
        return assembly.gather(roles.asTheRecordsSay(r), reviews.latest(r.id()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<FlaggedItem> flaggedItems(RequestId id) {
        Actor me = officer();
        SubjectAccessRequest r = require(id, me);
        if (!r.identityChecked()) {
            return List.of(); // nothing is gathered before the requester's identity is checked
        }
        audit.gathered(r);
        return gather(r).flagged();
    }

    @Override
    public void review(RequestId id, String itemKey, FlaggedItem.Decision decision, String reason) {
        Actor me = officer();
        SubjectAccessRequest r = requireOpen(id, me);
        FlaggedItem item = itemKey == null ? null : gather(r).flagged().stream()
                .filter(f -> f.key().equals(itemKey)).findFirst().orElse(null);
        SubjectAccessRules.review(item != null, decision, reason);
        reviews.record(id, item, decision, reason.strip(), me);
    }

    @Override
    public SubjectAccessRequest release(RequestId id) {
        Actor me = officer();
        SubjectAccessRequest r = requireOpen(id, me);
        SubjectAccessRules.release(r, store.pendingCorrections(id));
        SubjectAccessAssembly.Gathered gathered = gather(r);
        SubjectAccessRules.allReviewed(gathered.unreviewed());
        releaseRules.requireSecondOfficer(r, gathered.flagged(), me);
        store.released(id, me.displayName());
        SubjectAccessRequest released = require(id, me);
        store.keepReleased(id, JSON.writeValueAsString(build(released)));
        audit.exported(r, "subject access released " + id);
        audit.changed(id, "released");
        grounds.endAll(r);
        return require(id, me);
    }

    @Override
    public SubjectAccessPackage output(RequestId id) {
        Actor me = officer();
        SubjectAccessRequest r = require(id, me);
        if (!r.identityChecked()) {
            throw InvalidInputException.of("identityCheckedOn",
                    "Check the requester's proof of identity first: nothing is gathered before");
        }
        SubjectAccessPackage p = r.released()
                ? JSON.readValue(store.releasedPackage(id), SubjectAccessPackage.class)
                : build(r);
        audit.exported(r, "subject access output " + id + (r.released() ? "" : " (draft)"));
        return p;
    }

    /** The package from the records as they are now, each flagged item released or withheld as reviewed. */
    private SubjectAccessPackage build(SubjectAccessRequest r) {
        return SubjectAccessAssembly.build(r, gather(r), today());
    }

    // ------------------------------------------------------------------------------------------------ rectification

    @Override
    public ProposedCorrection propose(RequestId id, PersonCorrection.Field field, String newValue, String reason,
            String requestedBy) {
        Actor me = officer();
        return rectification.propose(requireOpen(id, me), field, newValue, reason, requestedBy, me);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProposedCorrection> proposals(RequestId id) {
        Actor me = officer();
        require(id, me);
        return rectification.proposals(id, me);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProposedCorrection> awaitingApproval() {
        return rectification.awaitingApproval(officer());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProposedCorrection> proposal(CorrectionId id) {
        return rectification.proposal(id, officer());
    }

    @Override
    public ProposedCorrection approve(CorrectionId id) {
        return rectification.approve(id, officer());
    }

    @Override
    public ProposedCorrection reject(CorrectionId id, String reason) {
        return rectification.reject(id, reason, officer());
    }

    @Override
    public List<PersonCorrection> corrections(RequestId id) {
        Actor me = officer();
        return rectification.corrections(require(id, me), me);
    }

    @Override
    public List<org.hearth.subjectaccess.RequestHistory> history(RequestId id) {
        return store.history(require(id, officer()).id());
    }
}
