package org.hearth.setup;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.hearth.access.Role;
import org.hearth.access.StaffUserDetails;
import org.hearth.access.StaffUsers;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyDetails;
import org.hearth.partnership.Area;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.partnership.Sector;
import org.hearth.partnership.Structures;
import org.hearth.services.ServiceDirectory;
import org.hearth.strategy.Bvpi225Assessments;
import org.hearth.strategy.PartnershipChecklist;
import org.hearth.strategy.StrategyPlans;
import org.hearth.workforce.Training;

/** The synthetic Northfield partnership: invented places, agencies and staff; no real data. */
final class DemoPartnership {

    private final Partnerships partnerships;
    private final StaffUsers users;
    private final ServiceDirectory directory;
    private final Bvpi225Assessments bvpi225;
    private final Training training;
    private final Structures structures;
    private final StrategyPlans strategies;
    private final PartnershipChecklist checklist;

    DemoPartnership(Partnerships partnerships, StaffUsers users, ServiceDirectory directory,
            Bvpi225Assessments bvpi225, Training training, Structures structures, StrategyPlans strategies,
            PartnershipChecklist checklist) {
        this.structures = structures;
        this.training = training;
        this.strategies = strategies;
        this.checklist = checklist;
        this.partnerships = partnerships;
        this.users = users;
        this.directory = directory;
        this.bvpi225 = bvpi225;
    }

    void load() {
        partnerships.establish("Northfield Domestic Abuse Partnership", 540_000);
        Map<String, AreaId> areas = new HashMap<>();
        for (Object[] a : new Object[][] {{"Northfield City", 260_000}, {"Eastvale", 150_000}, {"Kingsmoor", 130_000}}) {
            Area area = partnerships.addArea((String) a[0], (Integer) a[1]);
            areas.put(area.name(), area.id());
        }
        Map<String, Agency> agencies = new HashMap<>();
        Object[][] list = {
            {"Northfield Police", Sector.POLICE, true, null},
            {"Northfield City Council Housing Options", Sector.COUNCIL, true, "Northfield City"},
            {"Northfield Children's Social Care", Sector.COUNCIL, true, null},
            {"Northfield Adult Social Care", Sector.COUNCIL, true, null},
            {"Northfield Community Safety Team", Sector.COUNCIL, true, null},
            {"Northfield Hospitals NHS Trust", Sector.HEALTH, true, null},
            {"Eastvale Primary Care Network", Sector.HEALTH, true, "Eastvale"},
            {"Northfield Probation Delivery Unit", Sector.PROBATION, true, null},
            {"Northfield Magistrates' Court", Sector.COURTS, true, null},
            {"Kingsmoor Academy Trust", Sector.EDUCATION, true, "Kingsmoor"},
            {"Northfield IDVA Service", Sector.VOLUNTARY, false, null},
            {"Haven Refuge", Sector.VOLUNTARY, false, null},
            {"Eastvale Women's Aid Outreach", Sector.VOLUNTARY, false, "Eastvale"},
            {"Change Ahead Perpetrator Programme", Sector.VOLUNTARY, false, null},
        };
        for (Object[] a : list) {
            AreaId area = a[3] == null ? null : areas.get(a[3]);
            Agency agency = partnerships.createAgency(
                    new AgencyDetails((String) a[0], (Sector) a[1], (Boolean) a[2], area, true));
            agencies.put(agency.name(), agency);
        }
        Object[][] staff = {
            {"admin", "Sam Okafor (demo)", "Northfield Community Safety Team", Role.SYSTEM_ADMIN},
            {"coordinator", "Priya Lindqvist (demo)", "Northfield Community Safety Team", Role.PARTNERSHIP_COORDINATOR},
            {"hub", "Jordan Achterberg (demo)", "Northfield Police", Role.HUB_COORDINATOR},
            {"idva", "Morgan Feltham (demo)", "Northfield IDVA Service", Role.PRACTITIONER},
            {"idva2", "Alex Penrose (demo)", "Northfield IDVA Service", Role.PRACTITIONER},
            // the perpetrator programme provider's facilitator: the men referred, never their partners
            {"programme", "Dev Harrow (demo programme)", "Change Ahead Perpetrator Programme", Role.PRACTITIONER},
            // Haven Refuge's named worker for referrals (the demo's refuge provider: its vacancies and referrals)
            {"refuge", "Jo Whitlock (demo)", "Haven Refuge", Role.PRACTITIONER},
            {"police", "Casey Brennagh (demo)", "Northfield Police", Role.AGENCY_REPRESENTATIVE},
            {"analyst", "Robin Tallis (demo)", "Northfield Community Safety Team", Role.ANALYST},
            // key adults outside the partnership's agencies: a school's and a GP practice's (their own notifications only)
            {"school", "Alex Marlow (demo school)", "Kingsmoor Academy Trust", Role.ESTABLISHMENT_CONTACT},
            {"practice", "Dr Jo Pennant (demo practice)", "Eastvale Primary Care Network", Role.ESTABLISHMENT_CONTACT},
            {"disclosure", "Alex Okonjo (demo)", "Northfield Police", Role.DISCLOSURE_TEAM},
            {"governance", "Rowan Adebayo (demo)", "Northfield Community Safety Team", Role.INFORMATION_GOVERNANCE},
            // a second officer of the same agency: a correction one proposes, the other approves (never their own)
            {"governance2", "Kit Okoro (demo)", "Northfield Community Safety Team", Role.INFORMATION_GOVERNANCE},
        };
        for (Object[] s : staff) {
            users.create(new StaffUserDetails((String) s[0], (String) s[1], s[0] + "@northfield.example",
                    agencies.get(s[2]).id(), Set.of((Role) s[3]), true), FirstStart.DEMO_PASSWORD, true);
        }
        new DemoServices(directory, areas, agencies, directory.today()).load();
        new DemoTraining(training).load(training.today());
        new DemoStructures(structures, agencies).load(structures.today());
        new DemoStrategy(strategies, checklist, partnerships).load(strategies.today()); // before BVPI 225: item 4
        new DemoBvpi225(bvpi225).load(bvpi225.today());
    }
}
