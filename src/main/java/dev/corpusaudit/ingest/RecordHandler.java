package dev.corpusaudit.ingest;

import dev.corpusaudit.model.CorpusRecord;

/** Receives what ingest reads: each usable record, and each problem. Called from the one reader thread. */
public interface RecordHandler {
    void record(CorpusRecord record) throws InterruptedException;

    void problem(Rejection rejection);
}
