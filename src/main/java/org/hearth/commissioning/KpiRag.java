package org.hearth.commissioning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.hearth.strategy.Rag;

/**
 * A KPI's status against its target: green when met, amber when within 10% of the target, red otherwise, and
 * "no figure" when there is nothing to compare. Worked out from the figures, never chosen; unlike
 * {@code strategy.Rag}, the status a coordinator gives a strategy's action for the board, which has no "no figure".
 */
public enum KpiRag {
    GREEN(Rag.GREEN), AMBER(Rag.AMBER), RED(Rag.RED), NONE(null);

    /** How far short of the target (as a fraction of it) is still amber. */
    public static final BigDecimal AMBER_MARGIN = new BigDecimal("0.10");

    /** The board's status of the same name, whose words and tag colour this one shows (none for "no figure"). */
    private final Rag rag;

    KpiRag(Rag rag) {
        this.rag = rag;
    }

    public String label() {
        return rag == null ? "No figure" : rag.label();
    }

    /** The GOV.UK tag colour: {@link Rag}'s, so amber is one colour everywhere; grey for no figure. */
    public String colour() {
        return rag == null ? "grey" : rag.colour();
    }

    /** The status of {@code value} against {@code target}. */
    public static KpiRag of(BigDecimal value, BigDecimal target, boolean higherIsBetter) {
        if (value == null || target == null) {
            return NONE;
        }
        int met = value.compareTo(target);
        if (higherIsBetter ? met >= 0 : met <= 0) {
            return GREEN;
        }
        BigDecimal margin = target.abs().multiply(AMBER_MARGIN).setScale(4, RoundingMode.HALF_UP);
        BigDecimal shortBy = value.subtract(target).abs();
        return shortBy.compareTo(margin) <= 0 ? AMBER : RED;
    }
}
