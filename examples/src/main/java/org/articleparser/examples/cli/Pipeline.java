package org.articleparser.examples.cli;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs tasks on a fixed number of threads and hands their results to a sink in submission
 * order. At most {@value #WINDOW_PER_THREAD} tasks per thread are in flight, so memory stays flat
 * however many tasks come; the submitting thread waits for the oldest when the window is full.
 * With one thread, tasks run on the caller's thread. Not thread-safe: one thread submits.
 */
final class Pipeline implements AutoCloseable {

    /** Tasks in flight per thread: enough to keep every thread busy while the oldest finishes. */
    static final int WINDOW_PER_THREAD = 16;

    /** Takes a result. */
    interface Sink<T> {
        void accept(T result) throws IOException;
    }

    /** Called before the submitter waits, so that output written so far reaches its reader. */
    interface Flush {
        void run() throws IOException;
    }

    private record Pending<T>(Future<T> future, Sink<T> sink) {
    }

    private final ExecutorService pool;
    private final int window;
    private final ArrayDeque<Pending<?>> queue = new ArrayDeque<>();

    Pipeline(int threads) {
        if (threads > 1) {
            pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "article-parser-worker");
                t.setDaemon(true);
                return t;
            });
            window = threads * WINDOW_PER_THREAD;
        } else {
            pool = null;
            window = 1;
        }
    }

    /** Submits a task; its result goes to {@code sink} after every earlier task's result. */
    <T> void add(Callable<T> task, Sink<T> sink, Flush flush) throws IOException {
        if (pool == null) {
            sink.accept(call(task));
            return;
        }
        queue.add(new Pending<>(pool.submit(task), sink));
        while (!queue.isEmpty() && (queue.size() >= window || queue.peek().future().isDone())) {
            drainOne(flush);
        }
    }

    /** Waits for every task and hands over the remaining results, then flushes. */
    void finish(Flush flush) throws IOException {
        while (!queue.isEmpty()) {
            drainOne(flush);
        }
        flush.run();
    }

    private void drainOne(Flush flush) throws IOException {
        Pending<?> head = queue.poll();
        if (!head.future().isDone()) {
            flush.run();
        }
        deliver(head);
    }

    private static <T> void deliver(Pending<T> p) throws IOException {
        T result;
        try {
            result = p.future().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
        p.sink().accept(result);
    }

    private static <T> T call(Callable<T> task) {
        try {
            return task.call();
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof Error error) {
            throw error;
        }
        if (t instanceof RuntimeException r) {
            return r;
        }
        return new IllegalStateException(t);
    }

    /** Stops the threads; tasks not yet handed over are dropped. */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
