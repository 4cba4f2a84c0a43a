package org.hearth.strategy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.partnership.Partnership;
import org.hearth.partnership.Partnerships;
import org.hearth.services.HowToGetHelp;
import org.hearth.services.ListedService;
import org.hearth.services.ReviewSummary;
import org.hearth.services.ServiceDetails;
import org.hearth.services.ServiceDirectory;
import org.hearth.services.ServiceId;
import org.hearth.services.ServiceKind;
import org.hearth.strategy.Bvpi225Proposal;
import org.junit.jupiter.api.Test;

/** Each proposal Hearth makes from its own records, both ways (unit tests over stand-in module APIs). */
class Bvpi225EvidenceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 31);

    final List<ListedService> services = new ArrayList<>();
    Integer population = 100_000;

    final ServiceDirectory directory = stub(ServiceDirectory.class, (method, args) -> switch (method) {
        case "all" -> List.copyOf(services);
        case "reviewSummary" -> summary((LocalDate) args[0]);
        default -> throw new UnsupportedOperationException(method);
    });
    final Partnerships partnerships = stub(Partnerships.class, (method, args) -> switch (method) {
        case "current" -> Optional.of(new Partnership(UUID.randomUUID(), "Testshire", population));
        default -> throw new UnsupportedOperationException(method);
    });

    final RefugePlacesEvidence refugePlaces = new RefugePlacesEvidence(directory, partnerships);
    final DirectoryReviewEvidence directoryReviewed = new DirectoryReviewEvidence(directory);

    @Test
    void refugePlacesAtOnePer10000AreEnough() {
        refuge(6, true);
        refuge(4, true);
        Bvpi225Proposal p = refugePlaces.propose(TODAY);
        assertThat(p.question()).isEqualTo(2);
        assertThat(p.yes()).isTrue();
        assertThat(p.reasoning()).startsWith("Yes: 1.00 refuge places per 10,000");
        assertThat(p.workings()).contains("10 refuge places in 2 published refuges in the directory of services",
                "10 places ÷ 100,000 population × 10,000 = 1.00 places per 10,000 population");
    }

    @Test
    void refugePlacesJustUnderOnePer10000AreNot() {
        population = 100_001;
        refuge(10, true);
        refuge(50, false); // unpublished places do not count
        Bvpi225Proposal p = refugePlaces.propose(TODAY);
        assertThat(p.yes()).isFalse();
        assertThat(p.reasoning()).startsWith("No: 0.99 refuge places per 10,000").contains("11 places for 100,001");
    }

    @Test
    void noRefugesIsNo() {
        Bvpi225Proposal p = refugePlaces.propose(TODAY);
        assertThat(p.yes()).isFalse();
        assertThat(p.workings().get(1)).startsWith("0 places ÷ 100,000");
    }

    @Test
    void refugePlacesWithoutAPopulationAreNoEvidence() {
        population = null;
        refuge(100, true);
        Bvpi225Proposal p = refugePlaces.propose(TODAY);
        assertThat(p.yes()).isNull();
        assertThat(p.hasAnswer()).isFalse();
        assertThat(p.reasoning()).contains("population is not known");
    }

    @Test
    void aDirectoryAllReviewedWithinTwoYearsIsYes() {
        service(TODAY.minusYears(2));
        service(TODAY.minusDays(3));
        Bvpi225Proposal p = directoryReviewed.propose(TODAY);
        assertThat(p.question()).isEqualTo(1);
        assertThat(p.yes()).isTrue();
        assertThat(p.reasoning()).startsWith("Yes: all 2 published services");
        assertThat(p.workings()).contains("2 published services in the directory of services",
                "Oldest review: 31 March 2024");
    }

    @Test
    void aDirectoryWithAnOverdueServiceIsNo() {
        service(TODAY.minusYears(2).minusDays(1));
        service(TODAY);
        Bvpi225Proposal p = directoryReviewed.propose(TODAY);
        assertThat(p.yes()).isFalse();
        assertThat(p.reasoning()).startsWith("No: 1 of 2 published services in the directory has not been reviewed");
        assertThat(p.workings()).contains("Oldest review: 30 March 2024");
    }

    @Test
    void anEmptyDirectoryIsNo() {
        Bvpi225Proposal p = directoryReviewed.propose(TODAY);
        assertThat(p.yes()).isFalse();
        assertThat(p.reasoning()).contains("no published services");
    }

    private void refuge(int places, boolean published) {
        services.add(new ListedService(new ServiceId(UUID.randomUUID()), new ServiceDetails("Refuge", null, "Trust",
                ServiceKind.REFUGE, true, Set.of(), Set.of(), List.of(), null,
                new HowToGetHelp("0300 000 0000", null, null, null, null), null, null, places, TODAY, published),
                "Trust"));
    }

    private void service(LocalDate lastReviewed) {
        services.add(new ListedService(new ServiceId(UUID.randomUUID()), new ServiceDetails("Outreach", null, "Trust",
                ServiceKind.OUTREACH, true, Set.of(), Set.of(), List.of(), null,
                new HowToGetHelp("0300 000 0000", null, null, null, null), null, null, null, lastReviewed, true),
                "Trust"));
    }

    /** The review summary the services module gives, over the stand-in services (2 years, due from 21 months). */
    private ReviewSummary summary(LocalDate today) {
        List<ListedService> published = services.stream().filter(ListedService::published).toList();
        int overdue = (int) published.stream().filter(s -> s.lastReviewed().isBefore(today.minusYears(2))).count();
        return new ReviewSummary(today, published.size(), published.size() - overdue, 0, overdue,
                published.stream().map(ListedService::lastReviewed).min(LocalDate::compareTo));
    }

    interface Answers {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    static <T> T stub(Class<T> type, Answers answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answers.answer(method.getName(), args));
    }
}
