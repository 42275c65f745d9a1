package dev.corpusaudit.ruleset;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * One rule file: what it finds, how, how sure, and the examples it must pass to ship.
 *
 * <p>Three types. {@code detector}: a validated pattern detector of the analyze stage, named by
 * {@code detector}. {@code pattern}: regular expressions ({@code patterns}, run by RE2/J in linear time) that run
 * only when one of the rule's {@code keywords} is in the text (or always, without keywords) and, with
 * {@code min_digits}, only near numbers of that many digits, confirmed by a named {@code validator}, raised by
 * {@code context} words near the match, dropped by the {@code allow} list.
 * A pattern rule may also say whose data its matches are ({@code subject}: {@code self} or {@code general}), as
 * the salary rules do for a member's own pay and an advertised range.
 * A detector rule may name the {@code model} file (relative to the policy's folder) its detector needs: the
 * {@code person_name} detector's OpenNLP name finder, the {@code categorizer} detector's document categorizer (or a
 * list of them, which must all agree).
 * {@code phrase}: per-language words or phrases ({@code terms}, whose {@code {a|b}} alternatives the loader writes
 * out, see {@link TermAlternatives}; and those of the {@code lexicons} it names: folders of per-language term files,
 * see {@link Lexicon}) run as Lucene queries over the index;
 * {@code self_cues} are first-person words that, in the same sentence as the match, make the finding a
 * self-disclosure ({@code subject: self}) and add {@code self_boost} to the confidence.
 * {@code person_cues} are words for other people ("colleague", "Mutter") that, right after a first-person word
 * ("my colleague", "meine Mutter"), make it about that person instead. A person's name in the sentence of a match
 * that is not a self-disclosure makes it about that person
 * ({@code subject: person}) and adds {@code person_boost}: for every phrase rule, and for a pattern rule of
 * {@code subject: general} that sets {@code person_boost} (a colleague's pay is not an advertised range).
 *
 * @param minDigits for a pattern rule whose every value holds at least this many ASCII digits, each at most two
 *                  characters from the next (a number compact or in groups, an IBAN, a DNI): its patterns run only
 *                  near such digits, so a cheap scan spares RE2/J the texts and stretches of text without them;
 *                  absent: the patterns run over the whole text; for a {@code categorizer} detector rule, the models
 *                  read only texts with at least this many ASCII digits (a figure of pay)
 * @param reach     how many characters a pattern's match may reach beyond what lets it run: with {@code min_digits},
 *                  beyond the run of digits (default {@value #DEFAULT_DIGIT_REACH}); otherwise beyond an occurrence of
 *                  one of the {@code keywords}, so the patterns run only near keywords (absent: over the whole text)
 * @param lexiconTerms the terms of the rule's {@code lexicons} per language (set by the loader, not read from YAML)
 * @param file      where the rule was loaded from (set by the loader, not read from YAML)
 * @param model     the rule's {@code model} files as written: one, or a list
 * @param modelPath the rule's {@code model} files, resolved (set by the loader, not read from YAML)
 * @param exact     for a phrase rule: a match counts only when the text is written exactly as one of the rule's terms,
 *                  capitals and word endings included, for words the analyzer folds into everyday ones (German
 *                  "Behinderte", the people, and "behindert", hindered; French "handicapés" and "handicaps")
 * @param except    for a phrase rule, per language: phrases (any case) that a match must not overlap ("ins Schwarze"
 *                  for a rule that looks for "Schwarze", "black-out" for "le black")
 * @param exceptSources for a {@code categorizer} detector rule: record sources ({@code comment}, {@code poll}) whose
 *                  records it does not read, because they are written the way the model reports (a comment answers
 *                  a person in public)
 * @param sources   for a phrase rule: the only record sources whose records it reads ({@code profile}: a pupil's
 *                  headline is the member's own class); a record of another source or of none is not read, and a
 *                  match without a cue for another person is the record's member's own ({@code subject: self})
 * @param unless    for a phrase rule, per language: words that, anywhere in the record's text, keep the rule from
 *                  reporting it ("teacher", "Lehrerin": a teacher's profile names the classes it teaches)
 * @param stance    for a phrase rule: expressions by which an author takes a side ({@link Stance}); with one in the
 *                  sentence of a match, the match is the author's own opinion
 */
public record RuleSpec(String id,
                       String version,
                       String category,
                       String type,
                       String description,
                       @JsonProperty("legal_reference") String legalReference,
                       String detector,
                       List<NamedPattern> patterns,
                       List<String> keywords,
                       @JsonProperty("min_digits") Integer minDigits,
                       Integer reach,
                       String validator,
                       Context context,
                       Allow allow,
                       String subject,
                       Double confidence,
                       Map<String, List<String>> terms,
                       List<String> lexicons,
                       @JsonProperty("self_cues") Map<String, List<String>> selfCues,
                       @JsonProperty("self_boost") Double selfBoost,
                       @JsonProperty("person_cues") Map<String, List<String>> personCues,
                       @JsonProperty("person_boost") Double personBoost,
                       List<Example> examples,
                       @JsonProperty(access = JsonProperty.Access.READ_ONLY) Map<String, List<String>> lexiconTerms,
                       @JsonProperty(access = JsonProperty.Access.READ_ONLY) String file,
                       @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> model,
                       @JsonProperty(access = JsonProperty.Access.READ_ONLY) List<java.nio.file.Path> modelPath,
                       Boolean exact,
                       Map<String, List<String>> except,
                       @JsonProperty("except_sources") List<String> exceptSources,
                       List<String> sources,
                       Map<String, List<String>> unless,
                       Stance stance) {

    public static final String DETECTOR = "detector";
    public static final String PHRASE = "phrase";
    public static final String PATTERN = "pattern";
    /** Characters a match may reach beyond its run of digits, unless the rule says: a name the pattern requires. */
    public static final int DEFAULT_DIGIT_REACH = 40;

    /** A regular expression (RE2 syntax) with a name the findings cite; {@code group} picks the reported span. */
    public record NamedPattern(String name, String regex, Integer group) {
    }

    /**
     * Words that make a match more likely what the rule claims when they occur within {@code window} characters of
     * it: {@code words} per language ({@code any} for every language) add {@code boost} to the confidence. An entry
     * of several words ({@code "social security"}, {@code "steuer-id"}) matches those words in a row, whatever
     * spaces or punctuation separate them.
     */
    public record Context(Integer window, Double boost, Map<String, List<String>> words) {
    }

    /** Values never reported: exact values (compared without separators) and regular expressions (RE2). */
    public record Allow(List<String> values, List<String> patterns) {
    }

    /**
     * Expressions by which an author takes a side on a public matter ("should be scrapped", "is a disgrace",
     * "abschaffen"), from the per-language files of the {@code lexicons} it names (a line ending in {@code *}
     * stands for every word that starts so): one in the sentence of a match makes it the author's own opinion
     * ({@code subject: self}) and adds {@code boost}.
     *
     * @param terms the expressions per language (set by the loader, not read from YAML)
     */
    public record Stance(List<String> lexicons, Double boost,
                         @JsonProperty(access = JsonProperty.Access.READ_ONLY) Map<String, List<String>> terms) {
        public double boostOrZero() {
            return boost == null ? 0 : boost;
        }

        Stance withTerms(Map<String, List<String>> loaded) {
            return new Stance(lexicons, boost, loaded);
        }
    }

    /**
     * An example text and the exact spans the rule must report in it, given as the matched substrings in order of
     * appearance (each the first occurrence after the previous one). An empty {@code expect} is a near-miss that must
     * not fire.
     */
    public record Example(String lang, String text, List<String> expect) {
    }

    RuleSpec withFile(String path) {
        return new RuleSpec(id, version, category, type, description, legalReference, detector, patterns, keywords,
                minDigits, reach, validator, context, allow, subject, confidence, terms, lexicons, selfCues, selfBoost,
                personCues, personBoost, examples, lexiconTerms, path, model, modelPath, exact, except, exceptSources,
                sources, unless, stance);
    }

    /** The rule with its terms' alternatives written out ({@link TermAlternatives}). */
    RuleSpec withExpandedTerms() {
        Map<String, List<String>> expanded = TermAlternatives.expand(terms);
        return expanded == terms ? this : new RuleSpec(id, version, category, type, description, legalReference,
                detector, patterns, keywords, minDigits, reach, validator, context, allow, subject, confidence,
                expanded, lexicons, selfCues, selfBoost, personCues, personBoost, examples, lexiconTerms, file, model,
                modelPath, exact, except, exceptSources, sources, unless, stance);
    }

    RuleSpec withLexiconTerms(Map<String, List<String>> loaded) {
        return new RuleSpec(id, version, category, type, description, legalReference, detector, patterns, keywords,
                minDigits, reach, validator, context, allow, subject, confidence, terms, lexicons, selfCues, selfBoost,
                personCues, personBoost, examples, loaded, file, model, modelPath, exact, except, exceptSources, sources,
                unless, stance);
    }

    RuleSpec withStanceTerms(Map<String, List<String>> loaded) {
        return new RuleSpec(id, version, category, type, description, legalReference, detector, patterns, keywords,
                minDigits, reach, validator, context, allow, subject, confidence, terms, lexicons, selfCues, selfBoost,
                personCues, personBoost, examples, lexiconTerms, file, model, modelPath, exact, except, exceptSources,
                sources, unless, stance.withTerms(loaded));
    }

    RuleSpec withModelPath(List<java.nio.file.Path> resolved) {
        return new RuleSpec(id, version, category, type, description, legalReference, detector, patterns, keywords,
                minDigits, reach, validator, context, allow, subject, confidence, terms, lexicons, selfCues, selfBoost,
                personCues, personBoost, examples, lexiconTerms, file, model, resolved, exact, except, exceptSources,
                sources, unless, stance);
    }

    /**
     * A phrase rule's terms per language: its own {@code terms}, then those of its {@code lexicons} (each term once,
     * whatever its case).
     */
    public Map<String, List<String>> allTerms() {
        Map<String, java.util.LinkedHashMap<String, String>> merged = new java.util.TreeMap<>();
        for (Map<String, List<String>> source : java.util.Arrays.asList(terms, lexiconTerms)) {
            if (source != null) {
                source.forEach((lang, list) -> list.forEach(term -> merged.computeIfAbsent(lang,
                        l -> new java.util.LinkedHashMap<>()).putIfAbsent(term.toLowerCase(java.util.Locale.ROOT), term)));
            }
        }
        Map<String, List<String>> all = new java.util.LinkedHashMap<>();
        merged.forEach((lang, byKey) -> all.put(lang, List.copyOf(byKey.values())));
        return all;
    }

    public double selfBoostOrZero() {
        return selfBoost == null ? 0 : selfBoost;
    }

    public double personBoostOrZero() {
        return personBoost == null ? 0 : personBoost;
    }
}
