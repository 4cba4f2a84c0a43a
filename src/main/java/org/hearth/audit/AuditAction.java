package org.hearth.audit;

/** What was done. Reads of person data are audited as much as writes. */
public enum AuditAction {
    READ, CREATE, UPDATE, DELETE, EXPORT, SEARCH,
    LOGIN, LOGIN_FAILED, LOGOUT, ACCOUNT_LOCKED, MFA_ENROLLED, MFA_RESET, RECOVERY_CODE_USED,
    BREAK_GLASS, VERIFY
}
