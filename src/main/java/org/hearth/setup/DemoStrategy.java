package org.hearth.setup;

import static org.hearth.strategy.ObjectiveStatus.GAP_IDENTIFIED;
import static org.hearth.strategy.ObjectiveStatus.SOME_SUCCESS;
import static org.hearth.strategy.ObjectiveStatus.WORKING_TOWARDS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.FinancialYears;
import org.hearth.strategy.ActionAreaId;
import org.hearth.strategy.ActionId;
import org.hearth.strategy.ChecklistAnswer;
import org.hearth.strategy.ChecklistQuestion;
import org.hearth.strategy.ChecklistResponse;
import org.hearth.strategy.ChecklistRun;
import org.hearth.strategy.ObjectiveId;
import org.hearth.strategy.PartnershipChecklist;
import org.hearth.strategy.Rag;
import org.hearth.strategy.Strategy;
import org.hearth.strategy.StrategyPlans;
import org.hearth.strategy.ThemeId;

/**
 * Northfield's strategy, shaped like Leicester's Domestic Violence Inter-Agency Strategy 2007/09 (seed 002 §2.5-2.7)
 * but running over the two financial years to the current one's end, so it is current: the three themes and 12
 * objectives with Leicester's current-performance ratings as at its start, a few moved since (so the board sees
 * movement), the 8 action areas mapped to objectives, actions owned by Northfield agencies (two overdue, one done),
 * and one run of the partnership checklist whose resources gap became an action.
 */
final class DemoStrategy {

    static final String BOARD = "Northfield Domestic Abuse Partnership Board";

    private final StrategyPlans plans;
    private final PartnershipChecklist checklist;
    private final Partnerships partnerships;

    DemoStrategy(StrategyPlans plans, PartnershipChecklist checklist, Partnerships partnerships) {
        this.plans = plans;
        this.checklist = checklist;
        this.partnerships = partnerships;
    }

    void load(LocalDate today) {
        int year = FinancialYears.startingYear(today) - 1;
        LocalDate starts = LocalDate.of(year, 4, 1);
        LocalDate ends = LocalDate.of(year + 2, 3, 31);
        Strategy s = plans.create("Northfield Domestic Abuse Inter-Agency Strategy " + year + "/"
                + String.format("%02d", (year + 2) % 100), starts, ends);
        plans.adopt(s.id(), starts.minusDays(20), BOARD);

        String rated = "Rated when the strategy was drafted";
        ThemeId prevention = plans.addTheme(s.id(), "Prevention");
        ThemeId support = plans.addTheme(s.id(), "Support");
        ThemeId protection = plans.addTheme(s.id(), "Protection");
        ObjectiveId p1 = plans.addObjective(s.id(), prevention, "Children and young people to receive education related"
                + " to domestic abuse and healthy relationships.", WORKING_TOWARDS, starts, rated);
        ObjectiveId p2 = plans.addObjective(s.id(), prevention, "Children, young people and adults affected by domestic"
                + " abuse are identified and receive appropriate interventions.", WORKING_TOWARDS, starts, rated);
        ObjectiveId p3 = plans.addObjective(s.id(), prevention, "Adults to have a basic understanding of domestic abuse"
                + " issues and the resources available.", SOME_SUCCESS, starts, rated);
        ObjectiveId p4 = plans.addObjective(s.id(), prevention, "Organisations have a local understanding of the issues"
                + " of domestic abuse.", SOME_SUCCESS, starts, rated);
        ObjectiveId s1 = plans.addObjective(s.id(), support, "Organisations to recognise the issue of domestic abuse and"
                + " make a commitment to take appropriate responsibility for the welfare of their clients and employees.",
                SOME_SUCCESS, starts, rated);
        ObjectiveId s2 = plans.addObjective(s.id(), support, "Public sector organisations to actively engage in"
                + " partnership work on domestic abuse, including a commitment to the partnership at all appropriate"
                + " levels.", SOME_SUCCESS, starts, rated);
        ObjectiveId s3 = plans.addObjective(s.id(), support, "The partnership to ensure that there is accessible,"
                + " appropriate and sufficient, good quality specialist and general provision for people affected by"
                + " domestic abuse.", WORKING_TOWARDS, starts, rated);
        ObjectiveId s4 = plans.addObjective(s.id(), support, "Organisations build a strong evidence base of positive"
                + " outcomes.", GAP_IDENTIFIED, starts, rated);
        ObjectiveId r1 = plans.addObjective(s.id(), protection, "Those aware of domestic abuse, suffering from domestic"
                + " abuse or perpetrating domestic abuse to seek assistance at an early stage.", WORKING_TOWARDS, starts,
                rated);
        ObjectiveId r2 = plans.addObjective(s.id(), protection, "Employees to have the skills, knowledge and confidence"
                + " to identify domestic abuse and take appropriate measures.", WORKING_TOWARDS, starts, rated);
        ObjectiveId r3 = plans.addObjective(s.id(), protection, "Organisations to identify, manage and reduce the risk of"
                + " (further) harm to staff, volunteers and service users, sharing information (personal and anonymous)"
                + " appropriately in a safe manner.", GAP_IDENTIFIED, starts, rated);
        ObjectiveId r4 = plans.addObjective(s.id(), protection, "Multi-agency systems and protocols in place for risk"
                + " management and safety planning of high-risk domestic abuse victims.", GAP_IDENTIFIED, starts, rated);

        // movement the board sees between reports
        plans.recordStatus(r4, WORKING_TOWARDS, starts.plusMonths(6), "MARAC launched; meets monthly");
        plans.recordStatus(r4, SOME_SUCCESS, today.minusWeeks(6),
                "MARAC meets fortnightly; information-sharing protocol signed by police and health");
        plans.recordStatus(s4, WORKING_TOWARDS, today.minusWeeks(3), "Referrals by agency now counted in Hearth");
        plans.recordStatus(p1, SOME_SUCCESS, today.minusMonths(2), "Healthy relationships lessons in 9 of 14 secondary schools");

        ActionAreaId a1 = plans.addArea(s.id(), "Sustain and develop campaigning and promotional activity",
                List.of(p3, p4, r1));
        ActionAreaId a2 = plans.addArea(s.id(), "Improve strategic commitment and response to domestic abuse through"
                + " the partnership", List.of(s1, s2, r2));
        ActionAreaId a3 = plans.addArea(s.id(), "Improve the evidence base", List.of(p4, s4));
        ActionAreaId a4 = plans.addArea(s.id(), "Sustain current level and develop outreach and refuge provision,"
                + " including Independent Domestic Violence Advisors", List.of(s3, r1));
        ActionAreaId a5 = plans.addArea(s.id(), "Increase capacity for accredited court and non-court perpetrator"
                + " programmes and multi-agency risk assessments", List.of(r3, r4));
        ActionAreaId a6 = plans.addArea(s.id(), "Sustain and develop therapeutic and preventative work with children"
                + " and young people, including earlier intervention", List.of(p1, p2, s3));
        ActionAreaId a7 = plans.addArea(s.id(), "Improve performance on equality and diversity", List.of(s3, r1));
        ActionAreaId a8 = plans.addArea(s.id(), "Improve the court response", List.of(r2, r4));

        Map<String, AgencyId> agencies = new LinkedHashMap<>();
        for (Agency a : partnerships.agencies()) {
            agencies.put(a.name(), a.id());
        }
        action(s, a1, "Run the White Ribbon campaign and 16 Days of Action in council offices, GP surgeries and libraries",
                agencies.get("Northfield Community Safety Team"), today.plusMonths(2), Rag.GREEN,
                today.minusWeeks(2), "Posters with the helpline number in every council office open to the public");
        action(s, a2, "Senior officer and councillor attendance at every partnership board",
                agencies.get("Northfield Community Safety Team"), today.plusMonths(1), Rag.AMBER,
                today.minusMonths(1), "Four of six statutory partners represented at chief officer level");
        action(s, a3, "Agencies send victim and perpetrator figures to one dataset for the annual needs assessment",
                agencies.get("Northfield Community Safety Team"), today.minusWeeks(3), Rag.AMBER,
                today.minusWeeks(5), "Police, housing and health have sent figures; social care and probation still to");
        action(s, a4, "Secure funding for two further IDVAs and a worker for male victims",
                agencies.get("Northfield IDVA Service"), today.plusMonths(4), Rag.AMBER, null, null);
        action(s, a5, "Agree the MARAC information-sharing protocol with every statutory partner",
                agencies.get("Northfield Police"), today.minusDays(10), Rag.RED,
                today.minusWeeks(2), "Adult social care and the hospital trust have not signed yet");
        action(s, a5, "Place court-mandated and voluntary perpetrators on a Respect-accredited programme",
                agencies.get("Change Ahead Perpetrator Programme"), today.plusMonths(5), Rag.GREEN, null, null);
        action(s, a6, "Deliver the healthy relationships programme in every secondary school",
                agencies.get("Kingsmoor Academy Trust"), today.plusMonths(6), Rag.GREEN,
                today.minusMonths(2), "Programme running in 9 of 14 secondary schools");
        action(s, a7, "Review access to services for black and minority ethnic victims and those with no recourse to"
                + " public funds", agencies.get("Eastvale Women's Aid Outreach"), today.plusMonths(3), Rag.AMBER,
                null, null);
        ActionId court = action(s, a8, "Set up the steering group for a specialist domestic violence court",
                agencies.get("Northfield Magistrates' Court"), today.minusMonths(2), Rag.GREEN, null, null);
        plans.progress(court, today.minusMonths(2).minusDays(3), "Steering group met; terms of reference agreed",
                Rag.GREEN, true);

        loadChecklist(s, today, agencies);
    }

    private ActionId action(Strategy s, ActionAreaId area, String description, AgencyId owner, LocalDate due, Rag rag,
            LocalDate updatedOn, String update) {
        ActionId id = plans.addAction(s.id(), new StrategyPlans.NewAction(area, description, owner, due, rag, null));
        if (update != null) {
            plans.progress(id, updatedOn, update, null, false);
        }
        return id;
    }

    private void loadChecklist(Strategy s, LocalDate today, Map<String, AgencyId> agencies) {
        Map<String, ChecklistAnswer> answers = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        for (ChecklistQuestion q : checklist.questions()) {
            answers.put(q.code(), ChecklistAnswer.YES);
        }
        answers.put("SL3", ChecklistAnswer.PARTLY);
        notes.put("SL3", "The council's cabinet and the police endorse the strategy; health trusts not yet");
        answers.put("ST3", ChecklistAnswer.PARTLY);
        notes.put("ST3", "The operational group meets but does not yet monitor outcomes");
        answers.put("RS1", ChecklistAnswer.NO);
        notes.put("RS1", "Funding for the strategy's new initiatives has not been identified");
        answers.put("RS2", ChecklistAnswer.PARTLY);
        answers.put("PD3", ChecklistAnswer.PARTLY);
        notes.put("PD3", "Children's services in place; little for men or minority ethnic victims");
        notes.put("CR1", "Coordinator post mainstreamed by the council");
        ChecklistRun run = checklist.record(today.minusMonths(1), answers, notes);
        List<ChecklistResponse> gaps = new ArrayList<>(run.responses().stream()
                .filter(r -> r.question().code().equals("RS1")).toList());
        for (ChecklistResponse gap : gaps) {
            plans.addAction(s.id(), new StrategyPlans.NewAction(null, "Cost the strategy's new initiatives and agree"
                    + " each partner's contribution at the board", agencies.get("Northfield Community Safety Team"),
                    today.plusMonths(2), Rag.AMBER, gap.id()));
        }
    }
}
