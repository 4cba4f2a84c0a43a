package org.hearth.setup;

import java.util.List;
import java.util.Set;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserDetails;
import org.hearth.access.StaffUsers;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyDetails;
import org.hearth.partnership.Partnerships;
import org.hearth.partnership.Sector;
import org.hearth.partnership.Structures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import java.time.LocalDate;
import org.hearth.audit.AuditTrail;
import org.hearth.services.ServiceDirectory;
import org.hearth.insights.BoardReports;
import org.hearth.strategy.Bvpi225Assessments;
import org.hearth.workforce.Training;
import org.hearth.strategy.PartnershipChecklist;
import org.hearth.strategy.StrategyPlans;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sets up the partnership on first start. The demo (synthetic data only) loads when {@code hearth.demo.enabled}
 * is true, or when it is unset and the embedded database is in use. Otherwise, if
 * {@code HEARTH_ADMIN_PASSWORD} is given, a real partnership is created with one administrator who must enrol
 * a second factor at first sign-in.
 */
@Component
class FirstStart implements ApplicationRunner {

    /** Every demo account's password; printed at start. Demo accounts exist only in the synthetic demo. */
    static final String DEMO_PASSWORD = "hearth-demo-2026";

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final Partnerships partnerships;
    private final StaffUsers users;
    private final Environment env;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final ServiceDirectory directory;
    private final Bvpi225Assessments bvpi225;
    private final Training training;
    private final Structures structures;
    private final StrategyPlans strategies;
    private final PartnershipChecklist checklist;
    private final BoardReports boardReports;
    /** For the demo's MARAC transfers (made through the module, which signs them). */
    private org.hearth.marac.MaracTransfers maracTransfers;
    private final org.hearth.calendar.WorkingDays workingDays;

    FirstStart(Partnerships partnerships, StaffUsers users, Environment env, TransactionTemplate tx, JdbcTemplate jdbc,
            AuditTrail audit, ServiceDirectory directory, Bvpi225Assessments bvpi225, Training training,
            Structures structures, StrategyPlans strategies, PartnershipChecklist checklist, BoardReports boardReports,
            org.hearth.calendar.WorkingDays workingDays) {
        this.workingDays = workingDays;
        this.structures = structures;
        this.boardReports = boardReports;
        this.training = training;
        this.strategies = strategies;
        this.checklist = checklist;
        this.directory = directory;
        this.bvpi225 = bvpi225;
        this.partnerships = partnerships;
        this.users = users;
        this.env = env;
        this.tx = tx;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** For the demo's budgets and contracts (made through the module, which checks and audits them). */
    private org.hearth.commissioning.Budgets commissioningBudgets;
    private org.hearth.commissioning.Contracts commissioningContracts;

    @org.springframework.beans.factory.annotation.Autowired
    void setCommissioning(org.hearth.commissioning.Budgets budgets, org.hearth.commissioning.Contracts contracts) {
        this.commissioningBudgets = budgets;
        this.commissioningContracts = contracts;
    }

    @org.springframework.beans.factory.annotation.Autowired
    void setMaracTransfers(org.hearth.marac.MaracTransfers maracTransfers) {
        this.maracTransfers = maracTransfers;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean fresh = partnerships.current().isEmpty();
        if (demoEnabled()) {
            if (fresh) {
                long started = System.currentTimeMillis();
                tx.executeWithoutResult(s -> {
                    new DemoPartnership(partnerships, users, directory, bvpi225, training, structures, strategies,
                            checklist).load();
                    new DemoActivity(jdbc, audit, env.getProperty("hearth.demo.seed", Long.class, 2026L), LocalDate.now())
                            .load(env.getProperty("hearth.demo.police-incidents", Integer.class, 6000),
                                    env.getProperty("hearth.demo.agency-referrals", Integer.class, 1500),
                                    partnerships.agencies(), partnerships.areas(), users.all());
                    new DemoDuplicates(jdbc).load(partnerships.agencies(), users.all(), LocalDate.now());
                    new DemoInsights(jdbc, boardReports).load(LocalDate.now());
                    DemoUser.find(jdbc, "hub").ifPresent(hub -> new DemoMarac(jdbc).load(hub.id(), LocalDate.now()));
                    if (maracTransfers != null) {
                        new DemoMaracTransfers(maracTransfers, users, jdbc).load(LocalDate.now());
                    }
                    DemoUser.find(jdbc, "idva").ifPresent(idva -> {
                        new DemoCasework(jdbc, workingDays).load(idva, LocalDate.now());
                        new DemoProgrammes(jdbc).load(idva, LocalDate.now());
                    });
                    new DemoOrders(jdbc).load(LocalDate.now());
                    DemoUser.find(jdbc, "hub").ifPresent(hub -> new DemoHub(jdbc).load(hub.id(), LocalDate.now()));
                    new DemoEncompass(jdbc).load(LocalDate.now());
                    DemoUser.find(jdbc, "disclosure")
                            .ifPresent(team -> new DemoDisclosure(jdbc).load(team, LocalDate.now()));
                    DemoUser.find(jdbc, "coordinator")
                            .ifPresent(coordinator -> new DemoReviews(jdbc).load(coordinator, LocalDate.now()));
                    new DemoHousing(jdbc).load(LocalDate.now());
                    if (commissioningBudgets != null) {
                        new DemoCommissioning(commissioningBudgets, commissioningContracts, partnerships)
                                .load(LocalDate.now());
                    }
                    new DemoWorkforce(jdbc).load(LocalDate.now());
                });
                log.info("Loaded the synthetic demo partnership in {} ms", System.currentTimeMillis() - started);
            }
            printDemoLogins();
        } else if (fresh && !env.getProperty("HEARTH_ADMIN_PASSWORD", "").isBlank()) {
            tx.executeWithoutResult(s -> bootstrap());
        }
    }

    boolean demoEnabled() {
        String setting = env.getProperty("hearth.demo.enabled", "").trim();
        if (setting.isEmpty()) {
            return env.getProperty("HEARTH_DB_URL", "").isBlank();
        }
        return Boolean.parseBoolean(setting);
    }

    private void bootstrap() {
        partnerships.establish(env.getProperty("HEARTH_PARTNERSHIP_NAME", "Domestic Abuse Partnership"), null);
        Agency agency = partnerships.createAgency(new AgencyDetails(
                env.getProperty("HEARTH_ADMIN_AGENCY", "Partnership support team"), Sector.COUNCIL, true, null, true));
        String username = env.getProperty("HEARTH_ADMIN_USERNAME", "admin");
        users.create(new StaffUserDetails(username, "Administrator", null, agency.id(), Set.of(Role.SYSTEM_ADMIN),
                true), env.getProperty("HEARTH_ADMIN_PASSWORD"), false);
        log.info("Created the partnership and administrator '{}'; they enrol a second factor at first sign-in",
                username);
    }

    private void printDemoLogins() {
        List<StaffUser> demo = users.all().stream().filter(StaffUser::demo).toList();
        if (demo.isEmpty()) {
            return;
        }
        log.info(demoLogins(demo, env.getProperty("local.server.port", env.getProperty("server.port", "8080"))));
    }

    /**
     * The demo accounts as printed on first start: in the order of {@link Role} (administrator, coordinator, hub,
     * practitioners... key adults, disclosure team), then by username, so "idva" comes before "idva2".
     */
    static String demoLogins(List<StaffUser> demo, String port) {
        StringBuilder out = new StringBuilder("\n\n  Hearth demo partnership: sign in at http://localhost:")
                .append(port).append("/login\n  Password for every demo account: ").append(DEMO_PASSWORD)
                .append("\n\n");
        demo.stream().sorted(java.util.Comparator.<StaffUser>comparingInt(
                u -> u.roles().stream().mapToInt(Role::ordinal).min().orElse(Integer.MAX_VALUE))
                .thenComparing(StaffUser::username))
                .forEach(u -> out.append(String.format("    %-12s %s%n", u.username(),
                        String.join(", ", u.roles().stream().sorted().map(Role::label).toList()))));
        out.append("\n  Demo accounts skip the second factor; every real account must enrol one.\n");
        return out.toString();
    }

}
