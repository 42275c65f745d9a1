package dev.corpusaudit.report;

import dev.corpusaudit.eval.EvalResult;
import dev.corpusaudit.eval.Score;
import dev.corpusaudit.model.AuditSummary;
import dev.corpusaudit.model.AuditSummary.Breakdowns;
import dev.corpusaudit.model.AuditSummary.CategoryCount;
import dev.corpusaudit.model.AuditSummary.RecordCounts;
import dev.corpusaudit.model.AuditSummary.RulesetInfo;
import dev.corpusaudit.model.ExposedMember;
import dev.corpusaudit.model.FileDigest;
import dev.corpusaudit.model.Finding;
import dev.corpusaudit.model.GateVerdict;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Hand-built summaries and findings for the report tests, including hostile text. */
final class ReportFixtures {

    static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
    static final String SUM = "+SUM(1,2)";
    /** Starts with a control character that must be dropped, leaving text that starts like a formula. */
    static final String CONTROL = "\u0001-1+2 bell\u0007";
    /** Markup that would run or load something if a report wrote it unescaped into a page. */
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String BREAKOUT = "\"><img src=x onerror=alert(1)>";
    static final String ATTRIBUTE = "' onmouseover='alert(1)";

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

    /** Findings whose record id, evidence and explanation are markup, a formula and a control character. */
    static List<Finding> hostileFindings() {
        return List.of(
                new Finding(0, SCRIPT, "special.health", "self", "health.diagnosis", "1.0.0", "lexicon", 0.86, "high",
                        "en", 0, 5, BREAKOUT, ATTRIBUTE),
                new Finding(1, BREAKOUT, "pii.email", null, "pii.email", "1.0.0", "pattern", 0.99, "medium", "en", 0,
                        27, HYPERLINK, SCRIPT),
                new Finding(2, "p-3", "excluded.minor", null, "minor.age", "1.0.0", "metadata", 1.0, "high", null,
                        null, null, CONTROL, "member_age 16 < 18"));
    }

    /** What the reports tell of {@link #summary()}: two members, three rules (one without findings), an eval. */
    static ReportContent content(AuditSummary summary) {
        List<ExposedMember> members = List.of(
                new ExposedMember("p-0a1b2c3d4e5f6071", 3, 2, List.of("excluded.minor", "pii.email"), false, true),
                new ExposedMember("p-8091a2b3c4d5e6f7", 1, 1, List.of("special.health"), true, false));
        List<ReportContent.RuleRow> rules = List.of(
                new ReportContent.RuleRow("health.diagnosis", "1.0.0", "special.health", "phrase",
                        "A diagnosis being disclosed", "GDPR Art. 9(1)", 1),
                new ReportContent.RuleRow("health.topic", "1.0.0", "special.health", "phrase",
                        "General health vocabulary", "GDPR Art. 9(1)", 0),
                new ReportContent.RuleRow("minor.age", "1.0.0", null, "check", "Records of members under the "
                        + "minimum age", "the policy linkedin-genai-2025", 1));
        List<ReportContent.MethodItem> method = List.of(
                new ReportContent.MethodItem("tool", "corpus-audit", "0.1.0", null),
                new ReportContent.MethodItem("ruleset", "linkedin-genai-2025", "1.0.0", "ab".repeat(32)),
                new ReportContent.MethodItem("model", "special-category categorizer special.bin", null,
                        "ef".repeat(32)));
        List<Score> scores = List.of(new Score("special.health", 8, 2, 2), new Score("pii.email", 5, 0, 0));
        EvalResult accuracy = new EvalResult(0.0, 40, scores, Score.micro(scores), new TreeMap<>(), 0);
        return new ReportContent(summary, members, rules, method, accuracy, ReportContent.KNOWN_LIMITS);
    }
}
