package org.hearth.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * The navigation declared by {@link Navigation} on the handlers, in order. A declaration that cannot be a link (a
 * handler that is not one GET path without variables, no roles, an order another link has) stops the start.
 */
final class HandlerNavigation {

    private HandlerNavigation() {
    }

    static List<NavigationItem> items(Collection<? extends RequestMappingInfoHandlerMapping> mappings) {
        List<NavigationItem> items = new ArrayList<>();
        for (RequestMappingInfoHandlerMapping mapping : mappings) {
            mapping.getHandlerMethods().forEach((info, handler) -> {
                for (Navigation n : handler.getMethod().getAnnotationsByType(Navigation.class)) {
                    items.add(item(n, path(info, handler), handler));
                }
            });
        }
        Map<Integer, NavigationItem> byOrder = new HashMap<>();
        for (NavigationItem i : items) {
            NavigationItem other = byOrder.putIfAbsent(i.order(), i);
            if (other != null) {
                throw new IllegalStateException("@Navigation \"" + i.label() + "\" and \"" + other.label()
                        + "\" have the same order, " + i.order() + ": give each its own");
            }
        }
        return items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
    }

    private static NavigationItem item(Navigation n, String path, HandlerMethod handler) {
        if (n.roles().length == 0 || n.section().length > 1) {
            throw new IllegalStateException("@Navigation on " + handler + ": name the roles, and one section at most");
        }
        Set<String> authorities = Stream.of(n.roles()).map(r -> authority(r, handler)).collect(Collectors.toSet());
        NavigationSection section = n.section().length == 0 ? null : n.section()[0];
        return new NavigationItem(n.label(), path, n.order(), authorities, section);
    }

    private static String authority(String role, HandlerMethod handler) {
        if (role.startsWith("ROLE_")) {
            throw new IllegalStateException("@Navigation on " + handler + ": name the role without ROLE_, " + role);
        }
        return role.equals(Navigation.SIGNED_IN) ? role : "ROLE_" + role;
    }

    private static String path(RequestMappingInfo info, HandlerMethod handler) {
        Set<String> paths = info.getPatternValues();
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        String path = paths.size() == 1 ? paths.iterator().next() : "";
        if (path.isEmpty() || path.contains("{") || path.contains("*")
                || !(methods.isEmpty() || methods.contains(RequestMethod.GET))) {
            throw new IllegalStateException("@Navigation on " + handler + ": a link needs a handler of one GET path "
                    + "without variables, not " + methods + " " + paths);
        }
        return path;
    }
}
