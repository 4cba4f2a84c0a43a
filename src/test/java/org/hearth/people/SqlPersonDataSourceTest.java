package org.hearth.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionAttribute;

/**
 * A module's subject access section read by SQL is read in one read-only transaction, which it takes from
 * {@link SqlPersonDataSource} rather than declaring it itself.
 */
class SqlPersonDataSourceTest {

    static class ModuleData extends SqlPersonDataSource {

        ModuleData() {
            super(null, 99);
        }

        @Override
        public PersonDataSection section(PersonId person) {
            return new PersonDataSection("Module", java.util.List.of());
        }
    }

    @Test
    void aModulesSectionIsReadInOneReadOnlyTransaction() throws NoSuchMethodException {
        TransactionAttribute read = new AnnotationTransactionAttributeSource().getTransactionAttribute(
                ModuleData.class.getMethod("section", PersonId.class), ModuleData.class);
        assertThat(read).as("a transaction").isNotNull();
        assertThat(read.isReadOnly()).isTrue();
    }
}
