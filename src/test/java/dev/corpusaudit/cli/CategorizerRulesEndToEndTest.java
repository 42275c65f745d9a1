package dev.corpusaudit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corpusaudit.model.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The categorizer rules in a scan. The private-message one: a post written as a chat message is reported as a whole,
 * with its probability and a masked opening; public writing is not; other fields' values are never read by it; a rule
 * whose model does not know its category stops the scan before it starts (exit 2, file and field named). The
 * job-application one: an application without any cover-letter phrase is reported as a whole; a job ad is not; the
 * same application as a profile's text is not read (profiles are written like cover letters on purpose).
 */
class CategorizerRulesEndToEndTest {
    private static final String CHAT = "  hey are you home yet? call me when you can, I need to ask you something x \n";
    private static final String LAUNCH = "Thrilled to announce that our analytics team launched a new dashboard for "
            + "retail clients this quarter. Grateful to everyone who tested it! #analytics #retail";
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
        Files.write(corpus, List.of(
                Json.MAPPER.writeValueAsString(java.util.Map.of("id", "chat", "text", CHAT, "lang", "en",
                        "source", "post")),
                Json.MAPPER.writeValueAsString(java.util.Map.of("id", "launch", "text", LAUNCH, "lang", "en",
                        "source", "post")),
                Json.MAPPER.writeValueAsString(java.util.Map.of("id", "noted", "text", LAUNCH, "lang", "en",
                        "source", "post", "note", "are you home yet? call me when you can")),
                Json.MAPPER.writeValueAsString(java.util.Map.of("id", "comment", "text", CHAT, "lang", "en",
                        "source", "comment")),
                Json.MAPPER.writeValueAsString(java.util.Map.of("id", "letter", "text", LETTER, "lang", "nl",
                        "source", "post")),
                Json.MAPPER.writeValueAsString(java.util.Map.of("id", "ad", "text", AD, "lang", "nl",
                        "source", "post")),
                Json.MAPPER.writeValueAsString(java.util.Map.of("id", "about", "text", LETTER, "lang", "nl",
                        "source", "profile"))));
        Path out = dir.resolve("out");
        Main.run("scan", corpus.toString(), "--out", out.toString(), "-q");
        for (String line : Files.readAllLines(out.resolve("findings.jsonl"))) {
            findings.add(Json.MAPPER.readTree(line));
        }
    }

    /** The record's findings whose {@code field} is {@code value}. */
    private static List<JsonNode> findings(String record, String field, String value) {
        return findings.stream().filter(f -> f.get("record_id").asText().equals(record)
                && f.get(field).asText().equals(value)).toList();
    }

    private static List<JsonNode> messageFindings(String record) {
        return findings(record, "category", "excluded.private_message");
    }

    private static List<JsonNode> applicationStyleFindings(String record) {
        return findings(record, "rule_id", "job_application.application_style");
    }

    @Test
    void aChatMessageIsReportedAsAWholeWithItsProbability() {
        List<JsonNode> chat = messageFindings("chat");
        assertEquals(1, chat.size(), chat.toString());
        JsonNode f = chat.get(0);
        assertEquals("private_message.message_style", f.get("rule_id").asText());
        assertEquals("categorizer", f.get("detector").asText());
        assertEquals(2, f.get("start").asInt()); // the blanks around the text are not part of it
        assertEquals(CHAT.strip().length() + 2, f.get("end").asInt());
        assertTrue(f.get("confidence").asDouble() >= 0.85, f.toString()); // the rule's confidence
        String why = f.get("explanation").asText();
        assertTrue(why.contains("categorizer/messages-nb.bin gives excluded.private_message p=")
                && why.contains("categorizer/messages-maxent.bin gives excluded.private_message p="), why);
        String evidence = f.get("evidence").asText();
        assertTrue(evidence.startsWith("[he* *** *** **** ***? "), evidence); // the opening only, masked
        assertTrue(evidence.endsWith("…]"), evidence);
        assertFalse(evidence.contains("home") || evidence.contains("call"), evidence);
    }

    @Test
    void publicWritingOtherFieldsAndTheRulesExceptedSourcesAreNotRead() {
        assertEquals(List.of(), messageFindings("launch"));
        assertEquals(List.of(), messageFindings("noted"));
        assertEquals(List.of(), messageFindings("comment")); // except_sources: comment
    }

    @Test
    void anApplicationWithoutSetPhrasesIsReportedAsAWhole() {
        List<JsonNode> letter = applicationStyleFindings("letter");
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
    void aJobAdAndAProfileAreNotReadAsApplications() {
        assertEquals(List.of(), applicationStyleFindings("ad"));
        assertEquals(List.of(), applicationStyleFindings("about")); // except_sources: profile
    }

    @Test
    void aModelThatDoesNotKnowTheRulesCategoryOrAnUnknownSourceIsAConfigurationError() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("ruleset/rules"));
        Files.copy(Path.of("rulesets/categorizer/special.bin"), dir.resolve("ruleset/special.bin"));
        Files.writeString(dir.resolve("ruleset/policy.yaml"), "id: t\ntitle: t\nversion: 1.0.0\nrule_packs: [rules]\n");
        String rule = Files.readString(Path.of("rulesets/rules/excluded/private_message/message_style.yaml"))
                .replaceAll("model: \\[.*]", "model: [special.bin]");
        Files.writeString(rules.resolve("message_style.yaml"), rule);
        String[] run = scanWith(dir.resolve("ruleset/policy.yaml"), "bad");
        assertEquals("2", run[0]);
        assertTrue(run[1].contains("rules/message_style.yaml: field 'model': special.bin knows the labels")
                && run[1].contains("not the rule's category 'excluded.private_message'"), run[1]);
        Files.writeString(rules.resolve("message_style.yaml"), rule.replace("except_sources: [comment,",
                "except_sources: [comments,"));
        run = scanWith(dir.resolve("ruleset/policy.yaml"), "bad2");
        assertEquals("2", run[0]);
        assertTrue(run[1].contains("message_style.yaml:") && run[1].contains("field 'except_sources': unknown "
                + "source 'comments'; known: ai_prompt, article, comment"), run[1]);
    }

    /** Exit code and stderr of a scan of the corpus with another policy. */
    private static String[] scanWith(Path policy, String out) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run("scan", dir.resolve("corpus.jsonl").toString(), "--out", dir.resolve(out).toString(),
                    "--ruleset", policy.toString(), "-q");
            return new String[]{String.valueOf(code), captured.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(err);
        }
    }
}
