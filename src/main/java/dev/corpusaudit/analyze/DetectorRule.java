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

/** A rule of type {@code detector} bound to the detector it names. Thread-safe. */
public record DetectorRule(RuleSpec spec, PatternDetector detector) {

    private static final Map<String, PatternDetector> DETECTORS = Stream.of(new EmailDetector(),
                    new PaymentCardDetector(), new PhoneDetector())
            .collect(Collectors.toUnmodifiableMap(PatternDetector::name, Function.identity()));

    /** Binds every detector rule of a ruleset; a rule naming an unknown detector is a configuration error. */
    public static List<DetectorRule> bind(List<RuleSpec> rules) {
        List<DetectorRule> bound = new ArrayList<>();
        for (RuleSpec rule : rules) {
            if (!RuleSpec.DETECTOR.equals(rule.type())) {
                continue;
            }
            PatternDetector detector = DETECTORS.get(rule.detector());
            if (detector == null) {
                throw new ConfigException(rule.file() + ": field 'detector': unknown detector '" + rule.detector()
                        + "'; known: " + String.join(", ", DETECTORS.keySet().stream().sorted().toList()));
            }
            bound.add(new DetectorRule(rule, detector));
        }
        return List.copyOf(bound);
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
            signals.add(new Signal(spec.category(), spec.id(), spec.version(), detector.name(), spec.confidence(),
                    null, m.start(), m.end(), m.explanation() + " (base confidence " + spec.confidence() + ")"));
        }
        return signals;
    }
}
