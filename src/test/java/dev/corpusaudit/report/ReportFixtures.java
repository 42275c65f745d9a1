package dev.corpusaudit.report;

import dev.corpusaudit.model.AuditSummary;
import dev.corpusaudit.model.AuditSummary.Breakdowns;
import dev.corpusaudit.model.AuditSummary.CategoryCount;
import dev.corpusaudit.model.AuditSummary.RecordCounts;
import dev.corpusaudit.model.AuditSummary.RulesetInfo;
import dev.corpusaudit.model.FileDigest;
import dev.corpusaudit.model.Finding;
import dev.corpusaudit.model.GateVerdict;
import dev.corpusaudit.model.ProvenanceSummary;
import dev.corpusaudit.model.ProvenanceSummary.OptOutGroup;
import dev.corpusaudit.model.ProvenanceSummary.OptOuts;
import dev.corpusaudit.model.ProvenanceSummary.RegisterSizes;

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

    /** Looks like markup; a chart must print it as text. */
    static final String MARKUP = "<script>x</script>";

    /**
     * {@link #summary()} with the opt-out register given: opted-out members' records by month of opt-out, with no
     * opt-out in 2025-12, and the 2026-02 opt-outs after the snapshot.
     */
    static AuditSummary summaryWithOptOuts() {
        SortedMap<String, OptOutGroup> byMonth = new TreeMap<>();
        byMonth.put("2025-11", new OptOutGroup(1, 2, 2, 0, "2025-10", null));
        byMonth.put("2026-01", new OptOutGroup(2, 5, 5, 1, "2026-01", null));
        byMonth.put("2026-02", new OptOutGroup(1, 3, 0, 0, "2025-12", null));
        ProvenanceSummary provenance = new ProvenanceSummary("2026-02-01", new RegisterSizes(null, 6L, null, null),
                null, new OptOuts(6, 4, 10, 7, 1, new TreeMap<>(), byMonth));
        return withBreakdowns(summary(), summary().categories(), summary().findingsByCategory(), provenance);
    }

    /**
     * Nine categories (more than a stacked chart shows apart: the three smallest fold into "other"), regions named
     * with hostile text, and findings without a created month.
     */
    static AuditSummary crowdedSummary() {
        SortedMap<String, CategoryCount> categories = new TreeMap<>();
        SortedMap<String, SortedMap<String, Long>> language = new TreeMap<>();
        SortedMap<String, SortedMap<String, Long>> region = new TreeMap<>();
        SortedMap<String, SortedMap<String, Long>> source = new TreeMap<>();
        SortedMap<String, SortedMap<String, Long>> month = new TreeMap<>();
        record Row(String category, long findings, String region, Map<String, Long> months) {
        }
        List<Row> rows = List.of(
                new Row("pii.person", 90, "GB", Map.of("2024-01", 50L, "unknown", 40L)),
                new Row("special.health", 80, "DE", Map.of("2024-03", 80L)),
                new Row("excluded.private_message", 70, HYPERLINK, Map.of("2024-02", 70L)),
                new Row("pii.email", 60, "GB", Map.of("2024-02", 60L)),
                new Row("excluded.minor", 50, CONTROL, Map.of("2024-02", 50L)),
                new Row("excluded.payment_card", 40, MARKUP, Map.of("2024-02", 40L)),
                new Row("pii.phone", 30, "GB", Map.of("2024-02", 30L)),
                new Row("excluded.salary", 20, "DE", Map.of("2024-02", 20L)),
                new Row("special.political", 10, "GB", Map.of("2024-02", 10L)));
        for (Row row : rows) {
            categories.put(row.category(), new CategoryCount(row.findings(), row.findings(), 1, "high"));
            language.put(row.category(), new TreeMap<>(Map.of("en", row.findings())));
            region.put(row.category(), new TreeMap<>(Map.of(row.region(), row.findings())));
            source.put(row.category(), new TreeMap<>(Map.of("post", row.findings())));
            month.put(row.category(), new TreeMap<>(row.months()));
        }
        return withBreakdowns(summary(), categories, new Breakdowns(language, region, source, month), null);
    }

    private static AuditSummary withBreakdowns(AuditSummary s, SortedMap<String, CategoryCount> categories,
                                               Breakdowns breakdowns, ProvenanceSummary provenance) {
        long findings = categories.values().stream().mapToLong(CategoryCount::findings).sum();
        return new AuditSummary(s.tool(), s.toolVersion(), s.ruleset(), s.inputs(), s.inputFiles(), s.records(),
                findings, categories, s.languages(), s.sources(), s.regions(), s.months(), breakdowns,
                s.findingsByRule(), s.membersWithFindings(), provenance, s.gate(), s.baseline());
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
}
