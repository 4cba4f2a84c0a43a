package org.hearth.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** What the page layout needs on every page, available to templates as {@code @shell}. */
@Component("shell")
public class UiShell {

    /** A navigation link as rendered; {@code current} marks the section the user is in. */
    public record NavLink(String label, String path, boolean current) {
    }

    private final List<NavigationItem> items;
    private final ObjectProvider<PartnershipBranding> branding;

    UiShell(List<NavigationItem> items, ObjectProvider<PartnershipBranding> branding) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
        this.branding = branding;
    }

    public String serviceName() {
        return "Hearth";
    }

    public String partnershipName() {
        PartnershipBranding b = branding.getIfAvailable();
        return b == null ? "" : b.partnershipName();
    }

    /** The links the current user may follow, the current section marked. */
    public List<NavLink> navigation() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return List.of();
        }
        Set<String> held = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        String uri = currentPath();
        return items.stream()
                .filter(i -> i.authorities().stream().anyMatch(held::contains))
                .map(i -> new NavLink(i.label(), i.path(),
                        i.path().equals("/") ? uri.equals("/") : uri.startsWith(i.path())))
                .toList();
    }

    private static String currentPath() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRequestURI().substring(request.getContextPath().length());
        }
        return "";
    }
}
