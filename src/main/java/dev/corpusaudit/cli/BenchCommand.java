package dev.corpusaudit.cli;

import dev.corpusaudit.ScanPipeline;
import dev.corpusaudit.bench.Benchmark;
import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.model.Json;
import dev.corpusaudit.ruleset.Ruleset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import dev.corpusaudit.bench.RegisterBench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code corpus-audit bench}: throughput and peak heap of the full scan against plain Lucene indexing. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the full scan against a plain Lucene indexing pass (StandardAnalyzer, same text, "
                + "same threads) in one run: records/s, MB/s of text, peak heap, and the ratio scan/baseline.",
                "Generates a seeded corpus unless --input is given."},
        footer = {"", "Example:", "  corpus-audit bench --records 200000"})
public final class BenchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--records", paramLabel = "N", description = "Records to generate (default: ${DEFAULT-VALUE}).")
    long records = 200_000;

    @Option(names = "--seed", paramLabel = "N", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed = 7;

    @Option(names = "--input", paramLabel = "FILE", description = "Measure this JSONL corpus instead of generating one.")
    Path input;

    @Option(names = "--ruleset", paramLabel = "FILE", description = "Policy file (default: the shipped one).")
    Path ruleset;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "Scratch folder (default: a temporary folder, removed after).")
    Path workDir;

    @Option(names = "--no-reports", negatable = true, description = "Leave the reports (workbook, charts, HTML, PDF) out of the scan phase, and skip the report phase.")
    boolean reports = true;

    @Option(names = "--rounds", paramLabel = "N", description = "Rounds of baseline then scan; medians are reported "
            + "(default: ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Option(names = "--registers", paramLabel = "OPTOUTS,MESSAGES", split = ",",
            description = "Instead: the scan without and with an opt-out register and reference private messages of "
                    + "these sizes (e.g. 1000000,100000), ratio of the two.")
    List<Long> registers;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the result as JSON.")
    Path json;

    @Override
    public Integer call() throws Exception {
        if (records < 1) {
            throw new ConfigException("--records must be at least 1");
        }
        if (rounds < 1) {
            throw new ConfigException("--rounds must be at least 1");
        }
        Ruleset rules = ruleset == null ? Ruleset.loadDefault() : Ruleset.load(ruleset);
        boolean temporary = workDir == null;
        Path work = temporary ? Files.createTempDirectory("corpus-audit-bench") : Files.createDirectories(workDir);
        PrintStream err = System.err;
        try {
            if (!common.quiet()) {
                err.println(input == null ? "generating " + records + " records (seed " + seed + ") and measuring..."
                        : "measuring " + input + "...");
            }
            if (registers != null) {
                if (registers.size() != 2 || registers.get(0) < 1 || registers.get(1) < 1) {
                    throw new ConfigException("--registers takes two sizes: opt-out entries,messages");
                }
                RegisterBench.Result r = new RegisterBench(common.threads(), rules, rounds)
                        .run(records, seed, registers.get(0), registers.get(1).intValue(), work);
                PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
                out.printf("corpus: %,d records; opt-out register %,d entries, %,d reference messages, loaded in "
                        + "%.2f s%n", r.records(), r.optOutEntries(), r.messages(), r.loadSeconds());
                out.printf("scan without registers %.2f s, with %.2f s (median round); throughput with/without: %.2f "
                        + "(rounds: %s); findings %,d without, %,d with%n", r.secondsWithout(), r.secondsWith(),
                        r.ratio(), r.roundRatios(), r.findingsWithout(), r.findingsWith());
                if (json != null) {
                    Json.PRETTY.writeValue(json.toFile(), r);
                }
                return Main.EXIT_OK;
            }
            Benchmark bench = new Benchmark(common.threads(), rules, reports, rounds, Benchmark.WARM_UP_RECORDS);
            Benchmark.Result result = input == null ? bench.runGenerated(records, seed, work) : bench.run(input, work);
            print(new PrintStream(System.out, true, StandardCharsets.UTF_8), result);
            if (json != null) {
                Json.PRETTY.writeValue(json.toFile(), result);
            }
        } finally {
            if (temporary) {
                ScanPipeline.deleteRecursively(work);
            }
        }
        return Main.EXIT_OK;
    }

    private static void print(PrintStream out, Benchmark.Result r) {
        out.printf("corpus: %,d records, %.1f MB of text; %d threads; max heap %,.0f MB; median of %d rounds%n",
                r.records(), r.textMb(), r.threads(), r.maxHeapMb(), r.rounds());
        out.printf("%-42s %10s %9s %9s %12s %10s %14s%n", "phase", "records", "seconds", "cpu s", "records/s", "MB/s",
                "peak heap MB");
        for (Benchmark.Phase p : new Benchmark.Phase[]{r.baseline(), r.scan()}) {
            out.printf("%-42s %,10d %9.2f %9.2f %,12.0f %10.2f %,14.0f%n", p.phase(), p.records(), p.seconds(),
                    p.cpuSeconds(), p.recordsPerSecond(), p.textMbPerSecond(), p.peakHeapMb());
        }
        out.printf("ratio scan/baseline (records/s): %.2f (rounds: %s)%n", r.ratio(), r.roundRatios().stream()
                .map(x -> String.format(java.util.Locale.ROOT, "%.2f", x)).collect(java.util.stream.Collectors.joining(" ")));
        out.printf("findings: %,d%n", r.findings());
        StringBuilder stages = new StringBuilder("scan stages (s):");
        r.scanStageSeconds().forEach((stage, seconds) -> stages.append(String.format(" %s %.2f;", stage, seconds)));
        out.println(stages);
        Benchmark.PatternStage p = r.patternStage();
        out.printf("pattern stage alone (prefilter + patterns + validators, texts in memory): %,d texts, %.1f MB in "
                + "%.2f s = %.1f MB/s, %,d signals%n", p.texts(), p.textMb(), p.seconds(), p.textMbPerSecond(),
                p.signals());
        Benchmark.Phase report = r.report();
        if (report != null) {
            out.printf("report generation alone (corpus-audit report: workbook, charts, HTML, PDF, SARIF) for %,d "
                    + "findings: %.2f s, %.2f cpu s, peak heap %,.0f MB; report/scan time: %.2f%n", report.records(),
                    report.seconds(), report.cpuSeconds(), report.peakHeapMb(), report.seconds() / r.scan().seconds());
        }
    }

}
