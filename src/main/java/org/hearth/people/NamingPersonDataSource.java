package org.hearth.people;

import java.util.List;
import java.util.UUID;
import org.hearth.people.PersonDataSection.Field;
import org.hearth.people.PersonDataSection.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link SqlPersonDataSource} whose section names the other people on its records (a victim, a person causing harm,
 * a child): each is a third party's field, named through {@link People#name}.
 */
public abstract class NamingPersonDataSource extends SqlPersonDataSource {

    private final People people;

    protected NamingPersonDataSource(JdbcClient jdbc, People people, int order) {
        super(jdbc, order);
        this.people = people;
    }

    /** A field naming {@code person}, another person than the subject: their name, or "A person" without one. */
    protected Field thirdParty(String key, String label, UUID person) {
        return new Field(key, label, people.name(new PersonId(person)).orElse("A person"), Kind.THIRD_PARTY);
    }

    /** A {@link #thirdParty} field for each of {@code persons} but the subject {@code me}, keyed by prefix and id. */
    protected void othersNamed(List<Field> fields, String keyPrefix, String label, List<UUID> persons, UUID me) {
        for (UUID person : persons) {
            if (!person.equals(me)) {
                fields.add(thirdParty(keyPrefix + person, label, person));
            }
        }
    }
}
