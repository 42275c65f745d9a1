package dev.corpusaudit.decide;

import dev.corpusaudit.model.Finding;
import dev.corpusaudit.ruleset.Policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The record-level step of the decide stage, for the categories the policy gives a threshold (the special
 * categories): one term in a long text means little, several distinct terms of one category in a record mean more.
 * Each finding of such a category in the text is raised by {@value #STEP} for every other distinct term of its
 * category in the record (at most {@value #MAX}), and is reported only when it then reaches the category's
 * threshold. A term is the matched text in lower case, spaces collapsed ("SPD" and "spd" are one term). Findings of
 * categories without a threshold, and those found in other input fields, pass unchanged. It runs once per record,
 * on all its findings (those the workers decided and those of the phrase rules), so it needs the record's text.
 */
final class Corroboration {
    static final double STEP = 0.1;
    static final double MAX = 0.3;

    private Corroboration() {
    }

    /** The findings reported: those of categories with a threshold raised and kept only at or above it. */
    static List<Finding> apply(List<Finding> findings, String text, Policy policy) {
        Map<String, Set<String>> terms = new HashMap<>();
        for (Finding f : findings) {
            if (applies(f, policy)) {
                terms.computeIfAbsent(f.category(), c -> new HashSet<>()).add(term(text, f));
            }
        }
        if (terms.isEmpty()) {
            return findings;
        }
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (!applies(f, policy)) {
                kept.add(f);
                continue;
            }
            double threshold = policy.thresholdOf(f.category());
            int others = terms.get(f.category()).size() - 1;
            double boost = Math.round(Math.min(MAX, STEP * others) * 100) / 100.0;
            double confidence = Math.round(Math.min(1.0, f.confidence() + boost) * 100) / 100.0;
            if (confidence + 1e-9 < threshold) {
                continue;
            }
            String why = others == 0 ? f.explanation() : f.explanation() + "; " + others + " other distinct term"
                    + (others == 1 ? "" : "s") + " of " + f.category() + " in the record (+" + boost + ")";
            kept.add(f.withConfidence(confidence, why + "; policy threshold " + threshold));
        }
        return kept;
    }

    /** Whether the step applies to a finding: in the text, of a category with a threshold. */
    static boolean applies(Finding f, Policy policy) {
        return f.field() == null && f.start() != null && policy.thresholdOf(f.category()) != null;
    }

    private static String term(String text, Finding f) {
        return text.substring(f.start(), f.end()).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
