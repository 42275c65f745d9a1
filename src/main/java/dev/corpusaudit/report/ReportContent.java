package dev.corpusaudit.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.corpusaudit.analyze.DetectorRule;
import dev.corpusaudit.eval.EvalResult;
import dev.corpusaudit.model.AuditSummary;
import dev.corpusaudit.model.ExposedMember;
import dev.corpusaudit.model.FileDigest;
import dev.corpusaudit.model.ToolInfo;
import dev.corpusaudit.nlp.ModelRegistry;
import dev.corpusaudit.provenance.ProvenanceChecks;
import dev.corpusaudit.ruleset.RuleSpec;
import dev.corpusaudit.ruleset.Ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the reports tell beside the findings themselves: the summary, the most exposed members, every rule with its
 * hits, the method (tool, ruleset, models and their hashes), the measured accuracy when an {@code eval} result is
 * given, and the known limits. The workbook, the HTML and the PDF report are written from the same content, so they
 * tell the same story.
 *
 * @param summary     the audit's counts
 * @param mostExposed the most exposed members, by pseudonym
 * @param rules       the ruleset's rules and the built-in checks, in ruleset order, with their findings
 * @param method      what produced the findings: tool, ruleset, models, each with version and SHA-256
 * @param accuracy    the {@code corpus-audit eval} result to quote, or null when none was given
 * @param knownLimits what the method is known not to do well, for the reader
 * @param scannedAt   when the scan started (ISO-8601, UTC), or null when it is not known
 */
public record ReportContent(AuditSummary summary, List<ExposedMember> mostExposed, List<RuleRow> rules,
                            List<MethodItem> method, EvalResult accuracy, List<String> knownLimits,
                            String scannedAt) {

    /** Content without the scan's time. */
    public ReportContent(AuditSummary summary, List<ExposedMember> mostExposed, List<RuleRow> rules,
                         List<MethodItem> method, EvalResult accuracy, List<String> knownLimits) {
        this(summary, mostExposed, rules, method, accuracy, knownLimits, null);
    }

    /**
     * A rule as the reports list it.
     *
     * @param type     {@code pattern}, {@code phrase}, {@code detector}, or {@code check} for the built-in policy and
     *                 register checks
     * @param findings findings this audit reported under the rule
     */
    @JsonPropertyOrder({"id", "version", "category", "type", "description", "legal_reference", "findings"})
    public record RuleRow(String id, String version, String category, String type, String description,
                          String legalReference, long findings) {
    }

    /**
     * One part of the method.
     *
     * @param kind    {@code tool}, {@code ruleset}, {@code model}
     * @param version its version, where it has one
     * @param sha256  the SHA-256 of its bytes
     */
    public record MethodItem(String kind, String name, String version, String sha256) {
    }

    /** What the method is known not to do well; the README's "Known weaknesses" says more. */
    public static final List<String> KNOWN_LIMITS = List.of(
            "Special categories are found from lexicon terms with disclosure cues and a document categorizer; "
                    + "on topic-labelled newsgroup posts their F1 is 0.56 to 0.73 (README, Accuracy).",
            "Text cues of minors, job applications and private messages catch what the text says outright; a "
                    + "minor's post that never states an age is found only through the member registry.",
            "Copied private messages shorter than about eight words are not matched against the message register.",
            "Member-provided salaries are matched only in the member's own records.",
            "Person names come from a name finder trained on generated sentences; unusual names are missed.");

    /**
     * Gathers the content of a scan's reports.
     *
     * @param scannedAt when the scan started, or null
     */
    public static ReportContent of(AuditSummary summary, Ruleset ruleset, List<ExposedMember> mostExposed,
                                   EvalResult accuracy, String scannedAt) {
        return new ReportContent(summary, List.copyOf(mostExposed), rules(summary, ruleset), method(summary, ruleset),
                accuracy, knownLimits(ruleset), scannedAt);
    }

    /**
     * {@link #KNOWN_LIMITS} and, unless the policy has people's names looked for in every record, where they were not
     * looked for: a reader must not take the {@code pii.person} count for every name in the corpus.
     */
    static List<String> knownLimits(Ruleset ruleset) {
        List<String> limits = new ArrayList<>(KNOWN_LIMITS);
        if (ruleset.rules().stream().noneMatch(DetectorRule::findsNames)) {
            limits.add("People's names were not looked for: the policy applies no person_name rule.");
        } else if (!ruleset.policy().namesInEveryRecord()) {
            limits.add("People's names were looked for only in records with another finding in their text (policy "
                    + "person_names: with_other_findings): the pii.person count is not every name in the corpus.");
        }
        return List.copyOf(limits);
    }

    /**
     * The rule ids in the order {@link #rules} lists them: the ruleset's rules, then the built-in checks by id. Known
     * before the scan, so that a report written while the findings stream can point to a rule's place in the list.
     */
    public static List<String> ruleIds(Ruleset ruleset) {
        List<String> ids = new ArrayList<>();
        ruleset.rules().forEach(rule -> ids.add(rule.id()));
        ids.addAll(new java.util.TreeMap<>(ProvenanceChecks.CHECKS).keySet());
        return List.copyOf(ids);
    }

    private static List<RuleRow> rules(AuditSummary summary, Ruleset ruleset) {
        Map<String, Long> hits = summary.findingsByRule();
        List<RuleRow> rows = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (RuleSpec rule : ruleset.rules()) {
            rows.add(new RuleRow(rule.id(), rule.version(), rule.category(), rule.type(), rule.description(),
                    rule.legalReference(), hits.getOrDefault(rule.id(), 0L)));
            listed.add(rule.id());
        }
        new java.util.TreeMap<>(ProvenanceChecks.CHECKS).forEach((id, description) -> {
            rows.add(new RuleRow(id, summary.ruleset().version(), null, "check", description,
                    "the policy " + summary.ruleset().id(), hits.getOrDefault(id, 0L)));
            listed.add(id);
        });
        // a finding under a rule this ruleset does not have (a report remade with another ruleset) still shows
        hits.forEach((id, count) -> {
            if (!listed.contains(id)) {
                rows.add(new RuleRow(id, null, null, "unknown", "not in this ruleset", null, count));
            }
        });
        return List.copyOf(rows);
    }

    private static List<MethodItem> method(AuditSummary summary, Ruleset ruleset) {
        List<MethodItem> items = new ArrayList<>();
        items.add(new MethodItem("tool", ToolInfo.NAME, ToolInfo.VERSION, null));
        AuditSummary.RulesetInfo info = summary.ruleset();
        items.add(new MethodItem("ruleset", info.id() + " (rules, lexicons and models it names)", info.version(),
                info.sha256()));
        if (ruleset.categorizer() != null) {
            items.add(new MethodItem("model", "special-category categorizer " + ruleset.categorizer().getFileName(),
                    null, sha256(ruleset.categorizer())));
        }
        for (RuleSpec rule : ruleset.rules()) {
            for (java.nio.file.Path model : rule.modelPath() == null ? List.<java.nio.file.Path>of() : rule.modelPath()) {
                items.add(new MethodItem("model", rule.id() + " " + model.getFileName(), rule.version(), sha256(model)));
            }
        }
        for (String resource : ModelRegistry.modelResources()) {
            items.add(new MethodItem("model", "OpenNLP " + resource.substring(1), null, resourceSha256(resource)));
        }
        return List.copyOf(items);
    }

    private static String sha256(Path file) {
        try {
            return FileDigest.of(file, file.toString()).sha256();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resourceSha256(String resource) {
        MessageDigest digest = FileDigest.newSha256();
        try (InputStream in = ModelRegistry.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                digest.update(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return FileDigest.hex(digest);
    }
}
