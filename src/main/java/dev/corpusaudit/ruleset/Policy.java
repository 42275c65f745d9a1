package dev.corpusaudit.ruleset;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * A policy file ({@code rulesets/linkedin-genai-2025.yaml}): which policy, which rule packs it applies, and how
 * severe each category is. Unknown keys are an error, so a typo cannot silently switch a check off.
 *
 * @param rulePacks  folders of rule files, relative to the policy file
 * @param severities severity per category id or per prefix pattern ({@code special.*}); the most specific wins
 * @param thresholds the confidence a finding of a category needs to be reported, per category id or prefix pattern
 *                   (the most specific wins); a category without one reports every finding. Before the threshold,
 *                   the decide stage raises a finding by the other distinct terms of its category in the record
 *                   ({@code dev.corpusaudit.decide.Corroboration})
 * @param categorizer the special-category document categorizer model ({@code corpus-audit train}), relative to the
 *                    policy file; its probabilities are one of the decide stage's signals. Absent: none is used
 * @param excludedSources source types whose records must not be in the corpus at all ({@code message} is
 *                    {@code excluded.private_message}, {@code job_application} is {@code excluded.job_application})
 * @param minimumAge  members younger than this (at a record's {@code created_at} or at the snapshot date) are
 *                    {@code excluded.minor}; absent: no age check
 * @param regions     how the regions of members' accounts are treated
 * @param optOut      what an entry of the opt-out register means
 * @param snapshotDate the date the audited snapshot was taken ({@code yyyy-MM-dd}); {@code scan --snapshot-date}
 *                    overrides it
 * @param gate        the release gate: conditions ({@link GateCondition}) any of which fails it, exit code 1;
 *                    {@code scan --gate} replaces them. Absent: no gate
 * @param personNames which records the {@code rules/names} pack looks for people's names in:
 *                    {@value #NAMES_WITH_OTHER_FINDINGS} (absent: the default) or {@value #NAMES_EVERY_RECORD}
 */
public record Policy(String id,
                     String title,
                     String version,
                     @JsonProperty("effective_date") String effectiveDate,
                     String description,
                     @JsonProperty("rule_packs") List<String> rulePacks,
                     Map<String, String> severities,
                     Map<String, Double> thresholds,
                     String categorizer,
                     @JsonProperty("excluded_sources") List<String> excludedSources,
                     @JsonProperty("minimum_age") Integer minimumAge,
                     Regions regions,
                     @JsonProperty("opt_out") OptOut optOut,
                     @JsonProperty("snapshot_date") String snapshotDate,
                     List<String> gate,
                     @JsonProperty("person_names") String personNames) {

    /** Names only in records that hold another finding in their text, where a name gives personal data a face. */
    public static final String NAMES_WITH_OTHER_FINDINGS = "with_other_findings";
    /** Names in every record: a corpus that must hold no one's name at all. */
    public static final String NAMES_EVERY_RECORD = "every_record";

    /** The source types a policy can exclude, and the category of their records. */
    public static final Map<String, String> SOURCE_CATEGORIES = Map.of(
            "message", "excluded.private_message",
            "job_application", "excluded.job_application");

    /**
     * Regions by ISO 3166-1 alpha-2 code, or the groups {@code EU} and {@code EEA}.
     *
     * @param optOut   regions whose members can object (the opt-out register applies to every member; the summary
     *                 says which opted-out members are outside these)
     * @param excluded regions whose members' data must not be in the corpus at all ({@code excluded.region})
     */
    public record Regions(@JsonProperty("opt_out") List<String> optOut, List<String> excluded) {
    }

    /**
     * @param retroactive false: an opt-out keeps a member's records out of every snapshot taken on or after the
     *                    opt-out date, whenever the records were created (models trained before keep what they
     *                    learnt); a snapshot taken before it may hold them. true: no record of an opted-out member may
     *                    be in any snapshot, whatever its date
     */
    public record OptOut(Boolean retroactive) {
    }

    /** Whether people's names are looked for in every record, not only in those with another finding. */
    public boolean namesInEveryRecord() {
        return NAMES_EVERY_RECORD.equals(personNames);
    }

    /** The gate's conditions, read (the ruleset loader has checked them); empty without a gate. */
    public List<GateCondition> gateConditions() {
        return gate == null ? List.of() : gate.stream().map(GateCondition::parse).toList();
    }

    /** The severity for a category: an exact entry, else the {@code prefix.*} entry, else {@code medium}. */
    public String severityOf(String category) {
        String severity = mostSpecific(severities, category);
        return severity != null ? severity : "medium";
    }

    /** The confidence a finding of a category needs to be reported; null when the policy sets none. */
    public Double thresholdOf(String category) {
        return mostSpecific(thresholds, category);
    }

    private static <T> T mostSpecific(Map<String, T> map, String category) {
        if (map == null) {
            return null;
        }
        T exact = map.get(category);
        if (exact != null) {
            return exact;
        }
        int dot = category.indexOf('.');
        return dot > 0 ? map.get(category.substring(0, dot) + ".*") : null;
    }
}
