package dev.corpusaudit;

import dev.corpusaudit.model.AuditSummary;
import dev.corpusaudit.model.Finding;
import dev.corpusaudit.model.GateVerdict;
import dev.corpusaudit.ruleset.GateCondition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts findings as they are written: per category findings, distinct records and members; per category and
 * language, region, source and month; per rule; and the records each gate condition counts.
 */
final class FindingTally {
    private final SortedMap<String, long[]> perCategory = new TreeMap<>(); // {findings, records}
    private final Map<String, String> severities = new HashMap<>();
    private final Map<String, Set<String>> membersPerCategory = new HashMap<>();
    private final SortedMap<String, SortedMap<String, Long>> byLanguage = new TreeMap<>();
    private final SortedMap<String, SortedMap<String, Long>> byRegion = new TreeMap<>();
    private final SortedMap<String, SortedMap<String, Long>> bySource = new TreeMap<>();
    private final SortedMap<String, SortedMap<String, Long>> byMonth = new TreeMap<>();
    private final SortedMap<String, Long> byRule = new TreeMap<>();
    private final List<GateCondition> gate;
    private final long[] gateRecords;
    private long total;

    FindingTally(List<GateCondition> gate) {
        this.gate = List.copyOf(gate);
        this.gateRecords = new long[gate.size()];
    }

    /** Adds the findings of one record; a null language, source, region or month counts as {@code unknown}. */
    void add(List<Finding> recordFindings, String memberPseudonym, String lang, String source, String region,
             String month) {
        Set<String> seen = new HashSet<>();
        for (Finding f : recordFindings) {
            total++;
            long[] counts = perCategory.computeIfAbsent(f.category(), c -> new long[2]);
            counts[0]++;
            severities.putIfAbsent(f.category(), f.severity());
            count(byLanguage, f.category(), lang);
            count(byRegion, f.category(), region);
            count(bySource, f.category(), source);
            count(byMonth, f.category(), month);
            byRule.merge(f.ruleId(), 1L, Long::sum);
            if (seen.add(f.category())) {
                counts[1]++;
                if (memberPseudonym != null) {
                    membersPerCategory.computeIfAbsent(f.category(), c -> new HashSet<>()).add(memberPseudonym);
                }
            }
        }
        for (int i = 0; i < gate.size(); i++) {
            GateCondition condition = gate.get(i);
            if (seen.stream().anyMatch(condition::covers)) {
                gateRecords[i]++;
            }
        }
    }

    private static void count(SortedMap<String, SortedMap<String, Long>> table, String category, String key) {
        table.computeIfAbsent(category, c -> new TreeMap<>()).merge(key == null ? CorpusStats.UNKNOWN : key, 1L,
                Long::sum);
    }

    long total() {
        return total;
    }

    SortedMap<String, AuditSummary.CategoryCount> categories() {
        SortedMap<String, AuditSummary.CategoryCount> out = new TreeMap<>();
        perCategory.forEach((category, counts) -> out.put(category, new AuditSummary.CategoryCount(counts[0],
                counts[1], membersPerCategory.getOrDefault(category, Set.of()).size(), severities.get(category))));
        return out;
    }

    AuditSummary.Breakdowns breakdowns() {
        return new AuditSummary.Breakdowns(byLanguage, byRegion, bySource, byMonth);
    }

    SortedMap<String, Long> byRule() {
        return byRule;
    }

    /** The gate's verdict over the records counted, {@code none} without conditions. */
    GateVerdict gate(long indexed, String source) {
        if (gate.isEmpty()) {
            return new GateVerdict(GateVerdict.NONE, null, List.of());
        }
        List<GateVerdict.Check> checks = new ArrayList<>();
        boolean failed = false;
        for (int i = 0; i < gate.size(); i++) {
            GateCondition condition = gate.get(i);
            boolean holds = condition.holds(gateRecords[i], indexed);
            failed |= holds;
            checks.add(new GateVerdict.Check(condition.text(), gateRecords[i],
                    condition.format(condition.measure(gateRecords[i], indexed)), holds));
        }
        return new GateVerdict(failed ? GateVerdict.FAILED : GateVerdict.PASSED, source, checks);
    }
}
