package org.hearth.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hearth.HearthApplication;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUsers;
import org.hearth.partnership.AgencyDetails;
import org.hearth.partnership.Partnerships;
import org.hearth.partnership.Sector;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * What the README's run command promises: the first start loads the demo partnership into a kept data
 * directory, prints the logins, and a restart keeps every record without loading the demo again.
 */
class RestartTest {

    @Test
    void firstStartLoadsTheDemoAndARestartKeepsEverything() throws Exception {
        Path dataDir = Files.createTempDirectory("hearth-restart").resolve("pgdata");
        try {
            int agencies;
            try (ConfigurableApplicationContext first = start(dataDir)) {
                Partnerships partnerships = first.getBean(Partnerships.class);
                List<StaffUser> demoUsers = first.getBean(StaffUsers.class).all();
                assertThat(partnerships.current()).hasValueSatisfying(p -> assertThat(p.name()).contains("Northfield"));
                assertThat(demoUsers).extracting(StaffUser::username)
                        .contains("admin", "coordinator", "hub", "idva", "police", "analyst");
                assertThat(demoUsers).allMatch(StaffUser::demo);
                partnerships.createAgency(new AgencyDetails("Added Before Restart", Sector.OTHER, false, null, true));
                agencies = partnerships.agencies().size();
            }
            try (ConfigurableApplicationContext second = start(dataDir)) {
                Partnerships partnerships = second.getBean(Partnerships.class);
                assertThat(partnerships.agencies()).hasSize(agencies)
                        .anyMatch(a -> a.name().equals("Added Before Restart"));
                assertThat(second.getBean(StaffUsers.class).all()).hasSize(6);
            }
        } finally {
            FileSystemUtils.deleteRecursively(dataDir.getParent());
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        // command-line arguments, not builder default properties, which application.yml would override (the test
        // then used ./.hearth/pgdata and failed on every run after the first)
        return new SpringApplicationBuilder(HearthApplication.class)
                .run("--hearth.embedded-db.data-dir=" + dataDir, "--hearth.demo.enabled=true", "--server.port=0");
    }
}
