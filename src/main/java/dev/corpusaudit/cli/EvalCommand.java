package dev.corpusaudit.cli;

import picocli.CommandLine.Command;

/** Placeholder until the eval command lands. */
@Command(name = "eval")
public final class EvalCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("not yet");
    }
}
