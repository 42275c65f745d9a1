package dev.corpusaudit.generate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corpusaudit.model.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One corpus generated once for all tests of a JVM (generation is deterministic, so sharing it
 * changes nothing), read back as parsed lines, with its side files.
 */
final class GeneratedCorpus {
    static final long SEED = 7;
    static final int RECORDS = 20_000;
    static final LocalDate SNAPSHOT = CorpusGenerator.DEFAULT_SNAPSHOT;
    static final List<String> FILES = List.of("corpus.jsonl", "labels.jsonl", "messages.jsonl", "members.csv",
            "optouts.csv", "salaries.csv", "generation.json");

    private static GeneratedCorpus shared;

    final Path dir;
    final GenerationStats stats;
    final List<JsonNode> records;
    final List<JsonNode> labels;
    final List<JsonNode> messages;
    /** The lines of each CSV file after the header, split at commas, by file name; and the headers. */
    final Map<String, List<String[]>> csv = new LinkedHashMap<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    /** The generator's members, to check the files against the truth they were made from. */
    final MemberPool pool;

    private GeneratedCorpus(Path dir, GenerationStats stats) throws IOException {
        this.dir = dir;
        this.stats = stats;
        this.records = read(dir.resolve("corpus.jsonl"));
        this.labels = read(dir.resolve("labels.jsonl"));
        this.messages = read(dir.resolve("messages.jsonl"));
        for (String file : List.of("members.csv", "optouts.csv", "salaries.csv")) {
            List<String> lines = Files.readAllLines(dir.resolve(file));
            headers.put(file, lines.get(0));
            csv.put(file, lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).toList());
        }
        this.pool = new MemberPool(SEED, RECORDS / 4, SNAPSHOT);
    }

    static synchronized GeneratedCorpus get() {
        if (shared == null) {
            try {
                Path dir = Files.createTempDirectory("corpus-audit-generate-test");
                dir.toFile().deleteOnExit();
                GenerationStats stats = new CorpusGenerator(SEED).generate(RECORDS, dir);
                for (String file : FILES) {
                    dir.resolve(file).toFile().deleteOnExit();
                }
                shared = new GeneratedCorpus(dir, stats);
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

    String source(int i) {
        return records.get(i).get("source").asText();
    }

    String memberId(int i) {
        return records.get(i).get("member_id").asText();
    }

    LocalDate createdAt(int i) {
        return LocalDate.parse(records.get(i).get("created_at").asText());
    }

    /** The generator's member behind {@code m-000042}. */
    Member member(String memberId) {
        return pool.member(Long.parseLong(memberId.substring(2)) - 1);
    }

    /** The CSV file's lines as a map from their first column to the rest. */
    Map<String, String[]> byMember(String file) {
        Map<String, String[]> map = new LinkedHashMap<>();
        for (String[] line : csv.get(file)) {
            map.put(line[0], line);
        }
        return map;
    }
}
