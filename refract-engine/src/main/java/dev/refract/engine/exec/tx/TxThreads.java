package dev.refract.engine.exec.tx;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads transactions need besides the caller's, shared by all engines and all daemons (so
 * they never keep a JVM alive): one timer that fires timeouts, and workers, created on demand and
 * gone after a minute idle, that wait for connections (so maxWait can give up on the wait) and
 * roll back expired transactions (so a slow rollback never delays another transaction's timeout).
 */
final class TxThreads {
    static final ScheduledThreadPoolExecutor TIMER = timer();
    static final ExecutorService WORKERS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
            new SynchronousQueue<>(), daemons("refract-tx-worker-"));

    private TxThreads() {
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, daemons("refract-tx-timer-"));
        t.setRemoveOnCancelPolicy(true); // committed transactions' timeouts do not pile up
        return t;
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
