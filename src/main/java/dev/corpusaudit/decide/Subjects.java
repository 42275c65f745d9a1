package dev.corpusaudit.decide;

import dev.corpusaudit.model.Signal;
import dev.corpusaudit.nlp.PersonNames;
import dev.corpusaudit.nlp.SentenceSplitter;
import dev.corpusaudit.rules.PhraseRule;
import dev.corpusaudit.ruleset.RuleSpec;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whose data a match is, from the sentence it is in. A phrase-rule match is a self-disclosure
 * ({@code subject: self}, confidence raised by the rule's {@code self_boost}) when a first-person cue of the
 * rule's language is in the sentence; else about a person ({@code person}, raised by {@code person_boost}) when a
 * person's name is ({@link PersonNames}); else about the topic ({@code general}). A pattern rule says its subject
 * itself ({@code self} or {@code general}); one of {@code subject: general} with a {@code person_boost} (an amount
 * of pay) becomes {@code person} when a name is in the sentence. The explanation names the matched words, the cue,
 * and the name's initials only. Not thread-safe (it owns a sentence splitter).
 */
final class Subjects {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}']+");
    private final Map<String, PhraseRule> phraseRules = new HashMap<>();
    private final Map<String, RuleSpec> personRules = new HashMap<>();
    private final SentenceSplitter sentences;
    private final PersonNames names = PersonNames.shipped();

    /**
     * @param phraseRules the ruleset's phrase rules
     * @param rules       any rules: those with a {@code person_boost} are looked at for a named person
     */
    Subjects(List<PhraseRule> phraseRules, List<RuleSpec> rules, SentenceSplitter sentences) {
        phraseRules.forEach(r -> this.phraseRules.put(r.spec().id(), r));
        rules.stream().filter(r -> r.personBoost() != null).forEach(r -> personRules.put(r.id(), r));
        this.sentences = sentences;
    }

    /** The signal with its subject decided; as it was when no rule of this kind produced it. */
    Signal apply(Signal signal, String text, String lang) {
        PhraseRule phrase = phraseRules.get(signal.ruleId());
        if (phrase != null && signal.subject() == null) {
            return ofPhrase(phrase, signal, text, lang);
        }
        RuleSpec pattern = personRules.get(signal.ruleId());
        if (pattern != null && "general".equals(signal.subject())) {
            String name = nameIn(sentences.sentenceAround(text, lang, signal.start()), text, signal);
            if (name != null) {
                double boost = pattern.personBoostOrZero();
                return withSubject(signal, "person", signal.confidence() + boost, signal.explanation()
                        + "; named person '" + Masks.person(name) + "' in the sentence, so about that person (+"
                        + boost + ")");
            }
        }
        return signal;
    }

    private Signal ofPhrase(PhraseRule rule, Signal signal, String text, String lang) {
        String matched = text.substring(signal.start(), signal.end());
        double confidence = signal.confidence();
        StringBuilder why = new StringBuilder("phrase '").append(matched).append("' (").append(lang)
                .append(", base ").append(confidence).append(')');
        int[] sentence = sentences.sentenceAround(text, lang, signal.start());
        String cue = firstPersonCue(rule.selfCues(lang), text, sentence);
        if (cue != null) {
            double boost = rule.spec().selfBoostOrZero();
            why.append(" + first-person '").append(cue).append("' in the sentence (+").append(boost).append(')');
            return withSubject(signal, "self", confidence + boost, why.toString());
        }
        String name = nameIn(sentence, text, signal);
        if (name != null) {
            double boost = rule.spec().personBoostOrZero();
            why.append(" + named person '").append(Masks.person(name)).append("' in the sentence (+").append(boost)
                    .append(')');
            return withSubject(signal, "person", confidence + boost, why.toString());
        }
        why.append("; no first-person cue or name in the sentence, so about the topic");
        return withSubject(signal, "general", confidence, why.toString());
    }

    private static Signal withSubject(Signal s, String subject, double confidence, String why) {
        return new Signal(s.category(), s.ruleId(), s.ruleVersion(), s.detector(),
                Math.round(Math.min(1.0, confidence) * 100) / 100.0, subject, s.start(), s.end(), why);
    }

    /** The first person's name in the match's sentence ({start, end}), outside the match itself; null for none. */
    private String nameIn(int[] sentence, String text, Signal signal) {
        String words = text.substring(sentence[0], sentence[1]);
        for (int[] name : names.find(words)) {
            int start = sentence[0] + name[0];
            int end = sentence[0] + name[1];
            if (end <= signal.start() || start >= signal.end()) {
                return text.substring(start, end);
            }
        }
        return null;
    }

    private static String firstPersonCue(Set<String> cues, String text, int[] sentence) {
        if (cues.isEmpty()) {
            return null;
        }
        String words = text.substring(sentence[0], sentence[1]).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (String word : NON_WORD.split(words)) {
            if (cues.contains(word)) {
                return word;
            }
        }
        return null;
    }
}
