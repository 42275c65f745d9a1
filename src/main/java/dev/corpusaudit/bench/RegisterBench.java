package dev.corpusaudit.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.corpusaudit.ScanOptions;
import dev.corpusaudit.ScanPipeline;
import dev.corpusaudit.analyze.Pseudonymizer;
import dev.corpusaudit.generate.CorpusGenerator;
import dev.corpusaudit.ingest.FieldMapping;
import dev.corpusaudit.model.Json;
import dev.corpusaudit.provenance.Registers;
import dev.corpusaudit.ruleset.Ruleset;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * {@code bench --registers}: the scan of one corpus without and with large registers (an opt-out register and
 * reference private messages), in one process, round by round, so the cost of the joins and the fingerprint lookups
 * is a ratio of two runs moments apart. The opt-out register holds a share of the corpus's members and as many
 * other member ids as it takes; the messages are the shuffled texts of another generated corpus.
 */
public final class RegisterBench {
    /** Share of the corpus's members in the opt-out register. */
    static final int OPTED_OUT_PERCENT = 4;

    /** The figures: loading time, median scan seconds without and with, the median of the rounds' ratios. */
    @JsonPropertyOrder({"records", "opt_out_entries", "messages", "load_seconds", "scan_seconds_without",
            "scan_seconds_with", "ratio", "round_ratios", "findings_without", "findings_with"})
    public record Result(long records, @JsonProperty("opt_out_entries") long optOutEntries, long messages,
                         @JsonProperty("load_seconds") double loadSeconds,
                         @JsonProperty("scan_seconds_without") double secondsWithout,
                         @JsonProperty("scan_seconds_with") double secondsWith, double ratio,
                         @JsonProperty("round_ratios") List<Double> roundRatios,
                         @JsonProperty("findings_without") long findingsWithout,
                         @JsonProperty("findings_with") long findingsWith) {
    }

    private final int threads;
    private final Ruleset ruleset;
    private final int rounds;

    public RegisterBench(int threads, Ruleset ruleset, int rounds) {
        this.threads = threads;
        this.ruleset = ruleset;
        this.rounds = rounds;
    }

    public Result run(long records, long seed, long optOutEntries, int messageCount, Path work)
            throws IOException, InterruptedException {
        Path corpusDir = work.resolve("corpus");
        new CorpusGenerator(seed).generate(records, corpusDir);
        Path corpus = corpusDir.resolve("corpus.jsonl");
        Path optOuts = writeOptOuts(corpus, optOutEntries, seed, work.resolve("optouts.csv"));
        Path messages = writeMessages(messageCount, seed + 1, work);
        Pseudonymizer keys = Pseudonymizer.withRandomKey();
        long t0 = System.nanoTime();
        Registers registers = Registers.load(null, optOuts, null, messages, keys);
        double load = (System.nanoTime() - t0) / 1e9;
        scan(corpus, work, Registers.none(), keys); // warm-up of both
        scan(corpus, work, registers, keys);
        List<double[]> runs = new ArrayList<>(); // {without, with, findings without, findings with}
        for (int round = 0; round < rounds; round++) {
            ScanPipeline.Result[] r = new ScanPipeline.Result[2];
            double[] seconds = new double[2];
            for (int i = 0; i < 2; i++) {
                long start = System.nanoTime();
                r[i] = scan(corpus, work, i == 0 ? Registers.none() : registers, keys);
                seconds[i] = (System.nanoTime() - start) / 1e9;
            }
            runs.add(new double[]{seconds[0], seconds[1], r[0].summary().findings(), r[1].summary().findings()});
        }
        List<Double> ratios = runs.stream().map(x -> round(x[0] / x[1])).toList();
        double[] median = runs.stream().sorted((a, b) -> Double.compare(a[0] / a[1], b[0] / b[1])).toList()
                .get((runs.size() - 1) / 2); // the round with the median ratio
        return new Result(records, optOutEntries, messageCount, round(load), round(median[0]), round(median[1]),
                round(median[0] / median[1]), ratios, (long) median[2], (long) median[3]);
    }

    private ScanPipeline.Result scan(Path corpus, Path work, Registers registers, Pseudonymizer keys)
            throws IOException, InterruptedException {
        ScanOptions options = new ScanOptions(List.of(corpus), work.resolve("scan-report"), ruleset,
                FieldMapping.identity(), StandardCharsets.UTF_8, threads, ScanOptions.DEFAULT_MAX_RECORD_CHARS, false,
                false, false, registers, LocalDate.parse("2026-02-01"), null, null);
        return new ScanPipeline(options, new ScanPipeline.Progress(), keys).run();
    }

    /** The corpus's members, a share of them in the register, and other ids up to {@code entries}. */
    private static Path writeOptOuts(Path corpus, long entries, long seed, Path file) throws IOException {
        Set<String> members = new HashSet<>();
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode member = Json.MAPPER.readTree(line).get("member_id");
                if (member != null) {
                    members.add(member.asText());
                }
            }
        }
        SplittableRandom rng = new SplittableRandom(seed);
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("member_id,opted_out_at\n");
            for (String member : members.stream().sorted().toList()) {
                if (rng.nextInt(100) < OPTED_OUT_PERCENT && written < entries) {
                    out.write(member + "," + LocalDate.parse("2025-11-03").plusDays(rng.nextInt(180)) + "\n");
                    written++;
                }
            }
            for (long i = 0; written < entries; i++, written++) {
                out.write("x-" + i + "," + LocalDate.parse("2025-11-03").plusDays(rng.nextInt(180)) + "\n");
            }
        }
        return file;
    }

    /**
     * Texts of another generated corpus, their words shuffled, as the reference messages: the vocabulary and lengths
     * of real text, without the template sentences generated texts share (which would match as copies and measure
     * the cost of reporting them, not of the lookups).
     */
    private static Path writeMessages(int count, long seed, Path work) throws IOException {
        Path dir = work.resolve("messages-source");
        new CorpusGenerator(seed).generate(count, dir);
        Path file = work.resolve("messages.jsonl");
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("corpus.jsonl"), StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                JsonNode record = Json.MAPPER.readTree(line);
                List<String> words = new ArrayList<>(List.of(record.get("text").asText().split("\\s+")));
                java.util.Collections.shuffle(words, new java.util.Random(seed + n));
                out.write(Json.MAPPER.writeValueAsString(Map.of("id", "dm-" + n++, "text", String.join(" ", words))));
                out.write('\n');
            }
        }
        ScanPipeline.deleteRecursively(dir);
        return file;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
