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
import dev.corpusaudit.model.ProvenanceSummary;
import dev.corpusaudit.model.ProvenanceSummary.OptOutGroup;
import dev.corpusaudit.model.ProvenanceSummary.OptOuts;
import dev.corpusaudit.model.ProvenanceSummary.RegisterSizes;
import dev.corpusaudit.report.ReportContent.MethodItem;
import dev.corpusaudit.report.ReportContent.RuleRow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Hand-built summaries, findings, report content and rejected lines for the report tests, including hostile text; a
 * small report folder with its manifest and PEM key files for the provenance tests.
 */
public final class ReportFixtures {

    static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
    static final String SUM = "+SUM(1,2)";
    /** Starts with a control character that must be dropped, leaving text that starts like a formula. */
    static final String CONTROL = "\u0001-1+2 bell\u0007";
    /** Markup that would run or load something if a report wrote it unescaped into a page. */
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String BREAKOUT = "\"><img src=x onerror=alert(1)>";
    static final String ATTRIBUTE = "' onmouseover='alert(1)";

    static final RulesetInfo RULESET = new RulesetInfo("linkedin-genai-2025", "LinkedIn generative AI training, 2025",
            "1.0.0", "ab".repeat(32));

    private ReportFixtures() {
    }

    static AuditSummary summary() {
        return summary(new RecordCounts(10, 8, 2, 1));
    }

    static AuditSummary summary(RecordCounts records) {
        return summary(records, RULESET, List.of(new FileDigest("sample-data/posts.jsonl", "cd".repeat(32), 1234)),
                null);
    }

    /** The summary with another policy title and input file name (non-Latin, control characters). */
    static AuditSummary summaryNamed(String rulesetTitle, String inputFile) {
        return summary(new RecordCounts(10, 8, 2, 1),
                new RulesetInfo(RULESET.id(), rulesetTitle, RULESET.version(), RULESET.sha256()),
                List.of(new FileDigest(inputFile, "cd".repeat(32), 1234)), null);
    }

    /** The summary as a scan with registers writes it. */
    static AuditSummary summaryWithProvenance() {
        SortedMap<String, OptOutGroup> byRegion = new TreeMap<>(Map.of(
                "DE", new OptOutGroup(2, 7, 3, 1, "2025-12", true)));
        SortedMap<String, OptOutGroup> byMonth = new TreeMap<>(Map.of(
                "2025-11", new OptOutGroup(2, 7, 3, 1, "2025-12", null)));
        ProvenanceSummary provenance = new ProvenanceSummary("2026-02-01",
                new ProvenanceSummary.RegisterSizes(40L, 5L, null, 12L),
                new ProvenanceSummary.AgeCounts(6, 2, 0),
                new ProvenanceSummary.OptOuts(5, 2, 7, 3, 1, byRegion, byMonth));
        return summary(new RecordCounts(10, 8, 2, 1), RULESET,
                List.of(new FileDigest("sample-data/posts.jsonl", "cd".repeat(32), 1234)), provenance);
    }

    private static AuditSummary summary(RecordCounts records, RulesetInfo ruleset, List<FileDigest> inputFiles,
                                        ProvenanceSummary provenance) {
        SortedMap<String, CategoryCount> categories = new TreeMap<>();
        categories.put("special.health", new CategoryCount(1, 1, 1, "high"));
        categories.put("pii.email", new CategoryCount(1, 1, 1, "medium"));
        categories.put("excluded.payment_card", new CategoryCount(1, 1, 1, "high"));
        categories.put("excluded.minor", new CategoryCount(1, 1, 1, "high"));
        return new AuditSummary("corpus-audit", "0.1.0",
                ruleset,
                inputFiles.stream().map(FileDigest::path).toList(),
                inputFiles,
                records,
                4,
                categories,
                new TreeMap<>(Map.of("en", 5L, "de", 3L)),
                new TreeMap<>(Map.of("post", 6L, "profile", 2L)),
                new TreeMap<>(Map.of("DE", 3L, "GB", 5L)),
                new TreeMap<>(Map.of("2025-10", 8L)),
                breakdowns(), new TreeMap<>(Map.of("health.diagnosis", 1L, "pii.email", 1L, "card.luhn", 1L,
                        "minor.age", 1L)), 3, provenance,
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

    /**
     * What a report tells of {@link #summary()}-like summaries: three rules (two with hits), the tool and ruleset as
     * the method, and {@code accuracy} (may be null).
     */
    static ReportContent content(AuditSummary summary, EvalResult accuracy) {
        return new ReportContent(summary, List.of(),
                List.of(new ReportContent.RuleRow("health.diagnosis", "1.0.0", "special.health", "phrase",
                                "A diagnosis disclosed", "GDPR Art. 9(1)", 1),
                        new ReportContent.RuleRow("political.topic", "1.0.0", "special.political", "phrase",
                                "A political topic", "GDPR Art. 9(1)", 0),
                        new ReportContent.RuleRow("policy.minimum_age", "1.0.0", null, "check", "Under the minimum age",
                                "the policy linkedin-genai-2025", 1)),
                List.of(new ReportContent.MethodItem("tool", "corpus-audit", "0.1.0", null),
                        new ReportContent.MethodItem("ruleset", "linkedin-genai-2025", "1.0.0", "ab".repeat(32)),
                        new ReportContent.MethodItem("model", "OpenNLP langdetect-183.bin", null, "ef".repeat(32))),
                accuracy, ReportContent.KNOWN_LIMITS);
    }

    /** An eval result: special.health 3 right, 1 wrong, 1 missed; pii.email never found. */
    static EvalResult accuracy() {
        List<Score> scores = List.of(new Score("pii.email", 0, 0, 2), new Score("special.health", 3, 1, 1));
        return new EvalResult(0.5, 20, scores, Score.micro(scores), new TreeMap<>(), 0);
    }

    /**
     * A report folder {@code root/report} as a scan leaves it (findings, summary, a chart, the manifest), made from
     * the input {@code root/corpus.jsonl}, which the manifest records by its absolute path.
     */
    public static Path reportFolder(Path root) throws IOException {
        Path input = root.resolve("corpus.jsonl").toAbsolutePath();
        Files.writeString(input, "{\"id\":\"p-1\",\"text\":\"Last spring I was diagnosed with type 2 diabetes\"}\n");
        Path report = root.resolve("report");
        Files.createDirectories(report.resolve("charts"));
        try (var out = Files.newOutputStream(report.resolve("findings.jsonl"))) {
            for (Finding f : findings()) {
                out.write(FindingsFile.line(f));
            }
        }
        Json.PRETTY.writeValue(report.resolve("summary.json").toFile(), summary());
        Files.write(report.resolve("charts/categories.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3});
        Manifest.write(report, summary().ruleset(), List.of(FileDigest.of(input, input.toString())),
                Instant.parse("2025-11-03T10:00:00Z"));
        return report;
    }

    /** Writes a key file as openssl does: the private key in PKCS#8 PEM, then the public key when asked. */
    public static Path pemFile(Path file, KeyPair keys, boolean withPublic) throws IOException {
        String text = pem("PRIVATE KEY", keys.getPrivate().getEncoded())
                + (withPublic ? pem("PUBLIC KEY", keys.getPublic().getEncoded()) : "");
        Files.writeString(file, text, StandardCharsets.US_ASCII);
        return file;
    }

    /** Writes a public key file as {@code openssl pkey -pubout} does. */
    public static Path publicPemFile(Path file, KeyPair keys) throws IOException {
        Files.writeString(file, pem("PUBLIC KEY", keys.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        return file;
    }

    static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
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

    /** The Rules sheet's order, fixed before the scan: not the order of {@link #content}'s rules. */
    static final List<String> RULE_IDS = List.of("pii.email", "card.luhn", "health.diagnosis", "minor.age");

    /** The content of {@link #summary()}'s workbook, without a measured accuracy; its rules in another order. */
    static ReportContent sheetContent(AuditSummary summary) {
        return sheetContent(summary, null);
    }

    static ReportContent sheetContent(AuditSummary summary, EvalResult accuracy) {
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
    static EvalResult sheetAccuracy() {
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
