package org.hearth.setup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.platform.FinancialYears;
import org.hearth.strategy.Bvpi225Answer;
import org.hearth.strategy.Bvpi225Assessments;
import org.hearth.strategy.Bvpi225Proposal;
import org.hearth.strategy.Rag;

/**
 * Synthetic BVPI 225 history for Northfield, shaped like Leicester's (seed 002, Appendix A): 2005/06 reported at
 * 64% (7 of 11, March 2006) and 2006/07 at 82% (9 of 11, February 2007), Leicester's "Amber/Green" read as amber and
 * "Amber/Red" as red; and a draft for the current year that accepts Hearth's proposals.
 */
final class DemoBvpi225 {

    private final Bvpi225Assessments assessments;

    DemoBvpi225(Bvpi225Assessments assessments) {
        this.assessments = assessments;
    }

    void load(LocalDate today) {
        // question: 2005/06 yes?, RAG, 2006/07 yes?, RAG, evidence
        Object[][] history = {
            {true, Rag.GREEN, true, Rag.GREEN, "Northfield directory of services published; reviewed every 2 years"},
            {true, Rag.GREEN, true, Rag.GREEN, "Refuge places counted with Supporting People against the mid-year population"},
            {true, Rag.GREEN, true, Rag.GREEN, "Domestic abuse coordinator post funded by the council"},
            {false, Rag.AMBER, false, Rag.AMBER, "Inter-agency strategy drafted; adoption by Cabinet pending"},
            {true, Rag.GREEN, true, Rag.GREEN, "Forum met quarterly: minutes on file"},
            {false, Rag.RED, false, Rag.AMBER, "Information-sharing protocol agreed by police and health; others to sign"},
            {true, Rag.GREEN, true, Rag.GREEN, "Sanctuary scheme launched and promoted through housing offices"},
            {false, Rag.RED, true, Rag.GREEN, "Repeat homeless acceptances due to domestic abuse down on the year before"},
            {true, Rag.GREEN, true, Rag.AMBER, "Tenancy agreement clause in place; stock transfer landlord's under review"},
            {true, Rag.AMBER, true, Rag.GREEN, "Schools education pack funded and developed with the forum"},
            {false, Rag.RED, true, Rag.GREEN, "Multi-agency training for housing, police and health staff"},
        };
        report("2005/06", LocalDate.of(2005, 4, 1), LocalDate.of(2006, 3, 31), LocalDate.of(2006, 3, 31), history, 0);
        report("2006/07", LocalDate.of(2006, 4, 1), LocalDate.of(2007, 3, 31), LocalDate.of(2007, 2, 28), history, 2);

        int year = FinancialYears.startingYear(today);
        String current = year + "/" + String.format("%02d", (year + 1) % 100);
        assessments.start(current, LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31));
        List<Bvpi225Answer> draft = new ArrayList<>();
        for (Bvpi225Proposal p : assessments.proposals(today)) {
            if (p.hasAnswer()) {
                draft.add(Bvpi225Answer.of(p.question(), p.yes(), p.yes() ? Rag.GREEN : Rag.AMBER, null));
            }
        }
        draft.add(Bvpi225Answer.of(3, true, Rag.GREEN, "Domestic abuse coordinator post funded by the council"));
        assessments.answer(current, draft);
    }

    private void report(String period, LocalDate starts, LocalDate ends, LocalDate reportedOn, Object[][] rows,
            int column) {
        assessments.start(period, starts, ends);
        List<Bvpi225Answer> answers = new ArrayList<>();
        for (int q = 1; q <= rows.length; q++) {
            Object[] row = rows[q - 1];
            answers.add(Bvpi225Answer.of(q, (Boolean) row[column], (Rag) row[column + 1], (String) row[4]));
        }
        assessments.answer(period, answers);
        assessments.report(period, reportedOn);
    }
}
