package org.hearth.encompass.internal;

import static org.hearth.encompass.internal.EncompassAccess.keyAdult;
import static org.hearth.encompass.internal.EncompassAccess.requireHub;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.encompass.Encompass;
import org.hearth.encompass.EncompassNotification;
import org.hearth.encompass.SchoolId;
import org.hearth.people.People;
import org.hearth.people.PersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operation Encompass's rules and audit, behind {@link Encompass}: who may read is {@link EncompassAccess}'s, the SQL
 * {@link EncompassStore}'s, the figures {@link EncompassFigures}', the hub's choice of a school
 * {@link AttentionResolver}'s. Every read naming a child is audited with the child's id.
 */
@Service
class JdbcEncompass implements Encompass {

    private final EncompassStore store;
    private final EncompassFigures figures;
    private final AttentionResolver resolver;
    private final AuditTrail audit;
    private final People people;

    JdbcEncompass(EncompassStore store, EncompassFigures figures, AttentionResolver resolver, AuditTrail audit,
            People people) {
        this.store = store;
        this.figures = figures;
        this.resolver = resolver;
        this.audit = audit;
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public Figures figures(LocalDate from, LocalDate to) {
        EncompassAccess.requireFigures();
        return figures.of(from, to);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClockEntry> clock() {
        requireHub();
        return store.unacknowledged();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClockEntry> acknowledgedSince(Instant since) {
        requireHub();
        return store.acknowledgedSince(since);
    }

    @Override
    @Transactional
    public List<AttentionEntry> attention() {
        EncompassAccess.requireHubCoordinator();
        List<AttentionEntry> out = store.openAttention();
        if (out.isEmpty()) {
            return out;
        }
        audit.record(AuditAction.SEARCH, "person", out.stream().map(a -> a.childId().toString()).toList(),
                "Operation Encompass attention list");
        return out.stream().map(a -> new AttentionEntry(a.id(), a.referralId(), a.childId(),
                people.name(new PersonId(a.childId())).orElse("Name not recorded"), a.reason(), a.createdAt()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public int attentionWaiting() {
        requireHub();
        return store.openAttention().size();
    }

    @Override
    @Transactional
    public void resolve(UUID attentionId, SchoolId school) {
        EncompassAccess.requireHubCoordinator();
        resolver.resolve(attentionId, school);
    }

    @Override
    @Transactional
    public List<EncompassNotification> mine() {
        return KeyAdultReads.listed(audit, store.mine(keyAdult().id().value()),
                "Operation Encompass notifications listed");
    }

    @Override
    @Transactional
    public Optional<EncompassNotification> mine(UUID id) {
        return KeyAdultReads.read(audit, store.mine(keyAdult().id().value(), id),
                "Operation Encompass notification " + id);
    }

    @Override
    @Transactional
    public boolean acknowledge(UUID id) {
        return KeyAdultReads.acknowledged(audit, store.acknowledge(keyAdult().id().value(), id),
                "encompass-notification", id);
    }
}
