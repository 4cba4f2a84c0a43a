package org.hearth.insights.internal;

import java.util.List;
import org.hearth.people.PersonDetailsChanged;
import org.hearth.people.PersonsMerged;
import org.hearth.people.PersonsUnmerged;
import org.hearth.referrals.ReferralReceived;
import org.hearth.referrals.ReferralsReceived;
import org.hearth.referrals.ReferralTriaged;
import org.hearth.risk.RiskAssessmentRecorded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the read models current: each event names the victims whose facts changed, and {@link Rollups#refresh}
 * recomputes them. {@code @ApplicationModuleListener}: runs after the source transaction commits, on another thread
 * and in a transaction of its own (never in the web request that made the change); the event publication registry
 * records each delivery, so one that fails stays incomplete and is delivered again (platform's {@code EventRedelivery}).
 */
@Component
class RollupListeners {

    private final Rollups rollups;

    RollupListeners(Rollups rollups) {
        this.rollups = rollups;
    }

    @ApplicationModuleListener
    void on(ReferralReceived e) {
        rollups.refresh(List.of(e.victim().value()));
    }

    /** A chunk of the police import: its victims refreshed together, in one transaction. */
    @ApplicationModuleListener
    void on(ReferralsReceived e) {
        rollups.refresh(e.referrals().stream().map(r -> r.victim().value()).toList());
    }

    @ApplicationModuleListener
    void on(ReferralTriaged e) {
        rollups.refresh(List.of(e.victim().value()));
    }

    @ApplicationModuleListener
    void on(RiskAssessmentRecorded e) {
        rollups.refresh(List.of(e.person().value()));
    }

    @ApplicationModuleListener
    void on(PersonDetailsChanged e) {
        rollups.refresh(List.of(e.person().value()));
    }

    @ApplicationModuleListener
    void on(PersonsMerged e) {
        rollups.refresh(List.of(e.survivor().value(), e.merged().value()));
    }

    @ApplicationModuleListener
    void on(PersonsUnmerged e) {
        rollups.refresh(List.of(e.survivor().value(), e.merged().value()));
    }
}
