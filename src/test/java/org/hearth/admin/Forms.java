package org.hearth.admin;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.jsoup.nodes.Element;

/** Form posts with repeated fields (checkboxes), which {@link WebSession#post} cannot send. */
public final class Forms {

    private Forms() {
    }

    /**
     * Posts {@code nameValuePairs} (name, value, name, value...) with the CSRF token of {@code from}, the page the
     * form is on.
     */
    public static Page post(WebSession web, Page from, String path, String... nameValuePairs) {
        List<String> parts = new ArrayList<>();
        if (from.csrf() != null) {
            parts.add("_csrf=" + enc(from.csrf()));
        }
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            parts.add(enc(nameValuePairs[i]) + "=" + enc(nameValuePairs[i + 1]));
        }
        return web.send(HttpRequest.newBuilder(web.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", parts))));
    }

    /** GETs as a browser does, asking for HTML (error pages answer JSON to clients that do not). */
    public static Page browse(WebSession web, String path) {
        return web.send(HttpRequest.newBuilder(web.uri(path)).header("Accept", "text/html,*/*;q=0.8").GET());
    }

    /** The text of the green success banner, or null. */
    public static String successBanner(Page page) {
        Element banner = page.html().selectFirst(".govuk-notification-banner--success");
        return banner == null ? null : banner.text();
    }

    /** The field-level error message shown for a field, or null. */
    public static String fieldError(Page page, String field) {
        Element error = page.html().getElementById(field + "-error");
        return error == null ? null : error.text();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
