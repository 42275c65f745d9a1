package dev.corpusaudit.provenance;

import dev.corpusaudit.model.Finding;
import dev.corpusaudit.ruleset.Policy;
import dev.corpusaudit.ruleset.RegionCodes;

import java.util.Set;

/** Records of members in a region the policy excludes outright. */
final class RegionCheck {
    static final String RULE = "policy.excluded_regions";
    private static final String CATEGORY = "excluded.region";
    private final Policy policy;
    private final Set<String> excluded;

    RegionCheck(Policy policy) {
        this.policy = policy;
        this.excluded = RegionCodes.expand(policy.regions() == null ? null : policy.regions().excluded());
    }

    Finding check(Facts facts) {
        if (facts.region() == null || !excluded.contains(facts.region())) {
            return null;
        }
        String whose = facts.region().equals(facts.record().region()) ? "the record's region" : "the member's region "
                + "in the member registry";
        return facts.finding(CATEGORY, RULE, policy.version(), 1.0, policy.severityOf(CATEGORY),
                "region=" + facts.region(), whose + " is " + facts.region() + ", which the policy excludes");
    }
}
