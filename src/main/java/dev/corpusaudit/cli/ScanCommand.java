package dev.corpusaudit.cli;

import picocli.CommandLine.Command;

/** Placeholder until the scan command lands. */
@Command(name = "scan")
public final class ScanCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("not yet");
    }
}
