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
 */
public record Policy(String id,
                     String title,
                     String version,
                     @JsonProperty("effective_date") String effectiveDate,
                     String description,
                     @JsonProperty("rule_packs") List<String> rulePacks,
                     Map<String, String> severities) {

    /** The severity for a category: an exact entry, else the {@code prefix.*} entry, else {@code medium}. */
    public String severityOf(String category) {
        Map<String, String> map = severities == null ? Map.of() : severities;
        String exact = map.get(category);
        if (exact != null) {
            return exact;
        }
        int dot = category.indexOf('.');
        String family = dot > 0 ? map.get(category.substring(0, dot) + ".*") : null;
        return family != null ? family : "medium";
    }
}
