package dev.corpusaudit.cli;

import picocli.CommandLine.Command;

/** Placeholder until the search command lands. */
@Command(name = "search")
public final class SearchCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("not yet");
    }
}
