package org.hearth.orders;

import java.time.LocalDate;
import java.util.List;

/**
 * Orders made and breached over a period, by type, unsuppressed (a page or report applies small-number suppression).
 *
 * @param made orders made in the period
 * @param ordersBreached orders with at least one breach in the period
 * @param breaches breaches in the period
 */
public record OrderFigures(LocalDate from, LocalDate to, List<Row> rows) {

    public record Row(String typeCode, String typeName, long made, long ordersBreached, long breaches) {
    }
}
