package dev.corpusaudit.report;

import dev.corpusaudit.model.AuditSummary;
import dev.corpusaudit.model.ExposedMember;
import dev.corpusaudit.model.Finding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The workbook, written on its own thread while the scan decides findings and then renders charts, so that these
 * serial stages overlap instead of adding up. Use: {@link #add} each finding, {@link #findingsDone} with the summary,
 * {@link #finish} with the charts; {@link #close} without finishing abandons the workbook (the scan failed).
 */
public final class WorkbookJob implements AutoCloseable {
    private static final int QUEUE_CAPACITY = 4096;

    private final FindingQueue findings = new FindingQueue(QUEUE_CAPACITY);
    private final CompletableFuture<AuditSummary> summary = new CompletableFuture<>();
    private final CompletableFuture<List<ChartFile>> charts = new CompletableFuture<>();
    private final CompletableFuture<List<ExposedMember>> members = new CompletableFuture<>();
    private final CompletableFuture<Void> written = new CompletableFuture<>();

    public WorkbookJob(Path xlsx) {
        Thread thread = new Thread(() -> {
            try {
                new WorkbookReport().write(xlsx, findings, summary::join, members::join, charts::join);
                written.complete(null);
            } catch (Throwable e) {
                written.completeExceptionally(e);
            } finally {
                findings.consumerGone();
            }
        }, "workbook");
        thread.setDaemon(true);
        thread.start();
    }

    /** The next finding, in {@code findings.jsonl} order. */
    public void add(Finding finding) throws InterruptedException {
        findings.put(finding);
    }

    /** No more findings; the Summary and Members sheets can be written. */
    public void findingsDone(AuditSummary auditSummary, List<ExposedMember> mostExposed) throws InterruptedException {
        findings.close();
        summary.complete(auditSummary);
        members.complete(mostExposed);
    }

    /** Embeds the charts and waits until the workbook is on disk. */
    public void finish(List<ChartFile> chartFiles) throws IOException {
        charts.complete(chartFiles);
        try {
            written.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    /** Abandons an unfinished workbook: its thread stops instead of waiting for findings that will not come. */
    @Override
    public void close() {
        if (!written.isDone()) {
            findings.abort();
            IllegalStateException failed = new IllegalStateException("the scan failed before the workbook was done");
            summary.completeExceptionally(failed);
            members.completeExceptionally(failed);
            charts.completeExceptionally(failed);
        }
    }
}
