package dev.corpusaudit.report;

import dev.corpusaudit.eval.EvalResult;
import dev.corpusaudit.eval.Score;
import dev.corpusaudit.ingest.Rejection;
import dev.corpusaudit.model.AuditSummary;
import dev.corpusaudit.model.AuditSummary.Breakdowns;
import dev.corpusaudit.model.AuditSummary.CategoryCount;
import dev.corpusaudit.model.AuditSummary.RecordCounts;
import dev.corpusaudit.model.AuditSummary.RulesetInfo;
import dev.corpusaudit.model.ExposedMember;
import dev.corpusaudit.model.FileDigest;
import dev.corpusaudit.model.Finding;
import dev.corpusaudit.model.GateVerdict;
import dev.corpusaudit.model.Json;
import dev.corpusaudit.report.ReportContent.MethodItem;
import dev.corpusaudit.report.ReportContent.RuleRow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Hand-built summaries, findings, report content and rejected lines for the report tests, including hostile text. */
final class ReportFixtures {

    static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
    static final String SUM = "+SUM(1,2)";
    /** Starts with a control character that must be dropped, leaving text that starts like a formula. */
    static final String CONTROL = "\u0001-1+2 bell\u0007";

    private ReportFixtures() {
    }

    static AuditSummary summary() {
        return summary(new RecordCounts(10, 8, 2, 1));
    }

    static AuditSummary summary(RecordCounts records) {
        SortedMap<String, CategoryCount> categories = new TreeMap<>();
        categories.put("special.health", new CategoryCount(1, 1, 1, "high"));
        categories.put("pii.email", new CategoryCount(1, 1, 1, "medium"));
        categories.put("excluded.payment_card", new CategoryCount(1, 1, 1, "high"));
        categories.put("excluded.minor", new CategoryCount(1, 1, 1, "high"));
        return new AuditSummary("corpus-audit", "0.1.0",
                new RulesetInfo("linkedin-genai-2025", "LinkedIn generative AI training, 2025", "1.0.0",
                        "ab".repeat(32)),
                List.of("sample-data/posts.jsonl"),
                List.of(new FileDigest("sample-data/posts.jsonl", "cd".repeat(32), 1234)),
                records,
                4,
                categories,
                new TreeMap<>(Map.of("en", 5L, "de", 3L)),
                new TreeMap<>(Map.of("post", 6L, "profile", 2L)),
                new TreeMap<>(Map.of("DE", 3L, "GB", 5L)),
                new TreeMap<>(Map.of("2025-10", 8L)),
                breakdowns(), new TreeMap<>(Map.of("health.diagnosis", 1L, "pii.email", 1L, "card.luhn", 1L,
                        "minor.age", 1L)), 3, null,
                new GateVerdict(GateVerdict.FAILED, "policy", List.of(
                        new GateVerdict.Check("excluded.* > 0", 2, "2", true),
                        new GateVerdict.Check("special.* > 0.5%", 1, "12.50%", true))), null);
    }

    private static Breakdowns breakdowns() {
        SortedMap<String, SortedMap<String, Long>> language = new TreeMap<>();
        language.put("special.health", new TreeMap<>(Map.of("en", 1L)));
        language.put("pii.email", new TreeMap<>(Map.of("en", 1L)));
        language.put("excluded.payment_card", new TreeMap<>(Map.of("de", 1L)));
        language.put("excluded.minor", new TreeMap<>(Map.of("unknown", 1L)));
        SortedMap<String, SortedMap<String, Long>> region = new TreeMap<>();
        region.put("special.health", new TreeMap<>(Map.of("GB", 1L)));
        region.put("pii.email", new TreeMap<>(Map.of("GB", 1L)));
        region.put("excluded.payment_card", new TreeMap<>(Map.of("DE", 1L)));
        region.put("excluded.minor", new TreeMap<>(Map.of("DE", 1L)));
        SortedMap<String, SortedMap<String, Long>> source = new TreeMap<>();
        source.put("special.health", new TreeMap<>(Map.of("post", 1L)));
        source.put("pii.email", new TreeMap<>(Map.of("profile", 1L)));
        source.put("excluded.payment_card", new TreeMap<>(Map.of("post", 1L)));
        source.put("excluded.minor", new TreeMap<>(Map.of("post", 1L)));
        SortedMap<String, SortedMap<String, Long>> month = new TreeMap<>();
        month.put("special.health", new TreeMap<>(Map.of("2025-10", 1L)));
        month.put("pii.email", new TreeMap<>(Map.of("2025-10", 1L)));
        month.put("excluded.payment_card", new TreeMap<>(Map.of("2025-10", 1L)));
        month.put("excluded.minor", new TreeMap<>(Map.of("2025-10", 1L)));
        return new Breakdowns(language, region, source, month);
    }

    static AuditSummary emptySummary() {
        return new AuditSummary("corpus-audit", "0.1.0", new RulesetInfo("empty", "Empty", "0.0.1", "00".repeat(32)),
                List.of(), List.of(), new RecordCounts(0, 0, 0, 0), 0, new TreeMap<>(), new TreeMap<>(),
                new TreeMap<>(), new TreeMap<>(), new TreeMap<>(),
                new Breakdowns(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>()), new TreeMap<>(), 0,
                null, new GateVerdict(GateVerdict.NONE, null, List.of()), null);
    }

    static List<Finding> findings() {
        return List.of(
                new Finding(0, "p-1", "special.health", "self", "health.diagnosis", "1.0.0", "lexicon", 0.86, "high",
                        "en", 17, 31, "Last spring I was [diagnosed with] type 2 d…",
                        "phrase 'diagnosed with' + first-person context (+0.2)"),
                new Finding(1, "p-2", "pii.email", null, "pii.email", "1.0.0", "pattern", 0.99, "medium", "en", 0, 27,
                        HYPERLINK, "e-mail pattern"),
                new Finding(2, "p-3", "excluded.payment_card", null, "card.luhn", "1.0.0", "pattern", 1.0, "high",
                        "de", 4, 13, SUM, "Luhn-valid card number"),
                new Finding(3, "p-4", "excluded.minor", null, "minor.age", "1.0.0", "metadata", 1.0, "high", null,
                        null, null, CONTROL, "member_age 16 < 18"));
    }

    /** The Rules sheet's order, fixed before the scan: not the order of {@link #content}'s rules. */
    static final List<String> RULE_IDS = List.of("pii.email", "card.luhn", "health.diagnosis", "minor.age");

    /** The content of {@link #summary()}'s reports, without a measured accuracy. */
    static ReportContent content(AuditSummary summary) {
        return content(summary, null);
    }

    static ReportContent content(AuditSummary summary, EvalResult accuracy) {
        return new ReportContent(summary,
                List.of(new ExposedMember("p-00000000000000aa", 3, 2, List.of("excluded.minor", "pii.email"), false,
                        true)),
                List.of(new RuleRow("health.diagnosis", "1.0.0", "special.health", "phrase",
                                "A health condition the author says they were diagnosed with", "GDPR Art. 9(1)", 1),
                        new RuleRow("pii.email", "1.0.0", "pii.email", "pattern", "E-mail address", "GDPR Art. 4(1)",
                                1),
                        new RuleRow("card.luhn", "1.0.0", "excluded.payment_card", "pattern",
                                "Luhn-valid payment card number", "the policy: payment methods are excluded", 1),
                        new RuleRow("minor.age", "1.0.0", null, "check", "Records of members under the minimum age",
                                "the policy linkedin-genai-2025", 1)),
                List.of(new MethodItem("tool", "corpus-audit", "0.1.0", null),
                        new MethodItem("ruleset", "linkedin-genai-2025 (rules, lexicons and models it names)", "1.0.0",
                                "ab".repeat(32)),
                        new MethodItem("model", "OpenNLP models/langdetect-183.bin", null, "ef".repeat(32))),
                accuracy,
                List.of("Special categories are found from lexicon terms.", "Short copied messages are missed."));
    }

    /** Two scored categories: special.health P 0.8 R 0.8; pii.email P 1.0 R 50/55. */
    static EvalResult accuracy() {
        List<Score> scores = List.of(new Score("special.health", 40, 10, 10), new Score("pii.email", 50, 0, 5));
        return new EvalResult(0.5, 200, scores, Score.micro(scores), new TreeMap<>(), 0);
    }

    /**
     * A {@code rejected.jsonl} that matches {@link #summary()}'s counts (2 rejected, 1 kept), one record id hostile;
     * then {@code extraBlankLines} more rejected blank lines.
     */
    static Path rejectedJsonl(Path dir, int extraBlankLines) throws IOException {
        List<Rejection> lines = new ArrayList<>(List.of(
                Rejection.rejected("sample-data/posts.jsonl", 3, null, "blank line"),
                Rejection.rejected("sample-data/posts.jsonl", 7, HYPERLINK,
                        "duplicate id '" + HYPERLINK + "' (the first record with this id was kept)"),
                Rejection.kept("sample-data/posts.jsonl", 9, "p-9",
                        "invalid UTF-8 replaced with U+FFFD; record scanned")));
        for (int i = 0; i < extraBlankLines; i++) {
            lines.add(Rejection.rejected("sample-data/posts.jsonl", 10 + i, null, "blank line"));
        }
        List<String> json = new ArrayList<>();
        for (Rejection r : lines) {
            json.add(Json.MAPPER.writeValueAsString(r));
        }
        Path file = dir.resolve("rejected.jsonl");
        Files.write(file, json);
        return file;
    }
}
