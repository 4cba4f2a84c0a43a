package org.hearth.casework;

import org.hearth.platform.Worded;

/** When outcomes are recorded (SafeLives Insights): at intake, at a review, at exit. */
public enum OutcomeStage implements Worded {
    INTAKE,
    REVIEW,
    EXIT;
}
