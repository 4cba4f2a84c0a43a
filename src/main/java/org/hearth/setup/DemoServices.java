package org.hearth.setup;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;
import org.hearth.services.HowToGetHelp;
import org.hearth.services.Need;
import org.hearth.services.ServiceDetails;
import org.hearth.services.ServiceDirectory;
import org.hearth.services.ServiceKind;

/**
 * The demo partnership's directory of services: invented services and providers. Phone numbers are from Ofcom's
 * ranges reserved for drama (0808 157 0xxx, 0306 999 0xxx, 07700 900xxx), addresses are made up and web addresses
 * use example.org. Two entries are overdue for review and one is due, so the reminder has something to show.
 */
final class DemoServices {

    private final ServiceDirectory directory;
    private final Map<String, AreaId> areas;
    private final Map<String, Agency> agencies;
    private final LocalDate today;

    DemoServices(ServiceDirectory directory, Map<String, AreaId> areas, Map<String, Agency> agencies, LocalDate today) {
        this.directory = directory;
        this.areas = areas;
        this.agencies = agencies;
        this.today = today;
    }

    void load() {
        add("Haven Refuge", "Haven Refuge", ServiceKind.REFUGE, null, needs(Need.WOMEN, Need.CHILDREN_YOUNG_PEOPLE),
                "English, Polish", "24 hours, every day",
                phone("0808 157 0101"), "Safe, self-contained rooms for women and their children escaping domestic "
                        + "abuse, with a support worker for every family and a children's worker.\n\nWe take "
                        + "referrals from anywhere in the country, and you can refer yourself.",
                "Two ground-floor rooms are step-free. Assistance dogs welcome.", 18, 3);
        add("Kingsmoor House", "Kingsmoor Housing Trust", ServiceKind.REFUGE, List.of("Kingsmoor"),
                needs(Need.WOMEN, Need.DISABLED_PEOPLE, Need.BLACK_MINORITISED), "English, Urdu, Punjabi",
                "Phone line 9am to 9pm, every day", phone("0306 999 0102"),
                "A small refuge with specialist support for South Asian women and for disabled women.",
                "Fully accessible building with a lift and a wet room.", 8, 7);
        add("Safe Harbour for Men", "Safe Harbour Housing", ServiceKind.REFUGE, null, needs(Need.MEN, Need.LGBT),
                "English", "Monday to Friday, 9am to 5pm", phone("0306 999 0103"),
                "Safe accommodation for men, including gay, bisexual and trans men, escaping domestic abuse.",
                null, 4, 26); // overdue for review
        add("Northfield IDVA Service", "Northfield IDVA Service", ServiceKind.IDVA, null,
                needs(Need.WOMEN, Need.MEN, Need.LGBT, Need.OLDER_PEOPLE), "English, Polish, Romanian",
                "Monday to Friday, 9am to 5pm. Out of hours, call the National Domestic Abuse Helpline.",
                new HowToGetHelp("0306 999 0104", null, "idva@northfield-idva.example.org",
                        "https://northfield-idva.example.org", null),
                "Independent domestic violence advisers support people at high risk: safety planning, court, "
                        + "housing and talking to other agencies on your behalf.", null, null, 5);
        add("Eastvale Women's Aid Outreach", "Eastvale Women's Aid Outreach", ServiceKind.OUTREACH,
                List.of("Eastvale"), needs(Need.WOMEN, Need.NO_RECOURSE, Need.BLACK_MINORITISED),
                "English, Arabic, Bengali", "Monday to Thursday, 9:30am to 4:30pm; drop in on Tuesdays 10am to 1pm",
                new HowToGetHelp("0306 999 0105", "07700 900105", null, null, "Unit 4, Mill Yard, Eastvale, EV1 2ZZ"),
                "One-to-one support at home or somewhere safe, support groups, and help with housing, benefits and "
                        + "immigration, including for women with no recourse to public funds.",
                "Step-free office with an accessible toilet. Interpreters on request.", null, 2);
        add("Northfield Domestic Abuse Line", "Northfield Community Safety Team", ServiceKind.HELPLINE, null,
                needs(), "English", "Every day, 8am to 8pm",
                new HowToGetHelp("0808 157 0106", "07700 900106", null, null, null),
                "Talk to someone in confidence about what is happening, for yourself or someone you are worried "
                        + "about. We can refer you to local services.", "Interpreters for any language on request. Text relay and BSL video relay welcome.",
                null, 1);
        add("Change Ahead", "Change Ahead Perpetrator Programme", ServiceKind.PERPETRATOR_PROGRAMME, null,
                needs(Need.MEN), "English", "Groups on weekday evenings",
                new HowToGetHelp("0306 999 0107", null, "start@changeahead.example.org", null, null),
                "A group programme for men who want to stop being abusive, with support for their partners and "
                        + "ex-partners.", null, null, 11);
        add("Little Steps", "Northfield Family Support Trust", ServiceKind.CHILDREN,
                List.of("Northfield City", "Eastvale"), needs(Need.CHILDREN_YOUNG_PEOPLE), "English",
                "Monday to Friday, 9am to 5pm, and after school", new HowToGetHelp("0306 999 0108", null,
                        "hello@littlesteps.example.org", "https://littlesteps.example.org", null),
                "Play and talking support for children aged 4 to 16 who have lived with domestic abuse, and "
                        + "sessions for parents.", null, null, 9);
        add("Open Door Women's Drop-in", "Northfield Women's Centre", ServiceKind.DROP_IN, List.of("Northfield City"),
                needs(Need.WOMEN, Need.BLACK_MINORITISED, Need.NO_RECOURSE), "English, Arabic, Somali, Urdu",
                "Wednesdays and Fridays, 10am to 2pm. A free creche runs on Wednesdays.",
                new HowToGetHelp("0306 999 0109", null, null, null, "Open Door Centre, 27 Fennel Street, Northfield, NF2 8ZZ"),
                "Come in for a cup of tea and talk to a support worker. No appointment needed.",
                "Ground-floor rooms, accessible toilet, hearing loop.", null, 4);
        add("Safe at Home Sanctuary Scheme", "Northfield City Council Housing Options", ServiceKind.SANCTUARY_SCHEME,
                List.of("Northfield City"), needs(), "English", "Monday to Friday, 9am to 5pm",
                new HowToGetHelp("0306 999 0110", null, "sanctuary@northfield-council.example.org", null, null),
                "Extra security so you can stay safely in your own home if you want to: stronger doors and locks, "
                        + "alarms and lighting.", null, null, 30); // overdue for review
        add("Kingsmoor Survivors' Counselling", "Kingsmoor Talking Therapies Collective", ServiceKind.COUNSELLING,
                List.of("Kingsmoor"), needs(Need.WOMEN, Need.MEN, Need.LGBT), "English, Welsh",
                "By appointment, including evenings", new HowToGetHelp("0306 999 0111", null,
                        "talk@kingsmoor-counselling.example.org", "https://kingsmoor-counselling.example.org", null),
                "Free counselling, up to 12 sessions, for adults who have experienced domestic abuse.",
                "Sessions by phone or video if you cannot travel.", null, 22); // review due
        add("Rainbow Safe", "Rainbow Safe Northfield", ServiceKind.OUTREACH, null, needs(Need.LGBT), "English",
                "Monday to Friday, 10am to 6pm", new HowToGetHelp(null, "07700 900112", "support@rainbowsafe.example.org",
                        "https://rainbowsafe.example.org", null),
                "Support by and for LGBT+ people experiencing abuse from a partner or family member.", null, null, 6);
        add("Northfield Law Centre Family Clinic", "Northfield Law Centre", ServiceKind.LEGAL_ADVICE, null,
                needs(Need.NO_RECOURSE), "English, Polish, Portuguese", "Thursdays, 1pm to 7pm",
                new HowToGetHelp("0306 999 0113", null, null, "https://northfield-law.example.org",
                        "Law Centre, 3 Court Lane, Northfield, NF1 4ZZ"),
                "Free advice on non-molestation orders, child arrangements, housing and immigration. Legal aid "
                        + "checks on the day.", "Step-free entrance at the rear.", null, 14);
        add("Silver Threads", "Silver Threads Age Project", ServiceKind.OUTREACH, List.of("Eastvale", "Kingsmoor"),
                needs(Need.OLDER_PEOPLE, Need.DISABLED_PEOPLE), "English", "Monday to Friday, 9am to 4pm",
                phone("0306 999 0114"),
                "Support at home for people over 60 experiencing abuse from a partner, family member or carer.",
                "Home visits available.", null, 8);
        add("Fresh Start", "Northfield Recovery Partnership", ServiceKind.OUTREACH, List.of("Northfield City"),
                needs(Need.SUBSTANCE_USE, Need.WOMEN, Need.MEN), "English", "Monday to Saturday, 9am to 5pm",
                new HowToGetHelp("0306 999 0115", "07700 900115", null, null, null),
                "Domestic abuse support alongside drug and alcohol recovery, without judgement.", null, null, 10);
        add("Eastvale Teen Space", "Eastvale Youth Trust", ServiceKind.CHILDREN, List.of("Eastvale"),
                needs(Need.CHILDREN_YOUNG_PEOPLE), "English", "Closed while the service is recommissioned",
                phone("0306 999 0116"), "Support for young people aged 13 to 19 in abusive relationships.", null,
                null, 12, false);
    }

    private void add(String name, String provider, ServiceKind kind, List<String> areaNames, Set<Need> needs,
            String languages, String openingTimes, HowToGetHelp help, String description, String accessibility,
            Integer refugePlaces, int monthsSinceReview) {
        add(name, provider, kind, areaNames, needs, languages, openingTimes, help, description, accessibility,
                refugePlaces, monthsSinceReview, true);
    }

    private void add(String name, String provider, ServiceKind kind, List<String> areaNames, Set<Need> needs,
            String languages, String openingTimes, HowToGetHelp help, String description, String accessibility,
            Integer refugePlaces, int monthsSinceReview, boolean published) {
        Agency agency = agencies.get(provider);
        AgencyId agencyId = agency == null ? null : agency.id();
        Set<AreaId> served = areaNames == null ? Set.of()
                : areaNames.stream().map(areas::get).collect(Collectors.toSet());
        directory.add(new ServiceDetails(name, agencyId, agency == null ? provider : null, kind, areaNames == null,
                served, needs, Arrays.stream(languages.split(",")).map(String::trim).toList(), openingTimes, help,
                description, accessibility, refugePlaces, today.minusMonths(monthsSinceReview).minusDays(3), published));
    }

    private static Set<Need> needs(Need... needs) {
        return needs.length == 0 ? Set.of() : EnumSet.copyOf(List.of(needs));
    }

    private static HowToGetHelp phone(String number) {
        return new HowToGetHelp(number, null, null, null, null);
    }
}
