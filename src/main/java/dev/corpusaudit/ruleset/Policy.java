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
 */
public record Policy(String id,
                     String title,
                     String version,
                     @JsonProperty("effective_date") String effectiveDate,
                     String description,
                     @JsonProperty("rule_packs") List<String> rulePacks,
                     Map<String, String> severities,
                     Map<String, Double> thresholds,
                     String categorizer) {

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
