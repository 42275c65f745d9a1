package dev.corpusaudit.generate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corpusaudit.model.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One corpus generated once for all tests of a JVM (generation is deterministic, so sharing it
 * changes nothing), read back as parsed lines.
 */
final class GeneratedCorpus {
    static final long SEED = 7;
    static final int RECORDS = 20_000;

    private static GeneratedCorpus shared;

    final Path dir;
    final GenerationStats stats;
    final List<JsonNode> records;
    final List<JsonNode> labels;

    private GeneratedCorpus(Path dir, GenerationStats stats, List<JsonNode> records, List<JsonNode> labels) {
        this.dir = dir;
        this.stats = stats;
        this.records = records;
        this.labels = labels;
    }

    static synchronized GeneratedCorpus get() {
        if (shared == null) {
            try {
                Path dir = Files.createTempDirectory("corpus-audit-generate-test");
                dir.toFile().deleteOnExit();
                GenerationStats stats = new CorpusGenerator(SEED).generate(RECORDS, dir);
                shared = new GeneratedCorpus(dir, stats, read(dir.resolve("corpus.jsonl")), read(dir.resolve("labels.jsonl")));
                dir.resolve("corpus.jsonl").toFile().deleteOnExit();
                dir.resolve("labels.jsonl").toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    static List<JsonNode> read(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            nodes.add(Json.MAPPER.readTree(line));
        }
        return nodes;
    }

    boolean labelled(int i, String category) {
        for (JsonNode c : labels.get(i).get("categories")) {
            if (c.asText().equals(category)) {
                return true;
            }
        }
        return false;
    }

    String text(int i) {
        return records.get(i).get("text").asText();
    }
}
