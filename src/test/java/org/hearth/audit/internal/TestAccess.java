package org.hearth.audit.internal;

import org.hearth.audit.AuditTrail;
import org.springframework.context.ApplicationContext;

/** Lets tests outside this package reach package-private parts of the trail. */
public class TestAccess {

    public Object aspect(AuditTrail trail) {
        return new AuditedAspect(trail);
    }

    /** Chains every committed entry now (as the appender would within a moment) and returns how many. */
    public static int chainNow(ApplicationContext context) {
        return context.getBean(ChainAppender.class).chainNow();
    }

    /** Writes a checkpoint of the chain's head now. */
    public static void checkpointNow(ApplicationContext context) {
        context.getBean(ChainAppender.class).checkpoint();
    }

    /** The checkpoint file. */
    public static java.nio.file.Path checkpointFile(ApplicationContext context) {
        return context.getBean(Checkpoints.class).file();
    }

    /** The keyed hash of {@code entry} with the application's chain key (what an attacker holding the key can do). */
    public static String keyedHash(ApplicationContext context, org.hearth.audit.AuditEntry entry) {
        return ChainHash.keyed(entry, context.getBean(AuditKeys.class).chain());
    }

    /** The advisory lock the appender takes: holding it pauses chaining. */
    public static long appenderLock() {
        return ChainAppender.LOCK;
    }

    /** The start check's findings for the role of {@code jdbc}. */
    public static java.util.List<String> privilegeProblems(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        return new AuditRolePrivilegeCheck(jdbc, false).problems();
    }

    /** Runs the start check for the role of {@code jdbc}, with or without the override. */
    public static void startCheck(org.springframework.jdbc.core.JdbcTemplate jdbc, boolean overridden) {
        new AuditRolePrivilegeCheck(jdbc, overridden).afterPropertiesSet();
    }
}
