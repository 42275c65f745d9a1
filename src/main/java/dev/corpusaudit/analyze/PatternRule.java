package dev.corpusaudit.analyze;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.model.Signal;
import dev.corpusaudit.ruleset.RuleSpec;
import dev.corpusaudit.validate.Validator;
import dev.corpusaudit.validate.Validators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A rule of type {@code pattern}, compiled: its regular expressions on RE2/J (linear time, so no rule can hang a
 * scan), each behind automata that skip text where it cannot match ({@link CompiledPattern}), its validator, its
 * context words and its allow list. Every signal explains itself: the pattern, the validator's verdict, the context
 * words seen and each step of the confidence. Thread-safe.
 */
public final class PatternRule {
    static final int DEFAULT_WINDOW = 40;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}_]+");

    private final RuleSpec spec;
    private final List<RuleSpec.NamedPattern> named;
    private final List<CompiledPattern> compiled = new ArrayList<>();
    private final Validator validator;
    private final int window;
    private final double boost;
    private final Map<String, Set<String>> contextWords = new HashMap<>();
    private final Map<String, List<List<String>>> contextPhrases = new HashMap<>();
    private final Set<String> allowValues = new HashSet<>();
    private final List<CompiledPattern> allowPatterns = new ArrayList<>();

    public PatternRule(RuleSpec spec) {
        this.spec = spec;
        this.named = spec.patterns();
        for (RuleSpec.NamedPattern p : named) {
            compiled.add(compile(p.regex(), "patterns"));
        }
        if (spec.validator() == null) {
            this.validator = null;
        } else {
            this.validator = Validators.byName().get(spec.validator());
            if (validator == null) {
                throw new ConfigException(spec.file() + ": field 'validator': unknown validator '" + spec.validator()
                        + "'; known: " + String.join(", ", Validators.byName().keySet().stream().sorted().toList()));
            }
        }
        RuleSpec.Context context = spec.context();
        this.window = context == null || context.window() == null ? DEFAULT_WINDOW : context.window();
        this.boost = context == null || context.boost() == null ? 0 : context.boost();
        if (context != null && context.words() != null) {
            context.words().forEach((lang, words) -> {
                Set<String> single = new HashSet<>();
                List<List<String>> phrases = new ArrayList<>();
                for (String w : words) {
                    List<String> tokens = tokens(w);
                    if (tokens.size() == 1) {
                        single.add(tokens.get(0));
                    } else if (tokens.size() > 1) {
                        phrases.add(tokens);
                    }
                }
                contextWords.put(lang, Set.copyOf(single));
                contextPhrases.put(lang, List.copyOf(phrases));
            });
        }
        if (spec.allow() != null) {
            if (spec.allow().values() != null) {
                spec.allow().values().forEach(v -> allowValues.add(normalized(v)));
            }
            if (spec.allow().patterns() != null) {
                spec.allow().patterns().forEach(p -> allowPatterns.add(compile(p, "allow")));
            }
        }
    }

    public RuleSpec spec() {
        return spec;
    }

    /** Keywords that must occur in a text (any of them, ignoring case) for this rule to run; empty: always runs. */
    public List<String> keywords() {
        return spec.keywords() == null ? List.of() : spec.keywords();
    }

    /**
     * How far a match may reach beyond the span that lets the rule run (a run of digits, a keyword); null when the
     * rule runs on the whole text.
     */
    Integer reach() {
        if (spec.minDigits() != null) {
            return spec.reach() == null ? RuleSpec.DEFAULT_DIGIT_REACH : spec.reach();
        }
        return keywords().isEmpty() ? null : spec.reach();
    }

    /**
     * The signals of this rule in a text of the given language, in text order, its patterns run only in the given
     * windows ({start, end}, apart, in text order; null: the whole text); {@code chars} are the text's characters.
     */
    List<Signal> find(String text, char[] chars, String lang, List<int[]> windows) {
        if (windows == null) {
            windows = List.of(new int[]{0, text.length()});
        }
        List<Signal> signals = new ArrayList<>();
        for (int[] window : windows) {
            // windows are apart and no match crosses one, so window by window is pattern by pattern within each
            for (int p = 0; p < compiled.size(); p++) {
                RuleSpec.NamedPattern np = named.get(p);
                CompiledPattern.Cursor m = compiled.get(p).in(text, chars, window[0], window[1]);
                if (m == null) {
                    continue;
                }
                int group = np.group() == null ? 0 : np.group();
                int from = window[0];
                while (m.find(from)) {
                    int start = m.start(group);
                    int end = m.end(group);
                    // Search on from the end of the reported value, not of the whole match: what a pattern matched
                    // after its group (to check what follows a value) may be what precedes the next value.
                    from = start >= 0 && end > m.start(0) ? end : Math.max(m.end(0), m.start(0) + 1);
                    if (start < 0 || start == end || overlapsEarlier(signals, start, end)) {
                        continue;
                    }
                    Signal s = judge(text, lang, np.name(), start, end);
                    if (s != null) {
                        signals.add(s);
                        from = Math.min(from, s.end()); // a validator may keep only the value's beginning
                    }
                }
            }
        }
        signals.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return signals;
    }

    private Signal judge(String text, String lang, String patternName, int start, int end) {
        String value = text.substring(start, end);
        if (allowValues.contains(normalized(value)) || allowPatterns.stream().anyMatch(a -> a.findsIn(value))) {
            return null;
        }
        StringBuilder why = new StringBuilder("pattern '").append(patternName).append("' matched");
        double confidence = spec.confidence();
        if (validator != null) {
            Validator.Result result = validator.check(value);
            if (!result.valid()) {
                return null;
            }
            why.append("; ").append(validator.name()).append(": ").append(result.reason());
            if (result.length() >= 0 && result.length() < value.length()) {
                end = start + result.length();
            }
        }
        why.append("; base ").append(confidence);
        String cue = contextWord(text, lang, start, end);
        if (cue != null && boost > 0) {
            double raised = Math.min(1.0, confidence + boost);
            why.append(" + context '").append(cue).append("' within ").append(window).append(" characters (+")
                    .append(boost).append(") = ").append(round(raised));
            confidence = raised;
        }
        return new Signal(spec.category(), spec.id(), spec.version(), "pattern", round(confidence), spec.subject(),
                start, end, why.toString());
    }

    /**
     * The context word an input field's name is made of ({@code iban}, {@code bank_iban}, {@code BSN-nummer}), or
     * null: a value of that field is what the rule looks for, not a look-alike.
     */
    public String contextWordInFieldName(String fieldName, String lang) {
        Set<String> forLang = contextWords.getOrDefault(lang, Set.of());
        Set<String> forAny = contextWords.getOrDefault("any", Set.of());
        for (String word : NON_WORD.split(fieldName.toLowerCase(Locale.ROOT).replace('_', ' '))) {
            if (forLang.contains(word) || forAny.contains(word)) {
                return word;
            }
        }
        return null;
    }

    /**
     * The first context word of the record's language (or of {@code any}) near the match, or null. A context entry of
     * several words ("social security", "steuer-id") matches those words in a row, whatever separates them.
     */
    private String contextWord(String text, String lang, int start, int end) {
        Set<String> forLang = contextWords.getOrDefault(lang, Set.of());
        Set<String> forAny = contextWords.getOrDefault("any", Set.of());
        List<List<String>> phrases = new ArrayList<>(contextPhrases.getOrDefault(lang, List.of()));
        phrases.addAll(contextPhrases.getOrDefault("any", List.of()));
        if (forLang.isEmpty() && forAny.isEmpty() && phrases.isEmpty()) {
            return null;
        }
        String before = text.substring(Math.max(0, start - window), start);
        String after = text.substring(end, Math.min(text.length(), end + window));
        for (String part : new String[]{before, after}) {
            List<String> words = tokens(part);
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                if (forLang.contains(word) || forAny.contains(word)) {
                    return word;
                }
                for (List<String> phrase : phrases) {
                    if (i + phrase.size() <= words.size() && words.subList(i, i + phrase.size()).equals(phrase)) {
                        return String.join(" ", phrase);
                    }
                }
            }
        }
        return null;
    }

    /** The words of a text, lower case, without the characters between them. */
    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String word : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                out.add(word);
            }
        }
        return out;
    }

    private static boolean overlapsEarlier(List<Signal> signals, int start, int end) {
        for (Signal s : signals) {
            if (start < s.end() && end > s.start()) {
                return true;
            }
        }
        return false;
    }

    private CompiledPattern compile(String regex, String field) {
        try {
            return new CompiledPattern(regex);
        } catch (PatternSyntaxException e) {
            throw new ConfigException(spec.file() + ": field '" + field + "': not a valid RE2 expression: "
                    + e.getMessage());
        }
    }

    /** A value without separators, upper case: how allow-list values are compared. */
    static String normalized(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toUpperCase(c));
            }
        }
        return out.toString();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
