package dev.corpusaudit.cli;

import dev.corpusaudit.ScanPipeline;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shows scan progress on stderr: a bar redrawn in place every half second on a terminal, a plain line every five
 * seconds otherwise (CI logs). Records/s is over the whole run so far; the share done and the ETA come from input
 * bytes read against the inputs' size on disk.
 */
final class ProgressReporter implements AutoCloseable {
    private final ScheduledExecutorService timer;
    private final PrintStream err;
    private final boolean terminal;

    private ProgressReporter(ScheduledExecutorService timer, PrintStream err, boolean terminal) {
        this.timer = timer;
        this.err = err;
        this.terminal = terminal;
    }

    static ProgressReporter start(ScanPipeline.Progress progress, long totalBytes, boolean quiet, PrintStream err) {
        if (quiet) {
            return new ProgressReporter(null, err, false);
        }
        boolean terminal = System.console() != null;
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "progress");
            t.setDaemon(true);
            return t;
        });
        long started = System.nanoTime();
        long period = terminal ? 500 : 5000;
        timer.scheduleAtFixedRate(() -> {
            double seconds = (System.nanoTime() - started) / 1e9;
            long indexed = progress.recordsIndexed.get();
            double done = totalBytes > 0 ? Math.min(1.0, progress.bytesRead.get() / (double) totalBytes) : 0;
            String eta = done > 0.01 && done < 1 ? String.format(", ETA %.0f s", seconds / done - seconds) : "";
            String bar = terminal ? "[" + "#".repeat((int) (done * 20)) + " ".repeat(20 - (int) (done * 20)) + "] " : "";
            String line = String.format("%s%3.0f%% read %,d records, indexed %,d (%,.0f records/s, %.0f s%s)", bar,
                    done * 100, progress.recordsRead.get(), indexed, indexed / Math.max(seconds, 1e-3), seconds, eta);
            err.print(terminal ? "\r" + line : line + System.lineSeparator());
            err.flush();
        }, period, period, TimeUnit.MILLISECONDS);
        return new ProgressReporter(timer, err, terminal);
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
            if (terminal) {
                err.println();
            }
        }
    }
}
