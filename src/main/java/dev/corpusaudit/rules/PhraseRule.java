package dev.corpusaudit.rules;

import dev.corpusaudit.index.IndexFields;
import dev.corpusaudit.index.LanguageAnalyzers;
import dev.corpusaudit.ruleset.RuleSpec;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A rule of type {@code phrase} as Lucene queries: each term, analyzed like the text of its language, becomes a
 * phrase (or term) query on that language's field; the rule matches where any of them does. Keeping the languages
 * apart means a match is explained from its own language's terms only.
 */
public final class PhraseRule {
    private final RuleSpec spec;
    private final List<Query> queries;
    private final Map<String, Set<String>> selfCues;
    private final Map<String, Set<String>> personCues;
    /** With {@code exact}: the terms as written, per language; null otherwise. */
    private final Map<String, Set<String>> exactTerms;
    private final Map<String, Set<String>> except;
    /** Per language: the {@code unless} words as one pattern; one anywhere in a text keeps the rule out of it. */
    private final Map<String, Pattern> unless;
    private final StanceCues stance;
    /** Per language: the word the analyzer makes of an acronym it changes ("ALS" to "al"), and the acronym. */
    private final Map<String, Map<String, String>> foldedAcronyms;

    public PhraseRule(RuleSpec spec) {
        this.spec = spec;
        this.queries = buildQueries(spec);
        this.selfCues = lowerCase(spec.selfCues());
        this.personCues = lowerCase(spec.personCues());
        Map<String, Set<String>> written = asWritten(spec);
        this.exactTerms = Boolean.TRUE.equals(spec.exact()) ? written : null;
        this.except = lowerCase(spec.except());
        this.unless = wordPatterns(spec.unless());
        this.foldedAcronyms = foldedAcronyms(written);
        this.stance = new StanceCues(spec.stance() == null ? null : spec.stance().terms());
    }

    /**
     * The acronyms among a rule's terms as written (two to six capitals) that the language's analyzer changes into another word:
     * English strips a plural "s" from "ALS", "IBS" and "NHS", which then match "et al.", "Al Gore" and "IB". Such
     * a match counts only when it is written as the acronym ({@link #accepts}).
     */
    private static Map<String, Map<String, String>> foldedAcronyms(Map<String, Set<String>> written) {
        Map<String, Map<String, String>> folded = new HashMap<>();
        written.forEach((lang, terms) -> {
            for (String term : terms) {
                if (term.matches("\\p{Lu}{2,6}")) {
                    List<String> words = LanguageAnalyzers.words(lang, term, 2);
                    if (words.size() == 1 && !words.get(0).equals(term.toLowerCase(Locale.ROOT))) {
                        folded.computeIfAbsent(lang, l -> new HashMap<>()).put(words.get(0), term);
                    }
                }
            }
        });
        return folded;
    }

    /** A rule's terms and lexicon terms per language, as written ("Blacks" and "blacks" both). */
    private static Map<String, Set<String>> asWritten(RuleSpec spec) {
        Map<String, Set<String>> terms = new HashMap<>();
        for (Map<String, List<String>> source : Arrays.asList(spec.terms(), spec.lexiconTerms())) {
            if (source != null) {
                source.forEach((lang, list) -> terms.computeIfAbsent(lang, l -> new HashSet<>()).addAll(list));
            }
        }
        return terms;
    }

    /**
     * Whether a match of the index ({@code start}-{@code end} in {@code text}) is one of the rule's: a match of an
     * acronym the analyzer changed must be written as the acronym; with {@code exact}, the text must be written as
     * one of the language's terms (spaces aside); and it must not overlap one of the language's {@code except}
     * phrases ("ins Schwarze" for "Schwarze", "black-out" for "le black"); and the text must hold none of the
     * language's {@code unless} words ("teacher" in a profile that names the class it teaches).
     */
    public boolean accepts(String text, int start, int end, String lang) {
        Map<String, String> acronyms = foldedAcronyms.getOrDefault(lang, Map.of());
        if (!acronyms.isEmpty() && end - start <= 8) {
            String matched = text.substring(start, end);
            List<String> words = LanguageAnalyzers.words(lang, matched, 2);
            String acronym = words.size() == 1 ? acronyms.get(words.get(0)) : null;
            if (acronym != null && !acronym.equals(matched)) {
                return false; // "al" of "et al." is not "ALS"
            }
        }
        if (exactTerms != null && !writtenAsTerm(exactTerms.getOrDefault(lang, Set.of()),
                text.substring(start, end).replaceAll("\\s+", " "))) {
            return false;
        }
        Pattern excluding = unless.get(lang);
        if (excluding != null && excluding.matcher(text).find()) {
            return false;
        }
        for (String phrase : except.getOrDefault(lang, Set.of())) {
            int from = Math.max(0, start - phrase.length());
            String around = text.substring(from, Math.min(text.length(), end + phrase.length())).toLowerCase(Locale.ROOT);
            for (int at = around.indexOf(phrase); at >= 0; at = around.indexOf(phrase, at + 1)) {
                if (from + at < end && from + at + phrase.length() > start) {
                    return false; // the match overlaps the exception
                }
            }
        }
        return true;
    }

    /**
     * Whether a match is written as one of the terms, or as one whose first word is lower case but starts the
     * sentence here ("La Lega vuole...", "De Podemos..."): the capitals that tell a party from an everyday word are
     * the later words', which must still be as written.
     */
    private static boolean writtenAsTerm(Set<String> terms, String written) {
        if (terms.contains(written)) {
            return true;
        }
        int first = written.codePointAt(0);
        String lowered = new StringBuilder().appendCodePoint(Character.toLowerCase(first))
                .append(written, Character.charCount(first), written.length()).toString();
        return !lowered.equals(written) && terms.contains(lowered);
    }

    /** Per language, one pattern that finds any of the words as a whole word, in any case. */
    private static Map<String, Pattern> wordPatterns(Map<String, List<String>> words) {
        return words == null ? Map.of() : words.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + e.getValue().stream()
                        .map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
    }

    private static Map<String, Set<String>> lowerCase(Map<String, List<String>> words) {
        return words == null ? Map.of() : words.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().stream()
                        .map(c -> c.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet())));
    }

    public RuleSpec spec() {
        return spec;
    }

    /** One query per distinct term and language. */
    public List<Query> queries() {
        return queries;
    }

    /** The first-person cue words of a language (lower case); empty when the rule has none. */
    public Set<String> selfCues(String lang) {
        return selfCues.getOrDefault(lang, Set.of());
    }

    /**
     * The rule's first stance expression ({@code stance}) in {@code text[from, to)} (a match's sentence), as written
     * there; null for none or a rule without.
     */
    public String stanceIn(String text, int from, int to, String lang) {
        return stance.find(text, from, to, lang);
    }

    /** The words for other people of a language (lower case) that turn "my ..." into someone else's. */
    public Set<String> personCues(String lang) {
        return personCues.getOrDefault(lang, Set.of());
    }

    /**
     * One query per term (a term query, or a phrase query for several words): run one by one, each asks the index
     * only about its own words, and the matches of a document are read for that term alone. (A lexicon as one
     * boolean query made Lucene's Matches API visit every clause for every matching document: the query stage took
     * 6.6 s instead of about 1 s on the 200,000-record bench corpus.)
     */
    private static List<Query> buildQueries(RuleSpec spec) {
        List<Query> queries = new java.util.ArrayList<>();
        for (Map.Entry<String, List<String>> entry : spec.allTerms().entrySet()) {
            String lang = entry.getKey();
            String field = IndexFields.textField(LanguageAnalyzers.fieldLanguage(lang));
            QueryBuilder builder = new QueryBuilder(LanguageAnalyzers.forLanguage(LanguageAnalyzers.fieldLanguage(lang)));
            java.util.Set<Query> seen = new HashSet<>();
            for (String term : entry.getValue()) {
                Query q = builder.createPhraseQuery(field, term);
                if (q == null) {
                    throw new dev.corpusaudit.model.ConfigException(spec.file() + ": term '" + term + "' (" + lang
                            + ", in its terms or lexicons) has no words the analyzer keeps");
                }
                if (seen.add(q)) { // "Diabetiker" and "diabetiker" are one query
                    queries.add(q);
                }
            }
        }
        return List.copyOf(queries);
    }
}
