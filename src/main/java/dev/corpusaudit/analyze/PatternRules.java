package dev.corpusaudit.analyze;

import dev.corpusaudit.model.Signal;
import dev.corpusaudit.ruleset.RuleSpec;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * All pattern rules of a ruleset behind one keyword prefilter: a single Aho-Corasick pass over the text (ignoring
 * case) finds which rules' keywords occur, and only those rules' patterns run; rules without keywords always run.
 * The text's digit runs are found once for all rules with {@code min_digits}.
 * Thread-safe.
 */
public final class PatternRules {
    private final List<PatternRule> rules;
    private final Trie keywords;
    private final Map<String, List<Integer>> rulesByKeyword = new HashMap<>();
    private final BitSet alwaysRun = new BitSet();

    public PatternRules(List<RuleSpec> specs) {
        this.rules = specs.stream().filter(s -> RuleSpec.PATTERN.equals(s.type())).map(PatternRule::new).toList();
        Trie.TrieBuilder builder = Trie.builder().ignoreCase();
        for (int i = 0; i < rules.size(); i++) {
            List<String> words = rules.get(i).keywords();
            if (words.isEmpty()) {
                alwaysRun.set(i);
            }
            for (String word : words) {
                String key = word.toLowerCase(Locale.ROOT);
                builder.addKeyword(key);
                rulesByKeyword.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        this.keywords = builder.build();
    }

    public List<PatternRule> rules() {
        return rules;
    }

    /** The signals of every rule whose keywords occur in the text, each rule's in text order. */
    public List<Signal> find(String text, String lang) {
        BitSet run = candidates(text);
        List<Signal> signals = new ArrayList<>();
        DigitRuns digits = null;
        for (int i = run.nextSetBit(0); i >= 0; i = run.nextSetBit(i + 1)) {
            PatternRule rule = rules.get(i);
            if (digits == null && rule.spec().minDigits() != null) {
                digits = DigitRuns.of(text);
            }
            signals.addAll(rule.find(text, lang, digits));
        }
        return signals;
    }

    /**
     * The signals in the value of another input field (a CSV column, a JSON key): found like those in the text; a
     * field whose name is one of the rule's context words makes a validated value certain (confidence 1.0).
     */
    public List<Signal> findInField(String fieldName, String value, String lang) {
        BitSet run = candidates(value);
        List<Signal> signals = new ArrayList<>();
        for (int i = run.nextSetBit(0); i >= 0; i = run.nextSetBit(i + 1)) {
            PatternRule rule = rules.get(i);
            String named = rule.contextWordInFieldName(fieldName, lang);
            for (Signal s : rule.find(value, lang)) {
                String why = s.explanation() + "; in field '" + fieldName + "'"
                        + (named == null ? "" : " whose name says '" + named + "': certain (1.0)");
                signals.add(s.inField(fieldName, FieldEvidence.of(s.category(), value, s.start(), s.end()),
                        named == null ? s.confidence() : 1.0, why));
            }
        }
        return signals;
    }

    /** Which rules the prefilter lets run on this text. */
    BitSet candidates(String text) {
        BitSet run = (BitSet) alwaysRun.clone();
        if (!rulesByKeyword.isEmpty()) {
            for (Emit emit : keywords.parseText(text)) {
                for (int i : rulesByKeyword.get(emit.getKeyword())) {
                    run.set(i);
                }
            }
        }
        return run;
    }
}
