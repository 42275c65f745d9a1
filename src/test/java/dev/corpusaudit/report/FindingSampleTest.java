package dev.corpusaudit.report;

import dev.corpusaudit.model.Finding;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FindingSampleTest {

    @Test
    void keepsTheFirstOfEachRuleUpToTheCategorysLimitInOrder() {
        List<Finding> findings = new ArrayList<>();
        String[] rules = {"a", "a", "a", "b", "a", "c", "b", "d", "e"};
        for (int i = 0; i < rules.length; i++) {
            findings.add(finding(i, "special.health", rules[i]));
        }
        findings.add(finding(99, "pii.email", "a"));

        FindingSample sample = FindingSample.of(findings, 5, 2);

        // a, a (third a over its rule's limit), b, c, b: five, so d and e are left out
        assertEquals(List.of(0L, 1L, 3L, 5L, 6L), sample.of("special.health").stream().map(Finding::seq).toList());
        assertEquals(List.of(99L), sample.of("pii.email").stream().map(Finding::seq).toList());
        assertEquals(List.of(), sample.of("excluded.minor"));
        assertEquals(5, sample.perCategory());
        assertEquals(2, sample.perRule());
    }

    @Test
    void defaultsAreTwentyACategoryAndFiveARule() {
        FindingSample oneRule = new FindingSample();
        FindingSample manyRules = new FindingSample();
        for (int i = 0; i < 30; i++) {
            oneRule.add(finding(i, "pii.email", "r"));
            manyRules.add(finding(i, "pii.email", "r" + i));
        }
        assertEquals(5, oneRule.of("pii.email").size());
        assertEquals(20, manyRules.of("pii.email").size());
    }

    private static Finding finding(long seq, String category, String rule) {
        return new Finding(seq, "p-" + seq, category, null, rule, "1.0.0", "pattern", 0.9, "medium", "en", 0, 1,
                "x", "y");
    }
}
