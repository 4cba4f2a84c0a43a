package org.hearth.strategy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUserId;
import org.hearth.partnership.AgencyId;
import org.hearth.platform.WorkList;
import org.hearth.platform.WorkList.WorkRow;
import org.hearth.strategy.ActionId;
import org.hearth.strategy.Rag;
import org.hearth.strategy.Strategy;
import org.hearth.strategy.StrategyAction;
import org.hearth.strategy.StrategyId;
import org.hearth.strategy.StrategyPlans;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * "My work" from the action plan: a coordinator sees every agency's actions overdue or due within four weeks, with
 * links; a practitioner only those their own agency owns, without links (the strategy pages are not theirs);
 * an analyst none.
 */
class StrategyWorkTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    final AgencyId police = new AgencyId(UUID.randomUUID());
    final AgencyId health = new AgencyId(UUID.randomUUID());
    final StrategyId id = new StrategyId(UUID.randomUUID());
    final StrategyPlans plans = mock(StrategyPlans.class);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void coordinatorsSeeEveryAgencysActionsDueAndPractitionersTheirAgencysOnly() {
        StrategyAction overdue = action("Train call handlers", police, TODAY.minusDays(1), null);
        StrategyAction dueSoon = action("Publish the pathway", health, TODAY.plusDays(28), null);
        StrategyAction later = action("Review the protocol", police, TODAY.plusDays(29), null);
        StrategyAction done = action("Recruit a chair", police, TODAY.minusDays(10), TODAY.minusDays(11));
        Strategy strategy = new Strategy(id, "Northfield strategy", TODAY.minusYears(1), TODAY.plusYears(1),
                TODAY.minusYears(1), "The board", List.of(), List.of(), List.of(later, dueSoon, done, overdue));
        when(plans.today()).thenReturn(TODAY);
        when(plans.currentActions(TODAY)).thenReturn(Optional.of(strategy));
        StrategyWork work = new StrategyWork(plans);

        signIn(police, Role.PARTNERSHIP_COORDINATOR);
        WorkList all = work.forCurrentUser().get(0);
        assertThat(all.rows()).extracting(WorkRow::label).containsExactly("Train call handlers", "Publish the pathway");
        assertThat(all.rows()).extracting(WorkRow::tag).containsExactly("Overdue", "Due soon");
        assertThat(all.rows().get(0).href()).isEqualTo("/strategy/plans/" + id.value() + "/actions/" + overdue.id().value());
        assertThat(all.summary()).contains("1 overdue and 1 due in the next 4 weeks");

        signIn(health, Role.PRACTITIONER);
        WorkList mine = work.forCurrentUser().get(0);
        assertThat(mine.title()).isEqualTo("Actions your agency owns");
        assertThat(mine.rows()).extracting(WorkRow::label).containsExactly("Publish the pathway");
        assertThat(mine.rows()).extracting(WorkRow::href).containsOnlyNulls();
        assertThat(mine.href()).isNull();

        signIn(health, Role.ANALYST);
        assertThat(work.forCurrentUser()).isEmpty();
        signIn(new AgencyId(UUID.randomUUID()), Role.PRACTITIONER);
        assertThat(work.forCurrentUser()).as("an agency owning nothing").isEmpty();
    }

    private StrategyAction action(String what, AgencyId owner, LocalDate due, LocalDate doneOn) {
        return new StrategyAction(new ActionId(UUID.randomUUID()), id, null, what, owner, "Owner", due, Rag.AMBER,
                doneOn, null, List.of());
    }

    private static void signIn(AgencyId agency, Role role) {
        StaffPrincipal p = new StaffPrincipal(new StaffUserId(UUID.randomUUID()), "user", "User", agency, Set.of(role),
                true, false, true, "x");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(p, null, p.getAuthorities()));
    }
}
