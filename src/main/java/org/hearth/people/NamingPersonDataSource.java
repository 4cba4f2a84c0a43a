package org.hearth.people;

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
}
