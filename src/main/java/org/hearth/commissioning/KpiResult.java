package org.hearth.commissioning;

import java.math.BigDecimal;

/** A KPI's figure for one quarter (computed or entered; null when there is none) and its RAG against target. */
public record KpiResult(Kpi kpi, FinancialYear year, int quarter, BigDecimal value, KpiRag rag) {
}
