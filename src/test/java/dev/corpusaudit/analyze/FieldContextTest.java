package dev.corpusaudit.analyze;

import dev.corpusaudit.model.Signal;
import dev.corpusaudit.ruleset.Ruleset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A value in a structured field is found there, and a field named after what the rule looks for makes it certain. */
class FieldContextTest {
    private static final PatternRules RULES = new PatternRules(Ruleset.loadDefault().rules());

    @Test
    void aFieldNamedForTheValueMakesAValidatedMatchCertain() {
        List<Signal> signals = RULES.findInField("aws_key", "AKIAQ7RZ4HN2XW5TJ3LB", "en");
        assertEquals(1, signals.size());
        Signal s = signals.get(0);
        assertEquals("aws_key", s.field());
        assertEquals(1.0, s.confidence());
        assertEquals(0, s.start());
        assertEquals(20, s.end());
        assertEquals("[AKIA****************]", s.evidence());
        assertTrue(s.explanation().endsWith("in field 'aws_key' whose name says 'aws': certain (1.0)"), s.explanation());
    }

    @Test
    void anOtherFieldKeepsTheRulesOwnConfidence() {
        Signal s = RULES.findInField("notes", "temp key ASIAV3KD9QZP2MX7RT4N", "en").get(0);
        assertEquals("notes", s.field());
        assertTrue(s.confidence() < 1.0);
        assertTrue(s.evidence().startsWith("temp key [ASIA"), s.evidence());
    }

    @Test
    void aScanOfACsvReportsTheColumnOfTheFinding(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path csv = java.nio.file.Files.writeString(dir.resolve("in.csv"),
                "id,text,aws_key\nc1,Deploy notes for the team,AKIAQ7RZ4HN2XW5TJ3LB\n");
        assertEquals(1, dev.corpusaudit.cli.Main.run("scan", csv.toString(), "--out", dir.resolve("out").toString(),
                "-q"));
        List<String> lines = java.nio.file.Files.readAllLines(dir.resolve("out/findings.jsonl"));
        assertEquals(1, lines.size());
        var f = dev.corpusaudit.model.Json.MAPPER.readTree(lines.get(0));
        assertEquals("aws_key", f.get("field").asText());
        assertEquals(1.0, f.get("confidence").asDouble());
        assertEquals("[AKIA****************]", f.get("evidence").asText());
    }

    @Test
    void theDetectorsReadOtherFieldsToo() {
        // an address and a card number in a notes column, found as in the text, with the field named
        PatternStage stage = new PatternStage(Ruleset.loadDefault().rules());
        List<Signal> signals = stage.findInField("notes", "mail anna.weber@example.de, card 4111 1111 1111 1111", "en");
        assertEquals(List.of("pii.email", "excluded.payment_card"), signals.stream().map(Signal::category).toList());
        Signal email = signals.get(0);
        assertEquals("notes", email.field());
        assertEquals(5, email.start());
        assertEquals(26, email.end());
        assertTrue(email.explanation().endsWith("; in field 'notes'"), email.explanation());
        assertEquals("mail [a***@example.de], card #### #### #### ####", email.evidence());
        // a bare number in a column is an id, a count or a timestamp: no phone, no card
        assertEquals(List.of(), stage.findInField("created", "2025031512", "en"));
        assertEquals(List.of(), stage.findInField("order_id", "4111111111111111", "en"));
        assertEquals(List.of("pii.phone"), stage.findInField("contact", "+49 30 12345678", "de").stream()
                .map(Signal::category).toList());
    }

    @Test
    void textSignalsHaveNoField() {
        assertNull(RULES.find("key AKIAQ7RZ4HN2XW5TJ3LB", "en").get(0).field());
    }
}
