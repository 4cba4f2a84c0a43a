package org.hearth.platform.web;

/** A row of the summary list fragment; {@code actionHref} null for a row without a change link. */
public record SummaryRow(String key, String value, String actionHref, String actionLabel) {

    public SummaryRow(String key, String value) {
        this(key, value, null, null);
    }
}
