package dev.corpusaudit.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phrase rule's stance expressions ({@link dev.corpusaudit.ruleset.RuleSpec.Stance}) per language, found as whole
 * words in a row (nothing but spaces or a hyphen between them) in a stretch of text, in any case: "is a disgrace"
 * does not match "The cuts are a disgrace", "are a disgrace" does. An expression whose last word ends in {@code *}
 * matches every word that starts so ("abschaff*": "abschaffen", "Abschaffung").
 */
final class StanceCues {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*");

    /** One expression: its words, the last one a prefix when {@code prefix}. */
    private record Cue(String[] words, boolean prefix) {
    }

    /** Per language, the expressions by their first word, but for those of one word ending in {@code *}. */
    private final Map<String, Map<String, List<Cue>>> byFirstWord = new HashMap<>();
    /** Per language, the expressions of one word ending in {@code *}: each word of the text is tried against them. */
    private final Map<String, List<Cue>> oneWordPrefixes = new HashMap<>();

    StanceCues(Map<String, List<String>> terms) {
        if (terms == null) {
            return;
        }
        terms.forEach((lang, list) -> {
            Set<String> seen = new HashSet<>();
            for (String term : list) {
                String lower = term.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
                boolean prefix = lower.endsWith("*");
                List<String> words = words(prefix ? lower.substring(0, lower.length() - 1) : lower);
                if (words.isEmpty() || !seen.add(lower)) {
                    continue;
                }
                Cue cue = new Cue(words.toArray(String[]::new), prefix);
                if (prefix && words.size() == 1) {
                    oneWordPrefixes.computeIfAbsent(lang, l -> new ArrayList<>()).add(cue);
                } else {
                    byFirstWord.computeIfAbsent(lang, l -> new HashMap<>())
                            .computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(cue);
                }
            }
        });
    }

    /** The first expression of the language in {@code text[from, to)}, as written there; null for none. */
    String find(String text, int from, int to, String lang) {
        Map<String, List<Cue>> cues = byFirstWord.getOrDefault(lang, Map.of());
        List<Cue> prefixes = oneWordPrefixes.getOrDefault(lang, List.of());
        if (cues.isEmpty() && prefixes.isEmpty()) {
            return null;
        }
        List<int[]> spans = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            spans.add(new int[]{m.start(), m.end()});
        }
        String[] words = spans.stream().map(s -> text.substring(s[0], s[1]).toLowerCase(Locale.ROOT)
                .replace('’', '\'')).toArray(String[]::new);
        for (int i = 0; i < words.length; i++) {
            for (Cue cue : prefixes) {
                if (words[i].startsWith(cue.words()[0])) {
                    return text.substring(spans.get(i)[0], spans.get(i)[1]);
                }
            }
            for (Cue cue : cues.getOrDefault(words[i], List.of())) {
                if (matchesAt(cue, words, i) && together(text, spans, i, cue.words().length)) {
                    return text.substring(spans.get(i)[0], spans.get(i + cue.words().length - 1)[1]);
                }
            }
        }
        return null;
    }

    private static boolean matchesAt(Cue cue, String[] words, int at) {
        int n = cue.words().length;
        if (at + n > words.length) {
            return false;
        }
        for (int k = 1; k < n; k++) {
            boolean last = k == n - 1;
            boolean same = last && cue.prefix() ? words[at + k].startsWith(cue.words()[k])
                    : words[at + k].equals(cue.words()[k]);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** Whether words {@code at} to {@code at + n - 1} stand in a row, nothing but spaces or hyphens between them. */
    private static boolean together(String text, List<int[]> spans, int at, int n) {
        for (int k = at + 1; k < at + n; k++) {
            String gap = text.substring(spans.get(k - 1)[1], spans.get(k)[0]);
            if (!gap.isBlank() && !gap.equals("-")) {
                return false;
            }
        }
        return true;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
