package dev.corpusaudit.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.corpusaudit.ScanOptions;
import dev.corpusaudit.ScanPipeline;
import dev.corpusaudit.analyze.Pseudonymizer;
import dev.corpusaudit.generate.CorpusGenerator;
import dev.corpusaudit.ingest.FieldMapping;
import dev.corpusaudit.model.AuditSummary;
import dev.corpusaudit.ruleset.Ruleset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code corpus-audit bench}: the full scan against a plain Lucene indexing pass over the same corpus, on the same
 * threads, in one run (machines are noisy; the ratio is the figure to compare). A small warm-up of both comes
 * first so that neither pays the JIT's start-up alone.
 */
public final class Benchmark {

    /** One measured phase. */
    @JsonPropertyOrder({"phase", "records", "seconds", "cpu_seconds", "records_per_second", "text_mb_per_second",
            "peak_heap_mb"})
    public record Phase(String phase, long records, double seconds, @JsonProperty("cpu_seconds") double cpuSeconds,
                        @JsonProperty("records_per_second") double recordsPerSecond,
                        @JsonProperty("text_mb_per_second") double textMbPerSecond,
                        @JsonProperty("peak_heap_mb") double peakHeapMb) {
    }

    /** The run: corpus facts, both phases, and scan/baseline throughput. */
    @JsonPropertyOrder({"records", "text_mb", "threads", "max_heap_mb", "baseline", "scan", "ratio", "findings",
            "scan_stage_seconds"})
    public record Result(long records, @JsonProperty("text_mb") double textMb, int threads,
                         @JsonProperty("max_heap_mb") double maxHeapMb, Phase baseline, Phase scan, double ratio,
                         long findings, @JsonProperty("scan_stage_seconds") Map<String, Double> scanStageSeconds) {
    }

    private final int threads;
    private final Ruleset ruleset;
    private final boolean reports;

    public Benchmark(int threads, Ruleset ruleset, boolean reports) {
        this.threads = threads;
        this.ruleset = ruleset;
        this.reports = reports;
    }

    /** Generates a corpus of {@code records} records (seeded) in {@code work}, then measures it. */
    public Result runGenerated(long records, long seed, Path work) throws IOException, InterruptedException {
        Path corpus = work.resolve("corpus");
        new CorpusGenerator(seed).generate(records, corpus);
        return run(corpus.resolve("corpus.jsonl"), work);
    }

    /** Measures an existing JSONL corpus; scratch files go to {@code work}. */
    public Result run(Path jsonl, Path work) throws IOException, InterruptedException {
        warmUp(work);
        HeapMeter.reset();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        PlainIndexBaseline.Counts counts = PlainIndexBaseline.run(jsonl, work.resolve("baseline-index"), threads);
        double baseSeconds = (System.nanoTime() - t0) / 1e9;
        double baseCpu = (processCpuNanos() - cpu0) / 1e9;
        long baseHeap = HeapMeter.peakBytes();
        ScanPipeline.deleteRecursively(work.resolve("baseline-index"));

        HeapMeter.reset();
        cpu0 = processCpuNanos();
        t0 = System.nanoTime();
        ScanPipeline.Result scanned = scan(List.of(jsonl), work.resolve("scan-report"));
        AuditSummary summary = scanned.summary();
        double scanSeconds = (System.nanoTime() - t0) / 1e9;
        double scanCpu = (processCpuNanos() - cpu0) / 1e9;
        long scanHeap = HeapMeter.peakBytes();

        double mb = counts.textBytes() / 1e6;
        Phase baseline = phase("plain Lucene indexing (StandardAnalyzer)", counts.records(), baseSeconds, baseCpu, mb,
                baseHeap);
        Phase scan = phase("corpus-audit scan", summary.records().read(), scanSeconds, scanCpu, mb, scanHeap);
        return new Result(counts.records(), round(mb), threads, round(Runtime.getRuntime().maxMemory() / 1e6),
                baseline, scan, round(scan.recordsPerSecond() / baseline.recordsPerSecond()), summary.findings(),
                scanned.stageSeconds());
    }

    private void warmUp(Path work) throws IOException, InterruptedException {
        Path dir = work.resolve("warm-up");
        new CorpusGenerator(1).generate(20_000, dir);
        Path jsonl = dir.resolve("corpus.jsonl");
        PlainIndexBaseline.run(jsonl, dir.resolve("baseline-index"), threads);
        scan(List.of(jsonl), dir.resolve("scan-report"));
        ScanPipeline.deleteRecursively(dir);
    }

    private ScanPipeline.Result scan(List<Path> inputs, Path out) throws IOException, InterruptedException {
        ScanOptions options = new ScanOptions(inputs, out, ruleset, FieldMapping.identity(), threads,
                ScanOptions.DEFAULT_MAX_RECORD_CHARS, false, reports);
        return new ScanPipeline(options, new ScanPipeline.Progress(), Pseudonymizer.withRandomKey()).run();
    }

    private static Phase phase(String name, long records, double seconds, double cpu, double mb, long heapBytes) {
        return new Phase(name, records, round(seconds), round(cpu), round(records / seconds), round(mb / seconds),
                round(heapBytes / 1e6));
    }

    /** CPU time of the whole process (all threads, JIT and GC included). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

}
