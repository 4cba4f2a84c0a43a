package org.hearth.platform;

/**
 * The database roles Hearth uses: {@code app}, the role of the application's connections, which owns nothing and
 * gets only the privileges the modules grant it after the migrations; and {@code owner}, the role that runs the
 * migrations and owns the schema (the same as {@code app} on an external database configured without a separate
 * owner, which the audit module's start check refuses unless overridden).
 */
public record DatabaseRoles(String app, String owner) {

    public boolean separate() {
        return !app.equalsIgnoreCase(owner);
    }
}
