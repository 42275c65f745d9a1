package dev.corpusaudit.provenance;

import dev.corpusaudit.model.Finding;
import dev.corpusaudit.ruleset.Policy;

import java.util.Set;

/** Records whose {@code source} the policy excludes: a private message, a job application. */
final class SourceCheck {
    static final String RULE = "policy.excluded_sources";
    private final Policy policy;
    private final Set<String> excluded;

    SourceCheck(Policy policy) {
        this.policy = policy;
        this.excluded = policy.excludedSources() == null ? Set.of() : Set.copyOf(policy.excludedSources());
    }

    Finding check(Facts facts) {
        String source = facts.record().source();
        if (source == null || !excluded.contains(source)) {
            return null;
        }
        String category = Policy.SOURCE_CATEGORIES.get(source);
        return facts.finding(category, RULE, policy.version(), 1.0, policy.severityOf(category), "source=" + source,
                "the record's source is '" + source + "', which the policy excludes");
    }
}
