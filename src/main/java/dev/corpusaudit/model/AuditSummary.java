package dev.corpusaudit.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.SortedMap;

/**
 * What {@code summary.json} holds: corpus facts and counts. Deterministic for the same inputs (no clock
 * values; those live in {@code manifest.json}).
 *
 * @param inputs     the input files as given on the command line
 * @param records    how many input records were read, indexed, rejected and kept with a warning
 * @param categories per category id: findings, distinct records, distinct members
 * @param languages  records per language ({@code und} when undetermined)
 * @param sources    records per source type ({@code unknown} when absent)
 * @param regions    records per region ({@code unknown} when absent)
 * @param months     records per created month {@code yyyy-MM} ({@code unknown} when absent)
 * @param findingsByCategoryAndLanguage findings per category, then per language
 * @param membersWithFindings distinct members (by pseudonym) with at least one finding ({@code members.json} lists
 *                   the most exposed)
 * @param provenance the checks that need provenance: registers, ages known, opt-outs (null when they did not run)
 */
@JsonPropertyOrder({"tool", "tool_version", "ruleset", "inputs", "records", "findings", "categories", "languages",
        "sources", "regions", "months", "findings_by_category_and_language", "members_with_findings", "provenance"})
public record AuditSummary(String tool,
                           @JsonProperty("tool_version") String toolVersion,
                           RulesetInfo ruleset,
                           List<String> inputs,
                           RecordCounts records,
                           long findings,
                           SortedMap<String, CategoryCount> categories,
                           SortedMap<String, Long> languages,
                           SortedMap<String, Long> sources,
                           SortedMap<String, Long> regions,
                           SortedMap<String, Long> months,
                           @JsonProperty("findings_by_category_and_language")
                           SortedMap<String, SortedMap<String, Long>> findingsByCategoryAndLanguage,
                           @JsonProperty("members_with_findings") long membersWithFindings,
                           @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                           ProvenanceSummary provenance) {

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

    /** Findings of one category, and how many distinct records and members they touch. */
    @JsonPropertyOrder({"findings", "records", "members"})
    public record CategoryCount(long findings, long records, long members) {
    }
}
