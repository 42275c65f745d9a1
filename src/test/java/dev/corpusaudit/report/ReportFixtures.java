package dev.corpusaudit.report;

import dev.corpusaudit.model.AuditSummary;
import dev.corpusaudit.model.AuditSummary.CategoryCount;
import dev.corpusaudit.model.AuditSummary.RecordCounts;
import dev.corpusaudit.model.AuditSummary.RulesetInfo;
import dev.corpusaudit.model.Finding;

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

    private ReportFixtures() {
    }

    static AuditSummary summary() {
        return summary(new RecordCounts(10, 8, 2, 1));
    }

    static AuditSummary summary(RecordCounts records) {
        SortedMap<String, CategoryCount> categories = new TreeMap<>();
        categories.put("special.health", new CategoryCount(1, 1, 1));
        categories.put("pii.email", new CategoryCount(1, 1, 1));
        categories.put("excluded.payment_card", new CategoryCount(1, 1, 1));
        categories.put("excluded.minor", new CategoryCount(1, 1, 1));
        return new AuditSummary("corpus-audit", "0.1.0",
                new RulesetInfo("linkedin-genai-2025", "LinkedIn generative AI training, 2025", "1.0.0",
                        "ab".repeat(32)),
                List.of("sample-data/posts.jsonl"),
                records,
                4,
                categories,
                new TreeMap<>(Map.of("en", 5L, "de", 3L)),
                new TreeMap<>(Map.of("post", 6L, "profile", 2L)),
                new TreeMap<>(Map.of("DE", 3L, "GB", 5L)),
                new TreeMap<>(Map.of("2025-10", 8L)),
                new TreeMap<>(), 0, null);
    }

    static AuditSummary emptySummary() {
        return new AuditSummary("corpus-audit", "0.1.0", new RulesetInfo("empty", "Empty", "0.0.1", "00".repeat(32)),
                List.of(), new RecordCounts(0, 0, 0, 0), 0, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(),
                new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), 0, null);
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
}
