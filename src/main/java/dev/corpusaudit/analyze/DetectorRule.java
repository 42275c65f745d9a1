package dev.corpusaudit.analyze;

import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.model.Signal;
import dev.corpusaudit.ruleset.RuleSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A rule of type {@code detector} bound to the detector it names (the {@code person_name} and {@code categorizer}
 * ones with the rule's model). Thread-safe.
 */
public record DetectorRule(RuleSpec spec, PatternDetector detector) {

    private static final Map<String, PatternDetector> DETECTORS = Stream.of(new EmailDetector(),
                    new ObfuscatedEmailDetector(), new PaymentCardDetector(), new PhoneDetector())
            .collect(Collectors.toUnmodifiableMap(PatternDetector::name, Function.identity()));
    private static final List<String> ALL = Stream.concat(DETECTORS.keySet().stream(),
            Stream.of(PersonNameDetector.NAME, CategorizerDetector.NAME)).sorted().toList();

    /** Binds every detector rule of a ruleset; a rule naming an unknown detector is a configuration error. */
    public static List<DetectorRule> bind(List<RuleSpec> rules) {
        List<DetectorRule> bound = new ArrayList<>();
        for (RuleSpec rule : rules) {
            if (!RuleSpec.DETECTOR.equals(rule.type())) {
                continue;
            }
            PatternDetector detector = switch (rule.detector()) {
                case PersonNameDetector.NAME -> PersonNameDetector.of(rule);
                case CategorizerDetector.NAME -> CategorizerDetector.of(rule);
                default -> DETECTORS.get(rule.detector());
            };
            if (detector == null) {
                throw new ConfigException(rule.file() + ": field 'detector': unknown detector '" + rule.detector()
                        + "'; known: " + String.join(", ", ALL));
            }
            bound.add(new DetectorRule(rule, detector));
        }
        return List.copyOf(bound);
    }

    /**
     * The ruleset's {@code person_name} rule, bound; null when it has none. It is not part of the pattern stage: names
     * are looked for in the records the policy's {@code person_names} says ({@code Decider#withNames}).
     */
    public static DetectorRule names(List<RuleSpec> rules) {
        return rules.stream().filter(DetectorRule::findsNames).findFirst()
                .map(r -> new DetectorRule(r, PersonNameDetector.of(r))).orElse(null);
    }

    /** Whether a rule is a {@code person_name} detector rule (without binding it: no model is loaded). */
    public static boolean findsNames(RuleSpec rule) {
        return RuleSpec.DETECTOR.equals(rule.type()) && PersonNameDetector.NAME.equals(rule.detector());
    }

    /**
     * The ruleset's {@code categorizer} rules, bound (each loads its model). They are not part of the pattern stage:
     * the worker asks them about every record's text ({@link RecordAnalyzer}), never about other fields' values.
     */
    public static List<DetectorRule> categorizers(List<RuleSpec> rules) {
        return bind(rules.stream().filter(r -> RuleSpec.DETECTOR.equals(r.type())
                && CategorizerDetector.NAME.equals(r.detector())).toList());
    }

    /** Whether a signal of this detector is about its text as a whole (a document categorizer's), not a value in it. */
    public static boolean judgesWholeText(String detector) {
        return CategorizerDetector.NAME.equals(detector);
    }

    /**
     * The detector rules of the pattern stage, bound: all but the {@code person_name} and {@code categorizer} ones
     * (whose models are not loaded here).
     */
    static List<DetectorRule> ofPatternStage(List<RuleSpec> rules) {
        return bind(rules.stream().filter(r -> !PersonNameDetector.NAME.equals(r.detector())
                && !CategorizerDetector.NAME.equals(r.detector())).toList());
    }

    /** The signals of this rule in a text of the given language. */
    public List<Signal> detect(String text, String lang) {
        return detect(text, lang, DigitRuns.of(text).total());
    }

    /** The signals of this rule in a text of the given language that holds {@code digits} ASCII digits. */
    List<Signal> detect(String text, String lang, int digits) {
        if (!detector.mayMatch(text, digits)) {
            return List.of();
        }
        List<Signal> signals = new ArrayList<>();
        for (PatternDetector.Match m : detector.find(text, lang)) {
            boolean own = m.confidence() >= 0;
            signals.add(new Signal(spec.category(), spec.id(), spec.version(), detector.name(),
                    own ? m.confidence() : spec.confidence(), null, m.start(), m.end(),
                    own ? m.explanation() : m.explanation() + " (base confidence " + spec.confidence() + ")"));
        }
        return signals;
    }
}
