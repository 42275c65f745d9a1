package dev.corpusaudit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RulesCommandTest {
    @TempDir
    Path dir;

    @Test
    void listsEveryShippedRuleWithItsExampleCounts() {
        String out = ScanEndToEndTest.captureStdout(() -> assertEquals(0, Main.run("rules", "list")));
        assertTrue(out.lines().anyMatch(l -> l.startsWith("pii.phone ") && l.contains("detector")
                && l.contains("de,en,es,fr,it,nl") && l.endsWith("8/3")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("credentials.aws_access_key ") && l.contains("pattern")), out);
    }

    @Test
    void testPassesOnTheShippedRulesAndFailsWithExitOneOnAWrongExample() throws IOException {
        String ok = ScanEndToEndTest.captureStdout(() -> assertEquals(0, Main.run("rules", "test")));
        assertTrue(ok.contains(" rules, 0 failed"), ok);

        Path policy = dir.resolve("policy.yaml");
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(policy, "id: t\ntitle: t\nversion: 1.0.0\nrule_packs: [rules]\n");
        Files.writeString(dir.resolve("rules/key.yaml"), String.join("\n",
                "id: t.key", "version: 1.0.0", "category: excluded.credentials", "type: pattern",
                "description: a key", "confidence: 0.5", "patterns:", "  - {name: k, regex: 'KEY-[0-9]{4}'}",
                "examples:", "  - {lang: en, text: 'use KEY-1234 now', expect: ['KEY-12']}",
                "  - {lang: en, text: 'no key here', expect: []}", ""));
        String failed = ScanEndToEndTest.captureStdout(() -> assertEquals(1, Main.run("rules", "test",
                "--ruleset", policy.toString(), "t.key")));
        assertTrue(failed.contains("FAIL t.key"), failed);
        assertTrue(failed.contains("expected 'KEY-12' [4,10) but the rule found 'KEY-1234' [4,12)"), failed);
    }

    @Test
    void explainSaysWhatARuleLooksForAndAnUnknownIdIsAUsageError() {
        String out = ScanEndToEndTest.captureStdout(() -> assertEquals(0,
                Main.run("rules", "explain", "credentials.aws_access_key")));
        assertTrue(out.contains("runs only when the text contains one of: AKIA, ASIA"), out);
        assertTrue(out.contains("validator: secret"), out);
        assertEquals(2, Main.run("rules", "explain", "no.such.rule"));
        String salary = ScanEndToEndTest.captureStdout(() -> assertEquals(0,
                Main.run("rules", "explain", "salary.advertised")));
        assertTrue(salary.contains("subject: general"), salary);
        assertTrue(salary.contains("subject person (+0.2)"), salary);
        String names = ScanEndToEndTest.captureStdout(() -> assertEquals(0,
                Main.run("rules", "explain", "pii.person")));
        assertTrue(names.contains("detector: person_name\nmodel: person/names.bin"), names);
        String messages = ScanEndToEndTest.captureStdout(() -> assertEquals(0,
                Main.run("rules", "explain", "private_message.message_style")));
        assertTrue(messages.contains("detector: categorizer\nmodel: categorizer/messages-maxent.bin, "
                + "categorizer/messages-nb.bin"), messages);
        assertTrue(messages.contains("does not read records whose source is: comment, poll, job_application"),
                messages);
        String exact = ScanEndToEndTest.captureStdout(() -> assertEquals(0,
                Main.run("rules", "explain", "health.disability_group_exact")));
        assertTrue(exact.contains("exact: a match counts only when written as one of the terms"), exact);
        assertTrue(exact.contains("no match where it overlaps (fr): handicapé par, handicapée par"), exact);
    }
}
