package org.hearth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries hold (no cycles, no reaching into another module's internals); writes the module docs. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(HearthApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("access", "audit", "partnership", "platform", "setup", "people.matching");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
        assertThat(new java.io.File("target/spring-modulith-docs/components.puml")).exists();
    }
}
