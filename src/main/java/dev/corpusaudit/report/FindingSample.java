package dev.corpusaudit.report;

import dev.corpusaudit.model.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The first findings of each category, kept while all findings stream past, for the reports' examples: the first
 * {@code perRule} of each rule, up to {@code perCategory} in all, in {@code findings.jsonl} order. The cap per rule
 * keeps one frequent rule from filling a category's examples. Memory stays bounded by the limit times the number of
 * categories, whatever the corpus size; the same findings give the same sample. Fed from one thread.
 */
public final class FindingSample {
    /** How many findings of a category the reports show. */
    public static final int PER_CATEGORY = 20;
    /** How many findings of one rule a category's examples show. */
    public static final int PER_RULE = 5;

    private final int perCategory;
    private final int perRule;
    private final Map<String, List<Finding>> byCategory = new TreeMap<>();

    public FindingSample() {
        this(PER_CATEGORY, PER_RULE);
    }

    public FindingSample(int perCategory, int perRule) {
        this.perCategory = perCategory;
        this.perRule = perRule;
    }

    /** A sample of findings already at hand (a report remade from {@code findings.jsonl}, a test). */
    public static FindingSample of(Iterable<Finding> findings, int perCategory, int perRule) {
        FindingSample sample = new FindingSample(perCategory, perRule);
        findings.forEach(sample::add);
        return sample;
    }

    /** Keeps {@code finding} while its category and its rule are under their limits. */
    public void add(Finding finding) {
        List<Finding> kept = byCategory.computeIfAbsent(finding.category(), c -> new ArrayList<>());
        if (kept.size() < perCategory
                && kept.stream().filter(f -> f.ruleId().equals(finding.ruleId())).count() < perRule) {
            kept.add(finding);
        }
    }

    /** The kept findings of {@code category}, in the order they came; empty when none came. */
    public List<Finding> of(String category) {
        return List.copyOf(byCategory.getOrDefault(category, List.of()));
    }

    public int perCategory() {
        return perCategory;
    }

    public int perRule() {
        return perRule;
    }
}
