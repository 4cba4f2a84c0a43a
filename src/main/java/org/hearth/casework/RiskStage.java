package org.hearth.casework;

import org.hearth.platform.Worded;

/** When a case asks for a new DASH: at intake, on an escalation, at exit. */
public enum RiskStage implements Worded {
    INTAKE,
    ESCALATION,
    EXIT;
}
