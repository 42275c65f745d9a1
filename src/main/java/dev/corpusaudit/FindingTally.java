package dev.corpusaudit;

import dev.corpusaudit.model.AuditSummary;
import dev.corpusaudit.model.Finding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** Counts findings as they are written: per category findings, distinct records and members, and per language. */
final class FindingTally {
    private final SortedMap<String, long[]> perCategory = new TreeMap<>(); // {findings, records}
    private final Map<String, Set<String>> membersPerCategory = new HashMap<>();
    private final SortedMap<String, SortedMap<String, Long>> byCategoryAndLanguage = new TreeMap<>();
    private long total;

    /** Adds the findings of one record. */
    void add(List<Finding> recordFindings, String memberPseudonym, String lang) {
        Set<String> seen = new HashSet<>();
        for (Finding f : recordFindings) {
            total++;
            long[] counts = perCategory.computeIfAbsent(f.category(), c -> new long[2]);
            counts[0]++;
            byCategoryAndLanguage.computeIfAbsent(f.category(), c -> new TreeMap<>()).merge(lang, 1L, Long::sum);
            if (seen.add(f.category())) {
                counts[1]++;
                if (memberPseudonym != null) {
                    membersPerCategory.computeIfAbsent(f.category(), c -> new HashSet<>()).add(memberPseudonym);
                }
            }
        }
    }

    long total() {
        return total;
    }

    SortedMap<String, AuditSummary.CategoryCount> categories() {
        SortedMap<String, AuditSummary.CategoryCount> out = new TreeMap<>();
        perCategory.forEach((category, counts) -> out.put(category, new AuditSummary.CategoryCount(counts[0],
                counts[1], membersPerCategory.getOrDefault(category, Set.of()).size())));
        return out;
    }

    SortedMap<String, SortedMap<String, Long>> byCategoryAndLanguage() {
        return byCategoryAndLanguage;
    }
}
