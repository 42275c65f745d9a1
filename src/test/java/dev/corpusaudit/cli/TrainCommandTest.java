package dev.corpusaudit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corpusaudit.model.Json;
import dev.corpusaudit.nlp.DocumentCategorizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainCommandTest {
    @TempDir
    Path dir;

    private static final String[] HEALTH = {"Back at work after my chemotherapy", "Mein Arzt hat mich krankgeschrieben",
            "Living with type 1 diabetes since I was twelve", "Recovering from knee surgery this month"};
    private static final String[] NONE = {"Our team is hiring two backend engineers", "Great launch event yesterday",
            "Slides from my conference talk are online", "Quarterly numbers are in and they look good"};

    /** The exit code, stdout and stderr of a command line. */
    private static String[] run(String... args) {
        java.io.PrintStream out = System.out;
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream stdout = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream stderr = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(stdout, true, java.nio.charset.StandardCharsets.UTF_8));
        System.setErr(new java.io.PrintStream(stderr, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new String[]{String.valueOf(code), stdout.toString(java.nio.charset.StandardCharsets.UTF_8),
                    stderr.toString(java.nio.charset.StandardCharsets.UTF_8)};
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void trainsMeasuresAndRecordsHowTheModelWasMade() throws Exception {
        List<String> lines = new ArrayList<>(List.of("# test data"));
        for (int i = 0; i < 20; i++) {
            lines.add("special.health\t" + HEALTH[i % HEALTH.length] + " " + i);
            lines.add("none\t" + NONE[i % NONE.length] + " " + i);
        }
        Files.write(dir.resolve("en.tsv"), lines);
        Path model = dir.resolve("m.bin");
        String[] result = run("train", "--data", dir.toString(), "--out", model.toString(), "--folds", "4", "-q");
        assertEquals("0", result[0], result[2]);
        assertTrue(result[1].startsWith("4-fold cross-validation, 40 texts, accuracy "), result[1]);
        assertTrue(result[1].contains("special.health"), result[1]);
        JsonNode made = Json.MAPPER.readTree(dir.resolve("m.json").toFile());
        assertEquals(40, made.get("samples").asInt());
        assertEquals(20, made.at("/labels/none").asInt());
        assertEquals("NAIVEBAYES", made.at("/params/algorithm").asText());
        assertEquals(4, made.at("/cross_validation/folds").asInt());
        DocumentCategorizer categorizer = new DocumentCategorizer(DocumentCategorizer.load(model));
        Map<String, Double> scores = categorizer.scores("Recovering from my chemotherapy", "en");
        assertTrue(scores.get("special.health") > scores.get("none"), scores.toString());
        assertEquals(1.0, scores.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
    }

    @Test
    void badTrainingDataIsAUsageErrorNamingFileAndLine() throws Exception {
        Files.write(dir.resolve("de.tsv"), List.of("none\tGuten Morgen", "special.helth\tKrank"));
        String[] result = run("train", "--data", dir.toString(), "--out", dir.resolve("m.bin").toString());
        assertEquals("2", result[0]);
        assertTrue(result[2].contains(dir.resolve("de.tsv") + ":2: label must be a category id or 'none', "
                + "not 'special.helth'"), result[2]);
        assertEquals("2", run("train", "--data", dir.toString(), "--out", "m.bin", "--folds", "1")[0]);
        assertTrue(Files.notExists(dir.resolve("m.bin")));
    }

    @Test
    void trainsANameFinderFromTemplatesAndNameLists() throws Exception {
        Path data = Files.createDirectories(dir.resolve("train"));
        List<String> lines = new ArrayList<>(List.of("# test sentences"));
        String[] shapes = {"Thanks to {FULL} for the talk.", "I met {FIRST} at the {XLAST} Institute yesterday.",
                "Our new head of sales is {FULL}.", "Dr. {LAST} presented the results.", "The office is closed today."};
        for (int i = 0; i < 40; i++) {
            lines.add(shapes[i % shapes.length].replace(".", " " + i + "."));
        }
        Files.write(data.resolve("en.txt"), lines);
        Path names = Files.createDirectories(dir.resolve("names/last-names")).getParent();
        Files.write(names.resolve("first-names.txt"), List.of("Anna", "Lukas", "Sofia", "Mateo", "Emma", "Noah",
                "Marie", "Jonas", "Lea", "Elias", "Clara", "Paul", "Ida", "Felix"));
        Files.write(names.resolve("last-names/de.txt"), List.of("Weber", "Fischer", "Becker", "Hoffmann", "Schulz",
                "Koch", "Richter", "Wolf", "Neumann", "Braun"));
        Path model = dir.resolve("names.bin");
        String[] result = run("train", "--kind", "names", "--data", data.toString(), "--names", names.toString(),
                "--out", model.toString(), "--folds", "2", "--copies", "3", "-q");
        assertEquals("0", result[0], result[2]);
        assertTrue(result[1].startsWith("2-fold cross-validation, 40 template sentences, held-out sentences and "
                + "names: "), result[1]);
        JsonNode made = Json.MAPPER.readTree(dir.resolve("names.json").toFile());
        assertEquals(40, made.at("/templates/en").asInt());
        assertEquals(3, made.at("/params/copies").asInt());
        assertEquals("MAXENT", made.at("/params/algorithm").asText());
        assertEquals(dev.corpusaudit.nlp.NameFinderTraining.dataSha256(List.of(data.resolve("en.txt")), names),
                made.get("data_sha256").asText());
        opennlp.tools.namefind.NameFinderME finder = new opennlp.tools.namefind.NameFinderME(
                dev.corpusaudit.nlp.PersonFinder.load(model));
        opennlp.tools.util.Span[] found = finder.find(new String[]{"Thanks", "to", "Emma", "Becker", "for", "the",
                "talk", "."});
        assertEquals(List.of(new opennlp.tools.util.Span(2, 4, "person")), List.of(found));

        Files.write(data.resolve("en.txt"), List.of("Thanks {NAME}."));
        result = run("train", "--kind", "names", "--data", data.toString(), "--names", names.toString(),
                "--out", model.toString());
        assertEquals("2", result[0]);
        assertTrue(result[2].contains(data.resolve("en.txt") + ":1: a brace or bracket that is not a slot"), result[2]);
    }
}
