package dev.corpusaudit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corpusaudit.model.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job-application categorizer rule in a scan: an application without any cover-letter phrase, posted as a post,
 * is reported as a whole; a job ad is not; the same application as a profile's text is not read (profiles are
 * written like cover letters on purpose).
 */
class ApplicationStyleEndToEndTest {
    private static final String LETTER = "Goedemiddag mevrouw Smit, met veel plezier reageer ik op de functie van "
            + "magazijnmedewerker. Ik werk al drie jaar als orderpicker bij een groothandel in Breda, heb mijn "
            + "heftruckcertificaat en kan per direct beginnen. Ik kom graag een keer langs om kennis te maken.";
    private static final String AD = "Voor ons magazijn in Breda zoeken wij een orderpicker met heftruckcertificaat. "
            + "Je werkt in vaste dagdiensten en krijgt een contract voor een jaar. Reageer via onze website.";

    @TempDir
    static Path dir;
    static List<JsonNode> findings = new ArrayList<>();

    @BeforeAll
    static void scan() throws IOException {
        Path corpus = dir.resolve("corpus.jsonl");
        List<String> lines = new ArrayList<>();
        for (String[] r : new String[][]{{"letter", LETTER, "post"}, {"ad", AD, "post"}, {"about", LETTER, "profile"}}) {
            lines.add(Json.MAPPER.writeValueAsString(Map.of("id", r[0], "text", r[1], "lang", "nl", "source", r[2])));
        }
        Files.write(corpus, lines);
        Path out = dir.resolve("out");
        Main.run("scan", corpus.toString(), "--out", out.toString(), "-q");
        for (String line : Files.readAllLines(out.resolve("findings.jsonl"))) {
            findings.add(Json.MAPPER.readTree(line));
        }
    }

    private static List<JsonNode> byRule(String record) {
        return findings.stream().filter(f -> f.get("record_id").asText().equals(record)
                && f.get("rule_id").asText().equals("job_application.application_style")).toList();
    }

    @Test
    void anApplicationWithoutSetPhrasesIsReportedAsAWhole() {
        List<JsonNode> letter = byRule("letter");
        assertEquals(1, letter.size(), findings.toString());
        JsonNode f = letter.get(0);
        assertEquals("excluded.job_application", f.get("category").asText());
        assertEquals(0, f.get("start").asInt());
        assertEquals(LETTER.length(), f.get("end").asInt());
        assertTrue(f.get("confidence").asDouble() >= 0.85, f.toString()); // the rule's confidence
        assertTrue(f.get("explanation").asText().contains(
                "categorizer/applications-maxent.bin gives excluded.job_application p="), f.toString());
    }

    @Test
    void aJobAdAndAProfileAreNotReportedByIt() {
        assertEquals(List.of(), byRule("ad"));
        assertEquals(List.of(), byRule("about"));
    }
}
