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
    void textSignalsHaveNoField() {
        assertNull(RULES.find("key AKIAQ7RZ4HN2XW5TJ3LB", "en").get(0).field());
    }
}
