package org.hearth.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.aop.aspectj.annotation.AspectJProxyFactory;

/** The annotation records ids and reasons taken from the call, and nothing for a call that fails. */
class AuditedAspectTest {

    record Recorded(AuditAction action, String type, Collection<String> ids, String reason) {
    }

    static class RecordingTrail implements AuditTrail {
        final List<Recorded> entries = new ArrayList<>();

        @Override
        public void record(AuditAction action, String recordType, Collection<String> recordIds, String reason) {
            entries.add(new Recorded(action, recordType, recordIds, reason));
        }

        @Override
        public void recordRefusal(AuditAction action, String recordType, Collection<String> recordIds,
                String reason) {
            record(action, recordType, recordIds, reason);
        }

        @Override
        public List<String> recordTypes() {
            return List.of();
        }

        @Override
        public void batchUntilCommit() {
        }

        @Override
        public void mergeUntilCommit() {
        }

        @Override
        public void batchReadsUntilEnd() {
        }

        @Override
        public void recordFor(String actorName, java.util.UUID actorId, AuditAction action, String recordType,
                Collection<String> recordIds, String reason) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
            return List.of();
        }

        @Override
        public long count(AuditQuery query) {
            return 0;
        }

        @Override
        public java.util.Optional<AuditEntry> entry(long id) {
            return java.util.Optional.empty();
        }

        @Override
        public AuditVerification verify() {
            return new AuditVerification(0, null, null);
        }
    }

    public static class PersonPages {
        @Audited(action = AuditAction.READ, recordType = "person", ids = "#id", reason = "#why")
        public String show(String id, String why) {
            if (id.equals("boom")) {
                throw new IllegalStateException("failed");
            }
            return "page";
        }

        @Audited(action = AuditAction.EXPORT, recordType = "person", ids = "#ids")
        public int export(List<String> ids) {
            return ids.size();
        }
    }

    private final RecordingTrail trail = new RecordingTrail();

    private PersonPages proxy() {
        AspectJProxyFactory factory = new AspectJProxyFactory(new PersonPages());
        factory.addAspect(new org.hearth.audit.internal.TestAccess().aspect(trail));
        return factory.getProxy();
    }

    @Test
    void recordsTheIdAndReasonFromTheArguments() {
        assertThat(proxy().show("p-1", "visit planning")).isEqualTo("page");
        assertThat(trail.entries).containsExactly(new Recorded(AuditAction.READ, "person", List.of("p-1"), "visit planning"));
    }

    @Test
    void recordsEveryIdOfACollection() {
        proxy().export(List.of("a", "b"));
        assertThat(trail.entries).singleElement().extracting(Recorded::ids).isEqualTo(List.of("a", "b"));
    }

    @Test
    void recordsNothingWhenTheCallFails() {
        assertThatThrownBy(() -> proxy().show("boom", null)).isInstanceOf(IllegalStateException.class);
        assertThat(trail.entries).isEmpty();
    }
}
