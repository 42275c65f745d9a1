package dev.corpusaudit.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regular expressions that find the filled templates of a language file's list in a text, so tests
 * can tell planted sentences from the rest: literals as written, each slot as {@code .+?}, or as
 * given (a capturing group for the slot a test wants to read).
 */
final class TemplatePatterns {
    private static final Pattern SLOT = Pattern.compile("\\{([a-z_]+)}");

    private TemplatePatterns() {
    }

    /** One pattern per template of {@code path}, in all six languages. */
    static List<Pattern> of(String path, Map<String, String> slotRegex) {
        List<Pattern> patterns = new ArrayList<>();
        for (Language language : Language.values()) {
            for (Template template : LanguagePack.of(language).templates(path)) {
                patterns.add(compile(template.toString(), slotRegex));
            }
        }
        return patterns;
    }

    static List<Pattern> of(String path) {
        return of(path, Map.of());
    }

    static Pattern compile(String template, Map<String, String> slotRegex) {
        StringBuilder regex = new StringBuilder();
        Matcher m = SLOT.matcher(template);
        int pos = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(pos, m.start())));
            regex.append(slotRegex.getOrDefault(m.group(1), ".+?"));
            pos = m.end();
        }
        regex.append(Pattern.quote(template.substring(pos)));
        // a template that starts with a slot is capitalized when filled
        return Pattern.compile(regex.toString(), Pattern.DOTALL | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The first match of any of {@code patterns} in {@code text}, or null. */
    static Matcher find(List<Pattern> patterns, String text) {
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                return m;
            }
        }
        return null;
    }
}
