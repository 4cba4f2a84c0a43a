package org.hearth.services;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.partnership.Area;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.support.Fixtures;

/** Services for one test, with a unique word in every name so a test finds only its own. */
final class DirectoryTestData {

    final String tag = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final ServiceDirectory directory;
    private final Partnerships partnerships;

    DirectoryTestData(ServiceDirectory directory, Partnerships partnerships, Fixtures fixtures) {
        this.directory = directory;
        this.partnerships = partnerships;
        fixtures.agency("Test Agency"); // makes the partnership if need be
    }

    Area area(String name) {
        return partnerships.addArea(name + " " + tag, 10_000);
    }

    ListedService add(String name, ServiceKind kind, Set<AreaId> areas, Set<Need> needs, List<String> languages,
            LocalDate reviewed, boolean published) {
        HowToGetHelp help = new HowToGetHelp("0306 999 0999", null, null, null, null);
        return directory.add(new ServiceDetails(name + " " + tag, null, "Test Provider", kind, areas.isEmpty(), areas,
                needs, languages, "Monday to Friday, 9am to 5pm", help, "A service for tests.", null,
                kind == ServiceKind.REFUGE ? 6 : null, reviewed, published));
    }

    ListedService add(String name, Set<AreaId> areas, Set<Need> needs, List<String> languages) {
        return add(name, ServiceKind.OUTREACH, areas, needs, languages, directory.today(), true);
    }
}
