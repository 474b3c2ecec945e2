package org.handouts.pipeline;

import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** The build's threads: daemons with a stated stack size, named after their job. */
final class Threads {

    /**
     * Parsing, cleaning and laying out are recursive, so how deep a document may nest depends on the stack.
     * A stated size, not the JVM's default, makes that the same on every machine; the memory is only
     * reserved, and used as deep as a document really goes.
     */
    private static final long STACK_BYTES = 16L * 1024 * 1024;

    private Threads() { }

    /** Runs each task on a new daemon thread of its own: for a few long tasks that must not queue behind each other. */
    static Executor ownThread(String name) {
        return runnable -> daemons(name).newThread(runnable).start();
    }

    static ThreadFactory daemons(String name) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(null, runnable, name + "-" + n.incrementAndGet(), STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
    }
}
