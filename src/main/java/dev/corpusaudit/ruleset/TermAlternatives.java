package dev.corpusaudit.ruleset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Alternatives inside a phrase rule's term: {@code "{vote|votent|voté} {pour |}{le RN|LFI}"} stands for every
 * combination ("vote le RN", "votent pour LFI", ...; an empty alternative makes a part optional), so that a verb's
 * forms times a list of names stay one readable line. Each combination is its own phrase query, as if it were
 * written out; spaces are collapsed. Braces do not nest.
 */
final class TermAlternatives {
    /** More combinations than this in one term is a mistake in the rule, not a rule. */
    static final int MAX_PER_TERM = 2_000;

    private TermAlternatives() {
    }

    /** Every language's terms with their alternatives written out, in order, each once. */
    static Map<String, List<String>> expand(Map<String, List<String>> terms) {
        if (terms == null || terms.values().stream().flatMap(List::stream).noneMatch(t -> t.indexOf('{') >= 0)) {
            return terms;
        }
        Map<String, List<String>> expanded = new LinkedHashMap<>();
        terms.forEach((lang, list) -> {
            Set<String> out = new LinkedHashSet<>();
            list.forEach(term -> out.addAll(expand(term)));
            expanded.put(lang, List.copyOf(out));
        });
        return expanded;
    }

    /**
     * One term's combinations.
     *
     * @throws IllegalArgumentException for an unclosed, nested or stray brace, or too many combinations
     */
    static List<String> expand(String term) {
        List<String> combos = List.of("");
        int i = 0;
        while (i < term.length()) {
            int open = term.indexOf('{', i);
            int stray = term.indexOf('}', i);
            if (stray >= 0 && (open < 0 || stray < open)) {
                throw new IllegalArgumentException("'}' without '{' in term \"" + term + "\"");
            }
            if (open < 0) {
                combos = append(combos, List.of(term.substring(i)));
                break;
            }
            int close = term.indexOf('}', open);
            int nested = term.indexOf('{', open + 1);
            if (close < 0 || nested >= 0 && nested < close) {
                throw new IllegalArgumentException("'{' without its '}' in term \"" + term + "\"");
            }
            combos = append(combos, List.of(term.substring(i, open)));
            combos = append(combos, List.of(term.substring(open + 1, close).split("\\|", -1)));
            if (combos.size() > MAX_PER_TERM) {
                throw new IllegalArgumentException("term \"" + term + "\" stands for more than " + MAX_PER_TERM
                        + " phrases");
            }
            i = close + 1;
        }
        List<String> out = new ArrayList<>(combos.size());
        for (String combo : combos) {
            String phrase = combo.replaceAll("\\s+", " ").strip();
            if (phrase.isEmpty()) {
                throw new IllegalArgumentException("term \"" + term + "\" can stand for no words at all");
            }
            out.add(phrase);
        }
        return out;
    }

    private static List<String> append(List<String> heads, List<String> tails) {
        List<String> out = new ArrayList<>(heads.size() * tails.size());
        for (String head : heads) {
            for (String tail : tails) {
                out.add(head + tail);
            }
        }
        return out;
    }
}
