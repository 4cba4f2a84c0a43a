package org.hearth.risk;

/**
 * One question of a questionnaire version. <q>(...)</q> in the text stands for the person causing harm.
 *
 * @param section heading the question is grouped under, or null
 * @param judgementPrompt whether the question prompts professional judgement (strangulation, threats to kill...)
 * @param guidance what to consider for a professional-judgement prompt, or null
 */
public record Question(int number, String text, String section, boolean judgementPrompt, String guidance) {
}
