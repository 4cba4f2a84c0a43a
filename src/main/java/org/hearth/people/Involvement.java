package org.hearth.people;

/** Why an agency is involved with a person; any involvement gives its staff the full record. */
public enum Involvement {
    REFERRER, ASSESSOR, ALLOCATED, MARAC, HUB, RECORDED
}
