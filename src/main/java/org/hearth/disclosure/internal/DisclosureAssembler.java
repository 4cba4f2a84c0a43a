package org.hearth.disclosure.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.disclosure.Application;
import org.hearth.disclosure.Application.Party;
import org.hearth.disclosure.ApplicationId;
import org.hearth.disclosure.ApplicationSummary;
import org.hearth.disclosure.CheckTask;
import org.hearth.disclosure.Decision;
import org.hearth.disclosure.Stage;
import org.hearth.people.People;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.springframework.stereotype.Component;

/**
 * An {@link Application} from its rows with its people named, a summary's stage in words, and a check as the agency
 * asked sees it.
 */
@Component
class DisclosureAssembler {

    private final DisclosureStore store;
    private final People people;
    private final PersonAccess access;

    DisclosureAssembler(DisclosureStore store, People people, PersonAccess access) {
        this.store = store;
        this.people = people;
        this.access = access;
    }

    Application load(UUID id) {
        DisclosureStore.ApplicationRow a = store.application(id);
        Decision decision = a.decision() == null ? null : new Decision(a.forumOn(), a.forumMembers(),
                "DISCLOSE".equals(a.decision()), a.lawful(), a.necessary(), a.proportionate(),
                store.forumAgencies(id));
        return new Application(new ApplicationId(id), a.reference(), a.route(), a.receivedOn(), party(a.applicant()),
                a.applicantRelationship(), party(a.personAtRisk()), party(a.subject()), a.immediateRisk(),
                a.immediateRiskAction(), store.stages(id), store.checkRequests(id), decision, a.decisionRecordedBy(),
                a.closedOn(), party(a.recipient()), a.deliveredBy(), a.safetyPlan(), a.noDisclosureReason(),
                a.recordedBy(), a.riskLevel(), a.riskAssessedOn());
    }

    private Party party(UUID id) {
        if (id == null) {
            return null;
        }
        PersonId p = new PersonId(id);
        // read through the people module (audited there); the date of birth only with the team's ground
        LocalDate born = people.record(p).filter(r -> r.full()).map(r -> r.details().dateOfBirth()).orElse(null);
        return new Party(p, people.name(p).orElse("Unknown"), born);
    }

    ApplicationSummary summary(DisclosureStore.SummaryRow s) {
        return new ApplicationSummary(new ApplicationId(s.id()), s.reference(), s.route(), s.receivedOn(),
                stageWords(s.stage(), s.decision(), s.closedOn() != null), s.forumOn(),
                s.decision() == null ? null : "DISCLOSE".equals(s.decision()), s.closedOn());
    }

    /** Where an application is, in words: closed, decided, its furthest stage, or received. */
    static String stageWords(String stage, String decision, boolean closed) {
        if (closed) {
            return "Closed";
        }
        if (decision != null) {
            return "DISCLOSE".equals(decision) ? "Decided: disclose" : "Decided: no disclosure";
        }
        return stage == null ? "Received" : Stage.valueOf(stage).label();
    }

    /** A check as the agency asked sees it: the subject named only to someone holding a ground on them. */
    CheckTask checkTask(DisclosureStore.CheckRow c) {
        PersonId subject = new PersonId(c.subject());
        boolean grounded = access.holdsGround(subject);
        return new CheckTask(c.id(), c.reference(), grounded ? subject : null,
                grounded ? people.name(subject).orElse("Unknown") : "A person whose record you cannot see",
                c.requestedOn(), c.dueOn(), c.respondedOn(), c.holdsInformation(), c.response());
    }
}
