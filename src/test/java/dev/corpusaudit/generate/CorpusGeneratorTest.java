package dev.corpusaudit.generate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shape of the generated files: counts, ids, keys and their order, the mix of fields. */
class CorpusGeneratorTest {
    private static final List<String> CORPUS_KEYS =
            List.of("id", "text", "member_id", "source", "region", "lang", "created_at", "member_age", "member_birth_date");
    private static final Map<String, Set<String>> REGIONS = Map.of(
            "en", Set.of("GB", "IE", "US", "CA"), "de", Set.of("DE", "AT", "CH"), "fr", Set.of("FR", "BE", "CH"),
            "nl", Set.of("NL", "BE"), "es", Set.of("ES"), "it", Set.of("IT"));

    private final GeneratedCorpus corpus = GeneratedCorpus.get();

    @Test
    void sameSeedAndCountGiveTheSameBytesInEveryFile(@TempDir Path a, @TempDir Path b, @TempDir Path c) throws IOException {
        new CorpusGenerator(42).generate(3_000, a);
        new CorpusGenerator(42).generate(3_000, b);
        new CorpusGenerator(43).generate(3_000, c);
        try (var files = Files.list(a)) {
            assertEquals(GeneratedCorpus.FILES.stream().sorted().toList(),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        for (String file : GeneratedCorpus.FILES) {
            assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file);
            if (!file.equals("generation.json")) {
                assertFalse(Files.mismatch(a.resolve(file), c.resolve(file)) < 0, "another seed, another " + file);
            }
        }
    }

    @Test
    void theSnapshotDateBoundsTheRecordsAndIsWrittenDown(@TempDir Path dir) throws IOException {
        LocalDate snapshot = LocalDate.of(2025, 6, 30);
        new CorpusGenerator(5, snapshot).generate(1_000, dir);
        assertEquals("{\"seed\":5,\"records\":1000,\"snapshot_date\":\"2025-06-30\"}\n",
                Files.readString(dir.resolve("generation.json")));
        LocalDate first = LocalDate.MAX;
        LocalDate last = LocalDate.MIN;
        for (JsonNode record : GeneratedCorpus.read(dir.resolve("corpus.jsonl"))) {
            LocalDate created = LocalDate.parse(record.get("created_at").asText());
            first = created.isBefore(first) ? created : first;
            last = created.isAfter(last) ? created : last;
        }
        assertFalse(last.isAfter(snapshot), "last record " + last);
        assertFalse(first.isBefore(snapshot.minusYears(2)), "first record " + first);
        assertTrue(last.isAfter(snapshot.minusDays(30)) && first.isBefore(snapshot.minusYears(2).plusDays(30)),
                "records spread over the two years: " + first + " to " + last);
        for (String[] optOut : Files.readAllLines(dir.resolve("optouts.csv")).stream().skip(1).map(l -> l.split(",")).toList()) {
            LocalDate date = LocalDate.parse(optOut[1]);
            assertFalse(date.isBefore(snapshot.minusDays(90)) || date.isAfter(snapshot.plusDays(88)), optOut[1]);
        }
    }

    @Test
    void writesOneRecordAndOneLabelLinePerRecordWithAlignedUniqueIds() {
        assertEquals(GeneratedCorpus.RECORDS, corpus.records.size());
        assertEquals(GeneratedCorpus.RECORDS, corpus.labels.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < corpus.records.size(); i++) {
            String id = corpus.records.get(i).get("id").asText();
            assertEquals(String.format("r-%07d", i + 1), id);
            assertEquals(id, corpus.labels.get(i).get("record_id").asText());
            assertTrue(ids.add(id));
        }
    }

    @Test
    void zeroRecordsGiveEmptyFiles(@TempDir Path dir) throws IOException {
        GenerationStats stats = new CorpusGenerator(1).generate(0, dir);
        assertEquals(0, stats.records());
        assertEquals(0, stats.members());
        assertEquals(0, Files.size(dir.resolve("corpus.jsonl")));
        assertEquals(0, Files.size(dir.resolve("labels.jsonl")));
        assertEquals(0, Files.size(dir.resolve("messages.jsonl")));
        assertEquals(List.of("member_id,birth_date,region"), Files.readAllLines(dir.resolve("members.csv")));
        assertEquals(List.of("member_id,opted_out_at"), Files.readAllLines(dir.resolve("optouts.csv")));
        assertEquals(List.of("member_id,amount,currency"), Files.readAllLines(dir.resolve("salaries.csv")));
    }

    @Test
    void corpusKeysComeInSchemaOrderWithTheRightTypes() {
        for (JsonNode record : corpus.records) {
            List<String> keys = new ArrayList<>();
            record.fieldNames().forEachRemaining(keys::add);
            List<String> expected = new ArrayList<>(CORPUS_KEYS);
            expected.retainAll(keys);
            assertEquals(expected, keys, "keys of " + record.get("id"));
            assertTrue(keys.containsAll(List.of("id", "text", "member_id", "source", "region", "created_at")));
            assertTrue(record.get("member_id").asText().matches("m-\\d{6}"));
            assertTrue(record.get("region").asText().matches("[A-Z]{2}"));
            LocalDate created = LocalDate.parse(record.get("created_at").asText());
            assertFalse(created.isBefore(LocalDate.of(2024, 2, 1)) || created.isAfter(GeneratedCorpus.SNAPSHOT), created.toString());
            if (record.has("member_age")) {
                assertTrue(record.get("member_age").isInt());
                assertFalse(record.has("member_birth_date"), "never both age fields: " + record.get("id"));
            }
            if (record.has("member_birth_date")) {
                assertTrue(record.get("member_birth_date").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
            }
        }
    }

    @Test
    void labelKeysComeInSchemaOrder() {
        for (JsonNode label : corpus.labels) {
            List<String> keys = new ArrayList<>();
            label.fieldNames().forEachRemaining(keys::add);
            boolean special = false;
            for (JsonNode category : label.get("categories")) {
                special |= category.asText().startsWith("special.");
            }
            assertEquals(special ? List.of("record_id", "lang", "categories", "subjects")
                    : List.of("record_id", "lang", "categories"), keys, label.toString());
        }
    }

    @Test
    void langIsGivenOnAboutSixtyPercentAndTrueWhereGiven() {
        int absent = 0;
        for (int i = 0; i < corpus.records.size(); i++) {
            JsonNode lang = corpus.records.get(i).get("lang");
            if (lang == null) {
                absent++;
            } else {
                assertEquals(corpus.labels.get(i).get("lang").asText(), lang.asText());
            }
        }
        double share = absent / (double) corpus.records.size();
        assertTrue(share > 0.37 && share < 0.43, "lang absent on " + share);
    }

    @Test
    void allSixLanguagesAppearInTheirSharesWithMatchingRegions() {
        Map<String, Integer> perLanguage = new HashMap<>();
        for (int i = 0; i < corpus.records.size(); i++) {
            String lang = corpus.labels.get(i).get("lang").asText();
            perLanguage.merge(lang, 1, Integer::sum);
            String region = corpus.records.get(i).get("region").asText();
            assertTrue(REGIONS.get(lang).contains(region), lang + " written from " + region);
        }
        assertEquals(REGIONS.keySet(), perLanguage.keySet());
        double english = perLanguage.get("en") / (double) corpus.records.size();
        double dutch = perLanguage.get("nl") / (double) corpus.records.size();
        assertTrue(english > 0.31 && english < 0.39, "en " + english);
        assertTrue(dutch > 0.08 && dutch < 0.14, "nl " + dutch);
    }

    @Test
    void postsAndCommentsAreTheMostCommonSources() {
        Map<String, Integer> perSource = new HashMap<>();
        corpus.records.forEach(r -> perSource.merge(r.get("source").asText(), 1, Integer::sum));
        assertEquals(Source.values().length, perSource.size(), perSource.toString());
        int posts = perSource.get("post");
        int comments = perSource.get("comment");
        perSource.forEach((source, count) -> {
            if (!source.equals("post") && !source.equals("comment")) {
                assertTrue(count < Math.min(posts, comments), source + " " + perSource);
            }
        });
    }

    @Test
    void membersWriteSeveralRecordsAndKeepTheirLanguageAndBirthDate() {
        Map<String, String> language = new HashMap<>();
        Map<String, String> birth = new HashMap<>();
        int withAge = 0;
        int withBirthDate = 0;
        for (int i = 0; i < corpus.records.size(); i++) {
            JsonNode record = corpus.records.get(i);
            String member = record.get("member_id").asText();
            String lang = corpus.labels.get(i).get("lang").asText();
            assertEquals(language.computeIfAbsent(member, m -> lang), lang, "language of " + member);
            LocalDate truth = corpus.member(member).birthDate();
            if (record.has("member_age")) {
                withAge++;
                // the age on the record's date, in whole years
                assertEquals(Period.between(truth, corpus.createdAt(i)).getYears(), record.get("member_age").asInt(),
                        record.get("id").asText());
            }
            if (record.has("member_birth_date")) {
                withBirthDate++;
                String date = record.get("member_birth_date").asText();
                assertEquals(birth.computeIfAbsent(member, m -> date), date, "birth date of " + member);
                assertEquals(truth.toString(), date);
            }
        }
        int members = language.size();
        assertEquals(members, corpus.stats.members());
        assertTrue(members > GeneratedCorpus.RECORDS / 5 && members <= GeneratedCorpus.RECORDS / 4, members + " members");
        double ageShare = withAge / (double) corpus.records.size();
        double birthShare = withBirthDate / (double) corpus.records.size();
        assertTrue(ageShare > 0.37 && ageShare < 0.45, "member_age on " + ageShare);
        assertTrue(birthShare > 0.08 && birthShare < 0.13, "member_birth_date on " + birthShare);
    }

    @Test
    void textLengthsFitTheirSource() {
        Map<String, List<Integer>> lengths = new HashMap<>();
        for (JsonNode record : corpus.records) {
            lengths.computeIfAbsent(record.get("source").asText(), s -> new ArrayList<>()).add(record.get("text").asText().length());
        }
        assertMedianBetween(lengths.get("comment"), 30, 200);
        assertMedianBetween(lengths.get("post"), 100, 800);
        assertMedianBetween(lengths.get("article"), 400, 1500);
        assertMedianBetween(lengths.get("profile"), 80, 400);
        assertTrue(lengths.get("article").stream().allMatch(n -> n >= 300), "articles are long");
    }

    @Test
    void statsMatchTheFiles() {
        long chars = 0;
        Map<String, Long> perCategory = new HashMap<>();
        for (int i = 0; i < corpus.records.size(); i++) {
            chars += corpus.text(i).length();
            for (JsonNode category : corpus.labels.get(i).get("categories")) {
                perCategory.merge(category.asText(), 1L, Long::sum);
            }
        }
        assertEquals(GeneratedCorpus.RECORDS, corpus.stats.records());
        assertEquals(chars, corpus.stats.textChars());
        assertEquals(perCategory, corpus.stats.labelledRecordsPerCategory());
        assertEquals(Map.of("members.csv", (long) corpus.csv.get("members.csv").size(),
                "optouts.csv", (long) corpus.csv.get("optouts.csv").size(),
                "salaries.csv", (long) corpus.csv.get("salaries.csv").size(),
                "messages.jsonl", (long) corpus.messages.size()), corpus.stats.sideFileLines());
    }

    private static void assertMedianBetween(List<Integer> values, int min, int max) {
        List<Integer> sorted = values.stream().sorted().toList();
        int median = sorted.get(sorted.size() / 2);
        assertTrue(median >= min && median <= max, "median " + median + " not in " + min + ".." + max);
    }
}
