package dev.corpusaudit.report;

import dev.corpusaudit.model.Finding;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands findings from the thread that decides them to the thread that writes the workbook, through a bounded queue,
 * so that the two run side by side and memory stays bounded. Iterated once, by the consumer; the producer calls
 * {@link #close()} after the last finding, or {@link #abort()} when it failed.
 */
public final class FindingQueue implements Iterable<Finding> {
    private static final Finding END = new Finding(-1, "", "", "", "", "", "", 0, "", "", null, null, "", "");
    private static final Finding ABORTED = new Finding(-1, "", "", "", "", "", "", 0, "", "", null, null, "", "");

    private final BlockingQueue<Finding> queue;
    private volatile boolean consumerGone;

    public FindingQueue(int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    /** Adds a finding, waiting while the queue is full; returns at once when the consumer has stopped. */
    public void put(Finding finding) throws InterruptedException {
        while (!consumerGone && !queue.offer(finding, 100, TimeUnit.MILLISECONDS)) {
            // the consumer is still writing: wait
        }
    }

    /** After the last finding. */
    public void close() throws InterruptedException {
        put(END);
    }

    /** The producer failed: the consumer's iteration ends with an exception instead of waiting forever. */
    public void abort() {
        queue.clear();
        queue.offer(ABORTED);
    }

    /** The consumer stopped (finished or failed): the producer need not wait for room any more. */
    public void consumerGone() {
        consumerGone = true;
    }

    @Override
    public Iterator<Finding> iterator() {
        return new Iterator<>() {
            private Finding next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = queue.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while waiting for findings", e);
                    }
                    if (next == ABORTED) {
                        throw new IllegalStateException("the findings stopped: the decide stage failed");
                    }
                }
                return next != END;
            }

            @Override
            public Finding next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Finding f = next;
                next = null;
                return f;
            }
        };
    }
}
