package org.hearth.housing.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUsers;
import org.hearth.housing.RefugeProvider;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.Dates;
import org.hearth.platform.web.Option;
import org.springframework.stereotype.Component;

/** The choices the housing forms offer: areas, agencies, casework staff, providers with their vacancies. */
@Component
class Choices {

    private final Partnerships partnerships;
    private final StaffUsers staff;

    Choices(Partnerships partnerships, StaffUsers staff) {
        this.partnerships = partnerships;
        this.staff = staff;
    }

    List<Option> areas(String empty) {
        List<Option> out = new ArrayList<>(List.of(new Option("", empty)));
        partnerships.areas().forEach(a -> out.add(new Option(a.id().value().toString(), a.name())));
        return out;
    }

    List<Option> agencies(String empty) {
        List<Option> out = new ArrayList<>(List.of(new Option("", empty)));
        partnerships.agencies().stream().filter(Agency::active)
                .forEach(a -> out.add(new Option(a.id().value().toString(), a.name())));
        return out;
    }

    /** Members of staff who work cases, by name, with their agency. */
    List<Option> caseworkers(String empty) {
        Map<AgencyId, String> names = partnerships.agencies().stream()
                .collect(Collectors.toMap(Agency::id, Agency::name));
        List<Option> out = new ArrayList<>(List.of(new Option("", empty)));
        staff.all().stream().filter(StaffUser::enabled)
                .filter(u -> u.roles().stream().anyMatch(Role.CASEWORK::contains))
                .sorted(java.util.Comparator.comparing(StaffUser::displayName))
                .forEach(u -> out.add(new Option(u.id().value().toString(), u.displayName() + " ("
                        + names.getOrDefault(u.agency(), "no agency") + ")")));
        return out;
    }

    static List<Option> providers(List<RefugeProvider> providers) {
        List<Option> out = new ArrayList<>(List.of(new Option("", "Choose a provider")));
        providers.stream().filter(RefugeProvider::active).forEach(p -> out.add(new Option(p.id().toString(),
                p.name() + " (" + p.area() + "): " + (p.vacancies() == null ? "vacancies not reported"
                        : p.vacancies() + (p.vacancies() == 1 ? " vacancy" : " vacancies") + " on "
                                + Dates.day(p.vacanciesOn())))));
        return out;
    }
}
