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
 * threshold (a term inside a longer one of the category, "disease" in "Crohn's disease", is no other term); with a
 * document categorizer, its probability of the category adds ({@link #categorizerBoost}). A term is the matched
 * text in lower case, spaces collapsed ("SPD" and "spd" are one term). Findings of categories without a threshold,
 * and those found in other input fields, pass unchanged. It runs once per record,
 * on all its findings (those the workers decided and those of the phrase rules), so it needs the record's text.
 */
final class Corroboration {
    static final double STEP = 0.1;
    static final double MAX = 0.3;
    static final double CATEGORIZER_CERTAIN = 0.3;
    static final double CATEGORIZER_SURE = 0.2;
    static final double CATEGORIZER_LIKELY = 0.1;

    private Corroboration() {
    }

    /**
     * Whether the categorizer could change what is reported: some finding is under its threshold with what the
     * record's terms give it, and {@value #CATEGORIZER_CERTAIN} would lift it there. Only then is it asked (it is the
     * costliest part of the step), so a finding reported without it says nothing about it.
     */
    static boolean categorizerCouldDecide(List<Finding> findings, String text, Policy policy) {
        Map<String, Set<String>> terms = terms(findings, text, policy);
        for (Finding f : findings) {
            if (applies(f, policy)) {
                double threshold = policy.thresholdOf(f.category());
                double confidence = f.confidence() + termBoost(terms.get(f.category()).size());
                if (confidence + 1e-9 < threshold && confidence + CATEGORIZER_CERTAIN + 1e-9 >= threshold) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The findings reported: those of categories with a threshold raised and kept only at or above it. */
    static List<Finding> apply(List<Finding> findings, String text, Policy policy, Map<String, Double> categorizer) {
        Map<String, Set<String>> terms = terms(findings, text, policy);
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
            int others = Math.max(0, terms.get(f.category()).size() - 1);
            double boost = termBoost(terms.get(f.category()).size());
            String why = others == 0 ? f.explanation() : f.explanation() + "; " + others + " other distinct term"
                    + (others == 1 ? "" : "s") + " of " + f.category() + " in the record (+" + boost + ")";
            Double p = categorizer == null ? null : categorizer.get(f.category());
            if (p != null) {
                double says = categorizerBoost(p);
                boost += says;
                why += String.format(Locale.ROOT, "; categorizer p=%.2f (+%s)", p, says);
            }
            double confidence = Math.round(Math.min(1.0, f.confidence() + boost) * 100) / 100.0;
            if (confidence + 1e-9 < threshold) {
                continue;
            }
            kept.add(f.withConfidence(confidence, why + "; policy threshold " + threshold));
        }
        return withoutRepeats(kept, policy);
    }

    /**
     * The reported findings without those that repeat another's evidence: a finding inside a longer reported one of
     * its category ("diagnosed" in "diagnosed with asthma", "Schwarze" in "Schwarze Menschen": two rules, one piece
     * of evidence), unless it is the more confident (an amount of the salary register inside a pay phrase). Findings on
     * the same span were made one before ({@link Decider#merge}).
     */
    private static List<Finding> withoutRepeats(List<Finding> kept, Policy policy) {
        return kept.stream().filter(f -> !applies(f, policy) || !insideAnother(f, kept, true)).toList();
    }

    /**
     * What the document categorizer's probability of the finding's category adds: {@value #CATEGORIZER_CERTAIN} from
     * 0.8 (so a topic word, 0.3, with a categorizer that is all but certain is reported), {@value #CATEGORIZER_SURE}
     * from 0.5, {@value #CATEGORIZER_LIKELY} from 0.2, nothing under. It never takes away: it reads some long forum
     * and news texts as ordinary ones, and taking 0.1 away for a low probability cost more recall
     * on the newsgroup posts than it saved precision (F1 0.47 with, 0.54 without, over health, politics and religion).
     */
    static double categorizerBoost(double p) {
        return p >= 0.8 ? CATEGORIZER_CERTAIN : p >= 0.5 ? CATEGORIZER_SURE : p >= 0.2 ? CATEGORIZER_LIKELY : 0;
    }

    /** The distinct terms of each category with a threshold. */
    private static Map<String, Set<String>> terms(List<Finding> findings, String text, Policy policy) {
        Map<String, Set<String>> terms = new HashMap<>();
        for (Finding f : findings) {
            if (applies(f, policy) && !insideAnother(f, findings)) {
                terms.computeIfAbsent(f.category(), c -> new HashSet<>()).add(term(text, f));
            }
        }
        return terms;
    }

    /** What the other distinct terms of a category add, given how many terms it has in the record. */
    private static double termBoost(int distinctTerms) {
        return Math.round(Math.min(MAX, STEP * Math.max(0, distinctTerms - 1)) * 100) / 100.0;
    }

    /** Whether a longer finding of the same category covers this one ("disease" in "Crohn's disease"): no new term. */
    private static boolean insideAnother(Finding f, List<Finding> findings) {
        return insideAnother(f, findings, false);
    }

    /** @param asSure only a longer finding at least as confident counts */
    private static boolean insideAnother(Finding f, List<Finding> findings, boolean asSure) {
        for (Finding o : findings) {
            if (o != f && o.category().equals(f.category()) && o.field() == null && o.start() != null
                    && o.start() <= f.start() && o.end() >= f.end() && o.end() - o.start() > f.end() - f.start()
                    && (!asSure || o.confidence() >= f.confidence())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the step applies to a finding: in the text, of a category with a threshold. */
    static boolean applies(Finding f, Policy policy) {
        return f.field() == null && f.start() != null && policy.thresholdOf(f.category()) != null;
    }

    private static String term(String text, Finding f) {
        return text.substring(f.start(), f.end()).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
