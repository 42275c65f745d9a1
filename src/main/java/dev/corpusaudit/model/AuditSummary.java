package dev.corpusaudit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.SortedMap;

/**
 * What {@code summary.json} holds: corpus facts and counts. Deterministic for the same inputs (no clock
 * values; those live in {@code manifest.json}).
 *
 * @param inputs     the input files as given on the command line
 * @param inputFiles every file read, with its SHA-256 and size on disk
 * @param records    how many input records were read, indexed, rejected and kept with a warning
 * @param categories per category id: findings, distinct records, distinct members, severity
 * @param languages  records per language ({@code und} when undetermined)
 * @param sources    records per source type ({@code unknown} when absent)
 * @param regions    records per region ({@code unknown} when absent)
 * @param months     records per created month {@code yyyy-MM} ({@code unknown} when absent)
 * @param findingsByCategory findings per category, then per language, region, source and created month
 * @param findingsByRule findings per rule id
 * @param membersWithFindings distinct members (by pseudonym) with at least one finding ({@code members.json} lists
 *                   the most exposed)
 * @param provenance the checks that need provenance: registers, ages known, opt-outs (null when they did not run)
 * @param gate       the release gate's verdict
 * @param baseline   with {@code --baseline}: the earlier audit and how many of its findings were left out (null
 *                   otherwise)
 */
@JsonPropertyOrder({"tool", "tool_version", "ruleset", "inputs", "input_files", "records", "findings", "categories",
        "languages", "sources", "regions", "months", "findings_by_category", "findings_by_rule",
        "members_with_findings", "provenance", "gate", "baseline"})
public record AuditSummary(String tool,
                           @JsonProperty("tool_version") String toolVersion,
                           RulesetInfo ruleset,
                           List<String> inputs,
                           @JsonProperty("input_files") List<FileDigest> inputFiles,
                           RecordCounts records,
                           long findings,
                           SortedMap<String, CategoryCount> categories,
                           SortedMap<String, Long> languages,
                           SortedMap<String, Long> sources,
                           SortedMap<String, Long> regions,
                           SortedMap<String, Long> months,
                           @JsonProperty("findings_by_category") Breakdowns findingsByCategory,
                           @JsonProperty("findings_by_rule") SortedMap<String, Long> findingsByRule,
                           @JsonProperty("members_with_findings") long membersWithFindings,
                           @JsonInclude(JsonInclude.Include.NON_NULL) ProvenanceSummary provenance,
                           GateVerdict gate,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Baseline baseline) {

    /** The policy a scan applied. */
    @JsonPropertyOrder({"id", "title", "version", "sha256"})
    public record RulesetInfo(String id, String title, String version, String sha256) {
    }

    /**
     * Input accounting: {@code read == indexed + rejected}. {@code flagged} records were indexed but carry a
     * data-quality warning (e.g. invalid UTF-8 replaced); they are listed in {@code rejected.jsonl} too.
     */
    @JsonPropertyOrder({"read", "indexed", "rejected", "flagged"})
    public record RecordCounts(long read, long indexed, long rejected, long flagged) {
    }

    /** Findings of one category, how many distinct records and members they touch, and the policy's severity. */
    @JsonPropertyOrder({"findings", "records", "members", "severity"})
    public record CategoryCount(long findings, long records, long members, String severity) {
    }

    /** Findings per category, then per language, region, source type and created month ({@code unknown} if absent). */
    @JsonPropertyOrder({"language", "region", "source", "month"})
    public record Breakdowns(SortedMap<String, SortedMap<String, Long>> language,
                             SortedMap<String, SortedMap<String, Long>> region,
                             SortedMap<String, SortedMap<String, Long>> source,
                             SortedMap<String, SortedMap<String, Long>> month) {
    }

    /**
     * What {@code --baseline} left out: findings already in the earlier audit's {@code findings.jsonl}.
     *
     * @param dir        the earlier report folder, as given
     * @param known      findings of this scan that the earlier audit had (not reported)
     * @param resolved   findings of the earlier audit this scan no longer has
     */
    @JsonPropertyOrder({"dir", "known", "resolved"})
    public record Baseline(String dir, long known, long resolved) {
    }

    /** Findings per severity ({@code low} to {@code critical}), from the categories. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public SortedMap<String, Long> findingsBySeverity() {
        SortedMap<String, Long> out = new java.util.TreeMap<>();
        categories.values().forEach(c -> out.merge(c.severity() == null ? "medium" : c.severity(), c.findings(),
                Long::sum));
        return out;
    }
}
