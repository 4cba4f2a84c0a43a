package org.hearth.audit.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.hearth.platform.web.DateParts;

/**
 * The audit search form as typed, read from the query string (a GET form, so a search can be bookmarked and
 * shared). Dates are the three boxes of a GOV.UK date input ({@code from.day}, {@code from.month}...).
 */
public class AuditSearchForm {

    private final String actor;
    private final String action;
    private final String recordType;
    private final String recordId;
    private final DateParts from;
    private final DateParts to;

    AuditSearchForm(String actor, String action, String recordType, String recordId, DateParts from, DateParts to) {
        this.actor = trim(actor);
        this.action = trim(action);
        this.recordType = trim(recordType);
        this.recordId = trim(recordId);
        this.from = from;
        this.to = to;
    }

    static AuditSearchForm of(Map<String, String> params) {
        return new AuditSearchForm(params.get("actor"), params.get("action"), params.get("recordType"),
                params.get("recordId"), date(params, "from"), date(params, "to"));
    }

    private static DateParts date(Map<String, String> params, String name) {
        return new DateParts(trim(params.get(name + ".day")), trim(params.get(name + ".month")),
                trim(params.get(name + ".year")));
    }

    /** The criteria as query parameters, each followed by {@code &}; empty when there are none. */
    String queryString() {
        StringBuilder out = new StringBuilder();
        fields().forEach((name, value) -> out.append(enc(name)).append('=').append(enc(value)).append('&'));
        return out.toString();
    }

    /** The criteria for the audit entry that records this search. */
    String describe() {
        StringJoiner out = new StringJoiner("; ");
        fields().forEach((name, value) -> out.add(name + "=" + value));
        return out.length() == 0 ? "all entries" : out.toString();
    }

    private Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "actor", actor);
        put(fields, "action", action);
        put(fields, "recordType", recordType);
        put(fields, "recordId", recordId);
        putDate(fields, "from", from);
        putDate(fields, "to", to);
        return fields;
    }

    private static void putDate(Map<String, String> fields, String name, DateParts date) {
        put(fields, name + ".day", date.day());
        put(fields, name + ".month", date.month());
        put(fields, name + ".year", date.year());
    }

    private static void put(Map<String, String> fields, String name, String value) {
        if (!value.isEmpty()) {
            fields.put(name, value);
        }
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public DateParts getFrom() {
        return from;
    }

    public DateParts getTo() {
        return to;
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
