package dev.corpusaudit.cli;

import picocli.CommandLine.Command;

/** Placeholder until the bench command lands. */
@Command(name = "bench")
public final class BenchCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("not yet");
    }
}
