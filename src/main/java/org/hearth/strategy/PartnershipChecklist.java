package org.hearth.strategy;

import org.hearth.platform.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The LGA/Tavistock partnership self-assessment checklist: its questions (data, by area) and runs of it. Runs are
 * audited (record type {@code checklist_run}). A gap becomes an action through
 * {@link StrategyPlans#addAction} with the answer's id.
 */
public interface PartnershipChecklist {

    /** Every question, by area then position. */
    List<ChecklistQuestion> questions();

    /** Every run, the latest first. */
    List<ChecklistRun> runs();

    Optional<ChecklistRun> find(ChecklistRunId id);

    /** The run holding an answer. */
    Optional<ChecklistRun> runOf(ChecklistAnswerId answer);

    /**
     * Records a run: an answer to every question (question code to answer) and optional notes by code. Fails with
     * {@link InvalidInputException} (fields {@code runOn}, {@code answer-CODE}, {@code note-CODE}).
     */
    ChecklistRun record(LocalDate runOn, Map<String, ChecklistAnswer> answers, Map<String, String> notes);
}
