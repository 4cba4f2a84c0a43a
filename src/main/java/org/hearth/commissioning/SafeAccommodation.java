package org.hearth.commissioning;

/**
 * The safe accommodation duty (Domestic Abuse Act 2021, Part 4) for a financial year: the needs assessment's
 * figures drawn from Hearth's refuge and sanctuary records (through {@code housing.HousingCounts}), the spend on the
 * safe accommodation work streams, and the annual return's figures built from them. Every count is suppressed with
 * {@code insights.Suppression}; money is shown as it is. No person data.
 */
public interface SafeAccommodation {

    SafeAccommodationReturn year(FinancialYear year);
}
