package org.hearth.platform;

import java.util.concurrent.ThreadFactory;

/** Threads for Hearth's own background workers: named (as they show in a thread dump), and never holding the JVM up. */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** A factory of daemon threads called {@code name}, for a single-thread executor. */
    public static ThreadFactory named(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
