package dev.corpusaudit.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.corpusaudit.ScanOptions;
import dev.corpusaudit.ScanPipeline;
import dev.corpusaudit.report.ReportContent;
import dev.corpusaudit.report.ReportFolder;
import dev.corpusaudit.report.ReportPack;
import dev.corpusaudit.provenance.Registers;
import dev.corpusaudit.analyze.Pseudonymizer;
import dev.corpusaudit.generate.CorpusGenerator;
import dev.corpusaudit.ingest.FieldMapping;
import dev.corpusaudit.model.AuditSummary;
import dev.corpusaudit.ruleset.Ruleset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code corpus-audit bench}: the full scan against a plain Lucene indexing pass over the same corpus, on the same
 * threads, in one process (machines are noisy; the ratio is the figure to compare). A small warm-up of both comes
 * first so that neither pays the JIT's start-up alone; then a number of rounds, each the baseline followed by the
 * scan, of which the medians are reported.
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

    /**
     * The run: corpus facts, the median round of each phase, and the median of the rounds' scan/baseline ratios
     * (each round measures the baseline and then the scan, so a ratio compares two phases run moments apart).
     */
    @JsonPropertyOrder({"records", "text_mb", "threads", "max_heap_mb", "rounds", "baseline", "scan", "ratio",
            "round_ratios", "findings", "scan_stage_seconds", "pattern_stage", "report"})
    public record Result(long records, @JsonProperty("text_mb") double textMb, int threads,
                         @JsonProperty("max_heap_mb") double maxHeapMb, int rounds, Phase baseline, Phase scan,
                         double ratio, @JsonProperty("round_ratios") List<Double> roundRatios, long findings,
                         @JsonProperty("scan_stage_seconds") Map<String, Double> scanStageSeconds,
                         @JsonProperty("pattern_stage") PatternStage patternStage,
                         @com.fasterxml.jackson.annotation.JsonInclude(
                                 com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) Phase report) {
    }

    /** The pattern stage alone (every detector and pattern rule over texts in memory), median of the rounds. */
    @JsonPropertyOrder({"texts", "text_mb", "seconds", "text_mb_per_second", "signals"})
    public record PatternStage(long texts, @JsonProperty("text_mb") double textMb, double seconds,
                               @JsonProperty("text_mb_per_second") double textMbPerSecond, long signals) {
    }

    /**
     * Records of the default warm-up corpus: enough for the JIT to compile the hot code of every stage, including
     * the decide and report stages, which see only the records with findings (measured: with 20,000 the first
     * rounds still paid for compiling them).
     */
    public static final int WARM_UP_RECORDS = 60_000;

    private final int threads;
    private final Ruleset ruleset;
    private final boolean reports;
    private final int rounds;
    private final int warmUpRecords;

    public Benchmark(int threads, Ruleset ruleset, boolean reports, int rounds, int warmUpRecords) {
        this.threads = threads;
        this.ruleset = ruleset;
        this.reports = reports;
        this.rounds = rounds;
        this.warmUpRecords = warmUpRecords;
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
        List<Phase> baselines = new ArrayList<>();
        List<Phase> scans = new ArrayList<>();
        List<ScanPipeline.Result> scanResults = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        long records = 0;
        double mb = 0;
        for (int round = 0; round < rounds; round++) {
            HeapMeter.reset();
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            PlainIndexBaseline.Counts counts = PlainIndexBaseline.run(jsonl, work.resolve("baseline-index"), threads);
            double baseSeconds = (System.nanoTime() - t0) / 1e9;
            double baseCpu = (processCpuNanos() - cpu0) / 1e9;
            long baseHeap = HeapMeter.peakBytes();
            ScanPipeline.deleteRecursively(work.resolve("baseline-index"));
            records = counts.records();
            mb = counts.textBytes() / 1e6;

            HeapMeter.reset();
            cpu0 = processCpuNanos();
            t0 = System.nanoTime();
            ScanPipeline.Result scanned = scan(List.of(jsonl), work.resolve("scan-report"));
            double scanSeconds = (System.nanoTime() - t0) / 1e9;
            double scanCpu = (processCpuNanos() - cpu0) / 1e9;
            long scanHeap = HeapMeter.peakBytes();

            Phase baseline = phase("plain Lucene indexing (StandardAnalyzer)", counts.records(), baseSeconds, baseCpu,
                    mb, baseHeap);
            Phase scan = phase("corpus-audit scan", scanned.summary().records().read(), scanSeconds, scanCpu, mb,
                    scanHeap);
            baselines.add(baseline);
            scans.add(scan);
            scanResults.add(scanned);
            ratios.add(round(scan.recordsPerSecond() / baseline.recordsPerSecond()));
        }
        List<PatternStage> patternRounds = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            PatternStageBench.Counts c = PatternStageBench.run(jsonl, ruleset, threads);
            patternRounds.add(new PatternStage(c.texts(), round(c.textBytes() / 1e6), round(c.seconds()),
                    round(c.textBytes() / 1e6 / c.seconds()), c.signals()));
        }
        patternRounds.sort(Comparator.comparingDouble(PatternStage::seconds));
        PatternStage patternStage = patternRounds.get((patternRounds.size() - 1) / 2);
        int medianScan = medianIndex(scans);
        ScanPipeline.Result scanned = scanResults.get(medianScan);
        Phase report = reports ? report(scanResults.get(rounds - 1), mb) : null;
        return new Result(records, round(mb), threads, round(Runtime.getRuntime().maxMemory() / 1e6), rounds,
                baselines.get(medianIndex(baselines)), scans.get(medianScan), median(ratios), List.copyOf(ratios),
                scanned.summary().findings(), scanned.stageSeconds(), patternStage, report);
    }

    /**
     * Writes the last scan's reports again from its folder, as {@code corpus-audit report} does (workbook, charts,
     * HTML, PDF and SARIF from {@code findings.jsonl}): report generation on its own, against the scan's time.
     * Its "records" are the findings.
     */
    private Phase report(ScanPipeline.Result scanned, double mb) throws IOException, InterruptedException {
        HeapMeter.reset();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        ReportFolder folder = ReportFolder.open(scanned.out());
        ReportPack.rewrite(folder, ReportContent.of(folder.summary(), ruleset, folder.mostExposed(), null, null),
                ReportContent.ruleIds(ruleset), true);
        double seconds = (System.nanoTime() - t0) / 1e9;
        return phase("corpus-audit report (all reports, SARIF too)", scanned.summary().findings(), seconds,
                (processCpuNanos() - cpu0) / 1e9, mb, HeapMeter.peakBytes());
    }

    /** The index of the phase with the median time (the lower middle one for an even count). */
    private static int medianIndex(List<Phase> phases) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> phases.get(i).seconds()));
        return order.get((order.size() - 1) / 2);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : round((sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2);
    }

    private void warmUp(Path work) throws IOException, InterruptedException {
        Path dir = work.resolve("warm-up");
        new CorpusGenerator(1).generate(warmUpRecords, dir);
        Path jsonl = dir.resolve("corpus.jsonl");
        PlainIndexBaseline.run(jsonl, dir.resolve("baseline-index"), threads);
        scan(List.of(jsonl), dir.resolve("scan-report"));
        ScanPipeline.deleteRecursively(dir);
    }

    private ScanPipeline.Result scan(List<Path> inputs, Path out) throws IOException, InterruptedException {
        ScanOptions options = new ScanOptions(inputs, out, ruleset, FieldMapping.identity(), StandardCharsets.UTF_8,
                threads, ScanOptions.DEFAULT_MAX_RECORD_CHARS, false, reports, false, Registers.none(), null, null, null);
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
