package org.hearth.people.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.people.AccessGround;
import org.hearth.people.Address;
import org.hearth.people.GlassBreak;
import org.hearth.people.People;
import org.hearth.people.PersonCorrection;
import org.hearth.people.PersonDetails;
import org.hearth.people.PersonId;
import org.hearth.people.PersonRecord;
import org.hearth.people.RelationshipKind;
import org.hearth.people.SafeContact;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link People}, each call in one transaction, with need-to-know applied to every read: reads through
 * {@link PersonRecords}, writes through {@link PersonChanges}, break-glass openings through {@link GlassBreaks}.
 * Their rules are pure ({@link PeopleRules}, {@link AccessRules}); the SQL is in the stores ({@link PersonStore},
 * {@link NewPersonStore}, {@link AddressStore}, {@link GrantStore}, {@link GlassBreakStore}).
 */
@Service
@Transactional
class JdbcPeople implements People {

    private final PersonRecords records;
    private final PersonChanges changes;
    private final GlassBreaks glassBreaks;

    JdbcPeople(PersonRecords records, PersonChanges changes, GlassBreaks glassBreaks) {
        this.records = records;
        this.changes = changes;
        this.glassBreaks = glassBreaks;
    }

    @Override
    public PersonId create(PersonDetails details, List<String> aliases, AccessGround ground, Address address) {
        return changes.create(details, aliases, ground, address);
    }

    @Override
    public List<PersonId> createAll(List<NewPerson> people) {
        return changes.createAll(people);
    }

    @Override
    public Optional<PersonRecord> record(PersonId id) {
        return records.record(id);
    }

    @Override
    public Optional<PersonDetails> detailsFor(PersonId id, String reader, String purpose) {
        return records.detailsFor(id, reader, purpose);
    }

    @Override
    public Map<PersonId, PersonDetails> detailsForAll(Collection<PersonId> ids, String reader, String purpose) {
        return records.detailsForAll(ids, reader, purpose);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> name(PersonId id) {
        return records.name(id);
    }

    @Override
    public void update(PersonId id, PersonDetails details, List<String> aliases) {
        changes.update(id, details, aliases);
    }

    @Override
    public void addAddress(PersonId id, Address address) {
        changes.addAddress(id, address);
    }

    @Override
    public PersonCorrection correct(PersonId id, PersonCorrection.Field field, String newValue, String reason,
            String requestedBy) {
        return changes.correct(id, field, newValue, reason, requestedBy);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonCorrection> corrections(PersonId id) {
        return records.corrections(id);
    }

    @Override
    public void setSafeContact(PersonId id, SafeContact rules) {
        changes.setSafeContact(id, rules);
    }

    @Override
    public void relate(PersonId from, PersonId to, RelationshipKind kind) {
        changes.relate(from, List.of(Map.entry(to, kind)));
    }

    @Override
    public void relateAll(PersonId from, List<Map.Entry<PersonId, RelationshipKind>> to) {
        changes.relate(from, to);
    }

    @Override
    public void breakGlass(PersonId id, String reason) {
        glassBreaks.open(id, reason);
    }

    @Override
    public List<GlassBreak> glassBreaks(boolean unreviewedOnly, int offset, int limit) {
        return glassBreaks.list(unreviewedOnly, offset, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public long countGlassBreaks(boolean unreviewedOnly) {
        return glassBreaks.count(unreviewedOnly);
    }

    @Override
    public void reviewGlassBreak(long id) {
        glassBreaks.review(id);
    }
}
