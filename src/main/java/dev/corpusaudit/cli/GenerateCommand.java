package dev.corpusaudit.cli;

import picocli.CommandLine.Command;

/** Placeholder until the generate command lands. */
@Command(name = "generate")
public final class GenerateCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("not yet");
    }
}
