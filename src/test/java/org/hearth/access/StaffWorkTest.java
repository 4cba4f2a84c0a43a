package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.partnership.AgencyId;
import org.hearth.platform.WorkList;
import org.hearth.platform.WorkList.WorkRow;
import org.hearth.support.TestActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The guard every module's "My work" from its tables shares: who gets a list at all, what is audited, due rows. */
class StaffWorkTest {

    static final WorkList LIST = new WorkList(1, "Cases", "1 case.", List.of(), null, null);

    final AuditTrail audit = mock(AuditTrail.class);
    final StaffWork casework = new StaffWork(null, audit, StaffWork.CASEWORK) {
        @Override
        protected List<WorkList> forStaff(Actor me) {
            return List.of(LIST);
        }
    };

    final StaffWork everyone = new StaffWork(null, audit, me -> true) {
        @Override
        protected List<WorkList> forStaff(Actor me) {
            return List.of(LIST);
        }
    };

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void noOneAnApiClientAndStaffOutsideItsRolesGetNothing() {
        assertThat(casework.forCurrentUser()).as("no one signed in").isEmpty();
        assertThat(everyone.forCurrentUser()).as("no one signed in, for all staff").isEmpty();
        actAs(TestActor.apiClient(AgencyId.random()));
        assertThat(everyone.forCurrentUser()).as("an API client, for all staff").isEmpty();
        actAs(TestActor.staff(AgencyId.random(), Role.ANALYST));
        assertThat(casework.forCurrentUser()).as("an analyst, not in casework").isEmpty();
        assertThat(everyone.forCurrentUser()).as("an analyst, for all staff").containsExactly(LIST);
    }

    @Test
    void staffInItsRolesGetTheirLists() {
        actAs(TestActor.staff(AgencyId.random(), Role.PRACTITIONER));
        assertThat(casework.forCurrentUser()).containsExactly(LIST);
    }

    @Test
    void theRecordsShownAreAuditedAsReadByTheirIds() {
        UUID one = UUID.randomUUID();
        UUID two = UUID.randomUUID();
        casework.shown("person", Stream.of(one, two), "My work: my cases");
        verify(audit).record(AuditAction.READ, "person", List.of(one.toString(), two.toString()), "My work: my cases");
    }

    @Test
    void aDueRowSaysHowLongIsLeftAndTurnsRedWhenOverdue() {
        LocalDate today = LocalDate.of(2026, 3, 10);
        assertThat(row(today.minusDays(1), today)).extracting(WorkRow::tag, WorkRow::tagColour)
                .containsExactly("Overdue", "red");
        assertThat(row(today, today)).extracting(WorkRow::tag, WorkRow::tagColour)
                .containsExactly("Due today", "orange");
        assertThat(row(today.plusDays(1), today).tag()).isEqualTo("Due in 1 day");
        assertThat(row(today.plusDays(3), today).tag()).isEqualTo("Due in 3 days");
    }

    private static WorkRow row(LocalDate due, LocalDate today) {
        return StaffWork.dueRow("R-1", "/r/1", "Due", due, today);
    }

    private static void actAs(Actor actor) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(actor, null));
    }
}
