package org.hearth.orders;

/**
 * A day a clock leaves out. Bank holidays come from the {@code calendar} module (a holiday at a weekend is listed on
 * the weekday it is observed on); Christmas Day is the 25th of December whatever the weekday, so it is left out even
 * on a Saturday (when the bank holiday is observed on the 27th); Good Friday is the day the calendar names so.
 */
public enum ExcludedDay {
    SUNDAY("Sundays"),
    SATURDAY("Saturdays"),
    BANK_HOLIDAY("bank holidays"),
    CHRISTMAS_DAY("Christmas Day"),
    GOOD_FRIDAY("Good Friday");

    private final String label;

    ExcludedDay(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
