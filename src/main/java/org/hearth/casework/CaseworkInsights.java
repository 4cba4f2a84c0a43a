package org.hearth.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * Figures of the case-holding services: capacity against the SafeLives guide, time to first contact against target,
 * engagement and outcomes at exit. Counts only: callers showing them beyond a service's managers suppress small
 * numbers ({@code insights.Suppression}).
 */
public interface CaseworkInsights {

    /** Every service's figures (for the partnership's insights roles; no person, so not audited). */
    List<ServiceFigures> figures(LocalDate from, LocalDate to);

    /**
     * One service's figures for its managers (and administrators), unsuppressed.
     *
     * @throws org.springframework.security.access.AccessDeniedException for anyone else
     */
    ServiceFigures figures(CaseServiceId service, LocalDate from, LocalDate to);
}
