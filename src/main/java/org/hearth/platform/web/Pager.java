package org.hearth.platform.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Page numbers for the pagination fragment. {@code page} counts from 1; {@code hrefPattern} has {@code {page}}
 * where the number goes.
 */
public record Pager(int page, long totalItems, int pageSize, String hrefPattern) {

    /** The pager of the page asked for, kept between the first page and the last. */
    public static Pager within(long page, long totalItems, int pageSize, String hrefPattern) {
        int last = new Pager(1, totalItems, pageSize, hrefPattern).pages();
        return new Pager((int) Math.max(1, Math.min(page, last)), totalItems, pageSize, hrefPattern);
    }

    public int pages() {
        return (int) Math.max(1, (totalItems + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    public int offset() {
        return (Math.max(1, page) - 1) * pageSize;
    }

    public String href(int p) {
        return hrefPattern.replace("{page}", String.valueOf(p));
    }

    /** First, last, and the pages around the current one; 0 marks an ellipsis. */
    public List<Integer> window() {
        List<Integer> out = new ArrayList<>();
        int last = pages();
        for (int p = 1; p <= last; p++) {
            if (p == 1 || p == last || Math.abs(p - page) <= 1) {
                out.add(p);
            } else if (out.get(out.size() - 1) != 0) {
                out.add(0);
            }
        }
        return out;
    }
}
