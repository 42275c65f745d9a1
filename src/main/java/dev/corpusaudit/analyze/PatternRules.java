package dev.corpusaudit.analyze;

import dev.corpusaudit.model.Signal;
import dev.corpusaudit.ruleset.RuleSpec;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * All pattern rules of a ruleset behind one keyword prefilter: a single pass of a {@link KeywordAutomaton} over the
 * text (ignoring case) finds which rules' keywords occur, and only those rules' patterns run; rules without keywords
 * always run. A rule with {@code min_digits} runs only near numbers (the text's digit runs are found once for all
 * such rules), one with keywords and a {@code reach} only near its keywords. Thread-safe.
 */
public final class PatternRules {
    private final List<PatternRule> rules;
    private final KeywordAutomaton keywords;
    private final BitSet alwaysRun = new BitSet();
    /** The rules whose patterns run only near their keywords. */
    private final BitSet reachesFromKeywords = new BitSet();

    public PatternRules(List<RuleSpec> specs) {
        this.rules = specs.stream().filter(s -> RuleSpec.PATTERN.equals(s.type())).map(PatternRule::new).toList();
        Map<String, List<Integer>> rulesByKeyword = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            List<String> words = rules.get(i).keywords();
            if (words.isEmpty()) {
                alwaysRun.set(i);
            } else if (rules.get(i).spec().minDigits() == null && rules.get(i).reach() != null) {
                reachesFromKeywords.set(i);
            }
            for (String word : words) {
                rulesByKeyword.computeIfAbsent(word.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(i);
            }
        }
        this.keywords = new KeywordAutomaton(rulesByKeyword);
    }

    public List<PatternRule> rules() {
        return rules;
    }

    /** The signals of every rule whose keywords occur in the text, each rule's in text order. */
    public List<Signal> find(String text, String lang) {
        char[] chars = text.toCharArray();
        return find(text, chars, lang, DigitRuns.of(chars));
    }

    /** The same, given the text's characters and their runs of digits. */
    List<Signal> find(String text, char[] chars, String lang, DigitRuns digits) {
        List<Signal> signals = new ArrayList<>();
        run(text, chars, lang, digits, (rule, found) -> signals.addAll(found));
        return signals;
    }

    /**
     * The signals in the value of another input field (a CSV column, a JSON key): found like those in the text; a
     * field whose name is one of the rule's context words makes a validated value certain (confidence 1.0).
     */
    public List<Signal> findInField(String fieldName, String value, String lang) {
        char[] chars = value.toCharArray();
        return findInField(fieldName, value, chars, lang, DigitRuns.of(chars));
    }

    /** The same, given the value's characters and their runs of digits. */
    List<Signal> findInField(String fieldName, String value, char[] chars, String lang, DigitRuns digits) {
        List<Signal> signals = new ArrayList<>();
        run(value, chars, lang, digits, (rule, found) -> {
            String named = rule.contextWordInFieldName(fieldName, lang);
            for (Signal s : found) {
                String why = s.explanation() + "; in field '" + fieldName + "'"
                        + (named == null ? "" : " whose name says '" + named + "': certain (1.0)");
                signals.add(s.inField(fieldName, FieldEvidence.of(s.category(), value, s.start(), s.end()),
                        named == null ? s.confidence() : 1.0, why));
            }
        });
        return signals;
    }

    /**
     * Runs every rule the prefilter lets run, each in its windows (near its keywords or its numbers, when it has a
     * reach), and hands each rule's signals, when there are any, to the sink.
     */
    private void run(String text, char[] chars, String lang, DigitRuns digits,
                     BiConsumer<PatternRule, List<Signal>> sink) {
        BitSet run = (BitSet) alwaysRun.clone();
        @SuppressWarnings("unchecked")
        List<int[]>[] keywordSpans = new List[rules.size()];
        keywords.scan(chars, (i, start, end) -> {
            run.set(i);
            if (reachesFromKeywords.get(i)) {
                if (keywordSpans[i] == null) {
                    keywordSpans[i] = new ArrayList<>();
                }
                keywordSpans[i].add(new int[]{start, end});
            }
        });
        for (int i = run.nextSetBit(0); i >= 0; i = run.nextSetBit(i + 1)) {
            PatternRule rule = rules.get(i);
            List<int[]> windows = null;
            if (rule.spec().minDigits() != null) {
                windows = TextWindows.around(text, digits.atLeast(rule.spec().minDigits()), rule.reach());
            } else if (reachesFromKeywords.get(i)) {
                windows = TextWindows.around(text, keywordSpans[i], rule.reach());
            }
            if (windows != null && windows.isEmpty()) {
                continue;
            }
            List<Signal> found = rule.find(text, chars, lang, windows);
            if (!found.isEmpty()) {
                sink.accept(rule, found);
            }
        }
    }
}
