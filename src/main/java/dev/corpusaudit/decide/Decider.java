package dev.corpusaudit.decide;

import dev.corpusaudit.analyze.DetectorRule;
import dev.corpusaudit.model.Finding;
import dev.corpusaudit.model.Signal;
import dev.corpusaudit.nlp.SentenceSplitter;
import dev.corpusaudit.nlp.DocumentCategorizer;
import dev.corpusaudit.rules.PhraseRule;
import dev.corpusaudit.ruleset.Policy;
import dev.corpusaudit.ruleset.RuleSpec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The decide stage: turns one record's signals (from the pattern detectors and the query rules) into findings:
 * whose data a match is ({@link Subjects}), what the record's other terms of the category and the document
 * categorizer add and whether that reaches the policy's threshold ({@link Corroboration}), the policy's severity,
 * masked evidence. Signals of the
 * same category and span are one finding, carried by the most confident rule. Not thread-safe.
 */
public final class Decider {
    private static final String PII_PERSON = "pii.person";
    private static final String PII_POSTAL_ADDRESS = "pii.postal_address";
    private static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.field() == null ? "" : f.field())
            .thenComparing((Finding f) -> f.start() == null ? -1 : f.start())
            .thenComparing(f -> f.end() == null ? -1 : f.end())
            .thenComparing(Finding::category)
            .thenComparing(Finding::ruleId);

    private final Policy policy;
    private final Subjects subjects;
    private final DocumentCategorizer categorizer;
    private final DetectorRule names;

    /**
     * @param rules the ruleset's rules (those with a {@code person_boost} look for a named person)
     */
    public Decider(Policy policy, List<PhraseRule> phraseRules, List<RuleSpec> rules, SentenceSplitter sentences) {
        this(policy, phraseRules, rules, sentences, null);
    }

    /** @param categorizer the special-category document categorizer, asked only about records the step applies to; null for none */
    public Decider(Policy policy, List<PhraseRule> phraseRules, List<RuleSpec> rules, SentenceSplitter sentences,
                   DocumentCategorizer categorizer) {
        this.policy = policy;
        this.names = DetectorRule.names(rules);
        this.subjects = new Subjects(phraseRules, rules, sentences, names);
        this.categorizer = categorizer;
    }

    /** A decider for the analyze stage's signals only (no phrase rule): one per worker. */
    public static Decider forPatternSignals(Policy policy, List<RuleSpec> rules, SentenceSplitter sentences) {
        return new Decider(policy, List.of(), rules, sentences);
    }

    /** The findings of one record: the text's in text order (then category, then rule), then other fields'. */
    public List<Finding> decide(long seq, String recordId, String lang, String source, String text,
                                List<Signal> signals) {
        return corroborate(decideSignals(seq, recordId, lang, source, text, signals), text, lang);
    }

    /**
     * The findings of some of a record's signals, without the record-level step: for a record decided in parts
     * (the workers' pattern signals, then its phrase-rule signals), joined by {@link #merge}, then
     * {@link #corroborate}d.
     */
    public List<Finding> decideSignals(long seq, String recordId, String lang, String source, String text,
                                       List<Signal> signals) {
        List<Signal> kept = new ArrayList<>();
        for (Signal signal : signals) {
            Signal s = signal.field() == null ? subjects.apply(signal, text, lang, source) : signal;
            if (s == null) {
                continue; // part of a person's name
            }
            int same = indexOfSameSpan(kept, s);
            if (same < 0) {
                kept.add(s);
            } else if (s.confidence() > kept.get(same).confidence()) {
                kept.set(same, s);
            }
        }
        List<Finding> findings = new ArrayList<>(kept.size());
        for (Signal s : kept) {
            String evidence = s.field() != null ? s.evidence() : evidence(text, s);
            findings.add(new Finding(seq, recordId, s.category(), s.subject(), s.ruleId(), s.ruleVersion(),
                    s.detector(), s.confidence(), policy.severityOf(s.category()), lang, s.start(), s.end(),
                    evidence, s.explanation(), s.field()));
        }
        findings.sort(ORDER);
        return withoutNamesInAddresses(findings);
    }

    /**
     * The masked match with its context; for a signal about the whole text (a document categorizer's), the masked
     * opening only, since the masked text would be as long as the record.
     */
    private static String evidence(String text, Signal s) {
        String match = text.substring(s.start(), s.end());
        if (DetectorRule.judgesWholeText(s.detector()) && match.length() > Evidence.CONTEXT) {
            int cut = Character.isHighSurrogate(match.charAt(Evidence.CONTEXT - 1)) ? Evidence.CONTEXT - 1
                    : Evidence.CONTEXT;
            return "[" + Evidence.oneLine(Masks.mask(s.category(), match.substring(0, cut))) + "…]";
        }
        return Evidence.around(text, s.start(), s.end(), Masks.mask(s.category(), match));
    }

    /** The record-level step ({@link Corroboration}) over all of a record's findings. */
    public List<Finding> corroborate(List<Finding> findings, String text, String lang) {
        Map<String, Double> scores = categorizer != null && Corroboration.categorizerCouldDecide(findings, text, policy)
                ? categorizer.scores(text, lang) : null;
        List<Finding> kept = Corroboration.apply(findings, text, policy, scores);
        return kept == findings ? findings : kept.stream().sorted(ORDER).toList();
    }

    /**
     * The findings with the people's names of the record ({@code pii.person}, the ruleset's {@code person_name}
     * rule) when its names were not looked for yet and it holds another finding in its text, or in any record when
     * the policy says {@code person_names: every_record}. Names are where a record's personal data gets a face: a
     * diagnosis, an IBAN or a salary next to a name. Looking for them in every record costs more than the rest of
     * the scan (the name finder is its costliest step per character), and a corpus of profiles and posts is full of
     * names a policy like LinkedIn's lets in; a policy for a corpus that must hold no one's name asks for it.
     */
    public List<Finding> withNames(long seq, String recordId, String lang, String text, List<Finding> findings) {
        if (names == null || findings.stream().anyMatch(f -> PII_PERSON.equals(f.category()))
                || !policy.namesInEveryRecord() && findings.stream().noneMatch(f -> f.field() == null && f.start() != null)) {
            return findings;
        }
        List<Signal> found = names.detect(text, lang);
        return found.isEmpty() ? findings : merge(findings, decideSignals(seq, recordId, lang, null, text, found));
    }

    /**
     * {@link #withNames} for a record the phrase rules gave findings after the workers had decided it; under
     * {@code person_names: every_record} the workers looked in every record, so this looks in none again.
     */
    public List<Finding> withNamesAfterQueries(long seq, String recordId, String lang, String text,
                                               List<Finding> findings) {
        return policy.namesInEveryRecord() ? findings : withNames(seq, recordId, lang, text, findings);
    }

    /** Whether {@link #corroborate} has anything to do with these findings (and so needs the record's text). */
    public boolean needsText(List<Finding> findings) {
        return findings.stream().anyMatch(f -> Corroboration.applies(f, policy));
    }

    /**
     * One record's findings decided in two parts (those of its pattern signals, in the worker; those of its phrase
     * signals, after the queries, each by {@link #decideSignals}) joined as {@link #decideSignals} would have decided
     * all its signals at once: of two findings of the same category and span the more confident stays, the first on
     * a tie.
     */
    public static List<Finding> merge(List<Finding> first, List<Finding> then) {
        List<Finding> all = new ArrayList<>(first);
        for (Finding f : then) {
            int same = -1;
            for (int i = 0; i < all.size() && same < 0; i++) {
                Finding k = all.get(i);
                if (k.category().equals(f.category()) && Objects.equals(k.start(), f.start())
                        && Objects.equals(k.end(), f.end()) && Objects.equals(k.field(), f.field())) {
                    same = i;
                }
            }
            if (same < 0) {
                all.add(f);
            } else if (f.confidence() > all.get(same).confidence()) {
                all.set(same, f);
            }
        }
        all.sort(ORDER);
        return withoutNamesInAddresses(withoutCovered(all));
    }

    /**
     * The findings without the names that lie inside a postal address: there a name is a street's or a town's
     * ("Via Roma 1", "3 avenue Jean Jaurès", "Baker Street, London NW1"), and the address finding already reports
     * the place.
     */
    static List<Finding> withoutNamesInAddresses(List<Finding> findings) {
        List<Finding> addresses = findings.stream()
                .filter(f -> PII_POSTAL_ADDRESS.equals(f.category()) && f.start() != null).toList();
        if (addresses.isEmpty()) {
            return findings;
        }
        return findings.stream().filter(f -> !PII_PERSON.equals(f.category()) || f.start() == null
                || addresses.stream().noneMatch(a -> Objects.equals(a.field(), f.field())
                        && a.start() < f.end() && f.start() < a.end())).toList();
    }

    /**
     * The signals a record's findings do not cover already ({@link #withoutCovered}), so that no sentence is read and
     * no name looked for to decide a finding that would be dropped; null when none is left (or none was given).
     */
    public static List<Signal> uncovered(List<Signal> signals, List<Finding> findings) {
        if (signals == null) {
            return null;
        }
        java.util.Set<String> whole = recordLevelCategories(findings);
        if (whole.isEmpty()) {
            return signals;
        }
        List<Signal> kept = signals.stream().filter(s -> s.field() != null || !whole.contains(s.category())).toList();
        return kept.isEmpty() ? null : kept;
    }

    /**
     * The findings without text findings of a category the record has a record-level finding of: a record whose
     * source is {@code message} is a private message as a whole, and its greetings and courtesies add nothing but
     * length to the report (and the search for names the text findings would start).
     */
    static List<Finding> withoutCovered(List<Finding> findings) {
        java.util.Set<String> whole = recordLevelCategories(findings);
        if (whole.isEmpty()) {
            return findings;
        }
        return findings.stream().filter(f -> f.start() == null || !whole.contains(f.category())).toList();
    }

    /** The categories of a record's record-level findings (no offsets, not in another field). */
    private static java.util.Set<String> recordLevelCategories(List<Finding> findings) {
        java.util.Set<String> whole = new java.util.HashSet<>();
        for (Finding f : findings) {
            if (f.start() == null && f.field() == null) {
                whole.add(f.category());
            }
        }
        return whole;
    }

    private static int indexOfSameSpan(List<Signal> kept, Signal s) {
        for (int i = 0; i < kept.size(); i++) {
            Signal k = kept.get(i);
            if (k.category().equals(s.category()) && k.start() == s.start() && k.end() == s.end()
                    && Objects.equals(k.field(), s.field())) {
                return i;
            }
        }
        return -1;
    }
}
