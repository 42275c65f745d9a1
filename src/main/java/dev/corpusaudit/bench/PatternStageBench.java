package dev.corpusaudit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corpusaudit.analyze.PatternStage;
import dev.corpusaudit.model.Json;
import dev.corpusaudit.ruleset.Ruleset;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The pattern stage alone: every detector and pattern rule of the ruleset (keyword prefilter, patterns, validators)
 * over texts already in memory, on the given threads, so that reading, parsing and indexing are not in the figure.
 * Texts without a {@code lang} are taken as English (language only picks context words and phone formats).
 */
final class PatternStageBench {
    /** Texts held in memory at most: enough for a stable figure on any corpus size. */
    static final int MAX_TEXTS = 200_000;

    record Counts(long texts, long textBytes, long signals, double seconds) {
    }

    private PatternStageBench() {
    }

    static Counts run(Path jsonl, Ruleset ruleset, int threads) throws IOException, InterruptedException {
        List<String[]> texts = new ArrayList<>();
        long bytes = 0;
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null && texts.size() < MAX_TEXTS) {
                JsonNode node = Json.MAPPER.readTree(line);
                String text = node.path("text").asText();
                texts.add(new String[]{text, node.path("lang").asText("en")});
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        PatternStage patterns = new PatternStage(ruleset.rules());
        AtomicLong signals = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int w = 0; w < threads; w++) {
            int first = w;
            Thread t = new Thread(() -> {
                long found = 0;
                for (int i = first; i < texts.size(); i += threads) {
                    String[] t2 = texts.get(i);
                    found += patterns.find(t2[0], t2[1]).size();
                }
                signals.addAndGet(found);
            });
            t.start();
            workers.add(t);
        }
        for (Thread t : workers) {
            t.join();
        }
        return new Counts(texts.size(), bytes, signals.get(), (System.nanoTime() - t0) / 1e9);
    }
}
