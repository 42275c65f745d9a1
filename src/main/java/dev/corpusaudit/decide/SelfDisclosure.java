package dev.corpusaudit.decide;

import dev.corpusaudit.model.Signal;
import dev.corpusaudit.nlp.SentenceSplitter;
import dev.corpusaudit.rules.PhraseRule;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whose data a phrase-rule match is: a first-person cue of the rule's language in the same sentence makes it a
 * self-disclosure ({@code subject: self}, confidence raised by the rule's {@code self_boost}); otherwise it is about
 * the topic ({@code general}). The explanation names the matched words and the cue. Not thread-safe (it owns a
 * sentence splitter).
 */
final class SelfDisclosure {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}']+");
    private final Map<String, PhraseRule> rulesById;
    private final SentenceSplitter sentences;

    SelfDisclosure(List<PhraseRule> rules, SentenceSplitter sentences) {
        this.rulesById = rules.stream().collect(Collectors.toUnmodifiableMap(r -> r.spec().id(), Function.identity()));
        this.sentences = sentences;
    }

    /** The signal with its subject decided, or the signal as it was when no phrase rule produced it. */
    Signal apply(Signal signal, String text, String lang) {
        PhraseRule rule = rulesById.get(signal.ruleId());
        if (rule == null || signal.subject() != null) {
            return signal;
        }
        String matched = text.substring(signal.start(), signal.end());
        double confidence = signal.confidence();
        StringBuilder why = new StringBuilder("phrase '").append(matched).append("' (").append(lang)
                .append(", base ").append(confidence).append(')');
        String cue = cue(rule.selfCues(lang), text, lang, signal.start());
        String subject;
        if (cue != null) {
            subject = "self";
            double boost = rule.spec().selfBoostOrZero();
            confidence = Math.min(1.0, confidence + boost);
            why.append(" + first-person '").append(cue).append("' in the sentence (+").append(boost).append(')');
        } else {
            subject = "general";
            why.append("; no first-person cue in the sentence, so about the topic");
        }
        return new Signal(signal.category(), signal.ruleId(), signal.ruleVersion(), signal.detector(),
                Math.round(confidence * 100) / 100.0, subject, signal.start(), signal.end(), why.toString());
    }

    private String cue(Set<String> cues, String text, String lang, int offset) {
        if (cues.isEmpty()) {
            return null;
        }
        int[] sentence = sentences.sentenceAround(text, lang, offset);
        String words = text.substring(sentence[0], sentence[1]).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (String word : NON_WORD.split(words)) {
            if (cues.contains(word)) {
                return word;
            }
        }
        return null;
    }
}
