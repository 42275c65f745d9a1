package dev.corpusaudit.report;

import dev.corpusaudit.model.Finding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The workbook, written on its own thread while the scan decides findings and then renders charts, so that these
 * serial stages overlap instead of adding up. Use: {@link #add} each finding, {@link #findingsDone} with the report
 * content, {@link #finish} with the charts; {@link #close} without finishing abandons the workbook (the scan failed).
 */
public final class WorkbookJob implements AutoCloseable {
    private static final int QUEUE_CAPACITY = 4096;

    private final FindingQueue findings = new FindingQueue(QUEUE_CAPACITY);
    private final CompletableFuture<ReportContent> content = new CompletableFuture<>();
    private final CompletableFuture<List<ChartFile>> charts = new CompletableFuture<>();
    private final CompletableFuture<Void> written = new CompletableFuture<>();

    /**
     * Starts the workbook.
     *
     * @param ruleIds       the rules in the order the Rules sheet lists them ({@link ReportContent#ruleIds})
     * @param rejectedJsonl the scan's {@code rejected.jsonl}, complete by the time {@link #findingsDone} is called;
     *                      null when there is none
     */
    public WorkbookJob(Path xlsx, List<String> ruleIds, Path rejectedJsonl) {
        this(xlsx, ruleIds, rejectedJsonl, new WorkbookReport());
    }

    WorkbookJob(Path xlsx, List<String> ruleIds, Path rejectedJsonl, WorkbookReport report) {
        Thread thread = new Thread(() -> {
            try {
                report.write(xlsx, ruleIds, findings, content::join, charts::join, rejectedJsonl);
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

    /** No more findings; the other sheets can be written from {@code reportContent}. */
    public void findingsDone(ReportContent reportContent) throws InterruptedException {
        findings.close();
        content.complete(reportContent);
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
            content.completeExceptionally(failed);
            charts.completeExceptionally(failed);
        }
    }
}
