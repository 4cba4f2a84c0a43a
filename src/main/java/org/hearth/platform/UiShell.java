package org.hearth.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/** What the page layout needs on every page, available to templates as {@code @shell}. */
@Component("shell")
public class UiShell {

    /** A navigation link as rendered; {@code current} marks the section the user is in. */
    public record NavLink(String label, String path, boolean current) {
    }

    private final List<NavigationItem> items;
    private final ObjectProvider<PartnershipBranding> branding;

    /** The navigation is read from the handlers' {@link Navigation} annotations once, here. */
    UiShell(List<RequestMappingInfoHandlerMapping> handlerMappings, ObjectProvider<PartnershipBranding> branding) {
        this.items = HandlerNavigation.items(handlerMappings);
        this.branding = branding;
    }

    public String serviceName() {
        return "Hearth";
    }

    public String partnershipName() {
        PartnershipBranding b = branding.getIfAvailable();
        return b == null ? "" : b.partnershipName();
    }

    /**
     * The links the current user may follow, the current one marked: each item, except that a section of which the
     * user has two or more items shows as one link (where its first item would be).
     */
    public List<NavLink> navigation() {
        String uri = currentPath();
        Map<NavigationSection, List<NavigationItem>> sections = grouped();
        List<NavLink> links = new ArrayList<>();
        Set<NavigationSection> shown = new java.util.HashSet<>();
        for (NavigationItem i : visible()) {
            List<NavigationItem> its = i.section() == null ? List.of() : sections.get(i.section());
            if (its.size() < 2) {
                links.add(link(i, uri));
            } else if (shown.add(i.section())) {
                boolean current = uri.equals(i.section().path()) || its.stream().anyMatch(s -> link(s, uri).current());
                links.add(new NavLink(i.section().label(), i.section().path(), current));
            }
        }
        return links;
    }

    /** The second row of links on a section's pages: its label and its items, the current one marked. */
    public record SectionMenu(String label, List<NavLink> links) {
    }

    /** The section the current page belongs to, when the menu shows it as one link; empty otherwise. */
    public Optional<SectionMenu> sectionMenu() {
        String uri = currentPath();
        return grouped().entrySet().stream().filter(e -> e.getValue().size() > 1)
                .filter(e -> uri.equals(e.getKey().path()) || e.getValue().stream().anyMatch(i -> link(i, uri).current()))
                .findFirst().map(e -> new SectionMenu(e.getKey().label() + " menu", onlyNearest(
                        e.getValue().stream().map(i -> link(i, uri)).toList())));
    }

    /**
     * One current link at most: where two items match the page ({@code /casework} and {@code /casework/my-cases}),
     * the one with the longer path is the page.
     */
    static List<NavLink> onlyNearest(List<NavLink> links) {
        String nearest = links.stream().filter(NavLink::current).map(NavLink::path)
                .max(java.util.Comparator.comparingInt(String::length)).orElse(null);
        return links.stream().map(l -> new NavLink(l.label(), l.path(), l.path().equals(nearest))).toList();
    }

    /** A section's items the current user may follow. */
    public List<NavLink> section(NavigationSection section) {
        String uri = currentPath();
        return visible().stream().filter(i -> i.section() == section).map(i -> link(i, uri)).toList();
    }

    private Map<NavigationSection, List<NavigationItem>> grouped() {
        Map<NavigationSection, List<NavigationItem>> sections = new LinkedHashMap<>();
        for (NavigationItem i : visible()) {
            if (i.section() != null) {
                sections.computeIfAbsent(i.section(), s -> new ArrayList<>()).add(i);
            }
        }
        return sections;
    }

    private List<NavigationItem> visible() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return List.of();
        }
        Set<String> held = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return items.stream().filter(i -> i.authorities().stream().anyMatch(held::contains)).toList();
    }

    private static NavLink link(NavigationItem i, String uri) {
        return new NavLink(i.label(), i.path(), i.path().equals("/") ? uri.equals("/") : uri.startsWith(i.path()));
    }

    private static String currentPath() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRequestURI().substring(request.getContextPath().length());
        }
        return "";
    }
}
