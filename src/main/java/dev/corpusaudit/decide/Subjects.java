package dev.corpusaudit.decide;

import dev.corpusaudit.analyze.DetectorRule;
import dev.corpusaudit.model.Signal;
import dev.corpusaudit.nlp.PersonFinder;
import dev.corpusaudit.nlp.PersonNames;
import dev.corpusaudit.nlp.SentenceSplitter;
import dev.corpusaudit.rules.PhraseRule;
import dev.corpusaudit.ruleset.RuleSpec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whose data a match is, from the sentence it is in. A phrase-rule match is a self-disclosure
 * ({@code subject: self}, confidence raised by the rule's {@code self_boost}) when a first-person cue of the
 * rule's language is in the sentence, and about another person ({@code person}, raised by {@code person_boost})
 * when a word for someone else is tied to a first-person word ("my mother", "a friend of mine", "mijn collega"):
 * the cue nearest before the match decides. Without a cue, one of the rule's stance expressions in the sentence
 * ("... is a disgrace", "abschaffen") makes it the author's own opinion ({@code self}, raised by the stance's
 * {@code boost}); else a person's name in the sentence (the ruleset's {@code person_name} detector's
 * {@link PersonFinder}, else the first-name lexicon {@link PersonNames}) makes it about that person; else it is
 * about the topic ({@code general}). A pattern rule says its subject itself ({@code self} or {@code general}); one
 * of {@code subject: general} with a {@code person_boost} (an amount of pay) becomes {@code person} when a name is in
 * the sentence, unless the text greets it ({@link Greeting}: "Hi Sam, I have a role paying 85k" is the role's
 * pay). A phrase rule with {@code sources} reads only records of those sources, and there a match without a cue for
 * another person is the member's own ({@code self}): a profile describes its member. The explanation names the
 * matched words, the cue, and the name's initials only. Not thread-safe (it owns a sentence splitter).
 */
final class Subjects {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*");
    private final Map<String, PhraseRule> phraseRules = new HashMap<>();
    private final Map<String, RuleSpec> personRules = new HashMap<>();
    private final SentenceSplitter sentences;
    private final PersonNames lexicon = PersonNames.shipped();
    private final DetectorRule names;
    private String lastText;
    private int[] lastSentence;
    private List<int[]> lastNames;

    /**
     * @param phraseRules the ruleset's phrase rules
     * @param rules       any rules: those with a {@code person_boost} are looked at for a named person
     * @param names       the ruleset's {@code person_name} rule, bound; null for none
     */
    Subjects(List<PhraseRule> phraseRules, List<RuleSpec> rules, SentenceSplitter sentences, DetectorRule names) {
        phraseRules.forEach(r -> this.phraseRules.put(r.spec().id(), r));
        rules.stream().filter(r -> r.personBoost() != null).forEach(r -> personRules.put(r.id(), r));
        this.sentences = sentences;
        this.names = names;
    }

    /**
     * The names in a sentence ({start, end} in the text): those the ruleset's {@code person_name} rule reports,
     * else (a ruleset without one) those of the first-name lexicon.
     */
    private List<int[]> names(String text, int[] sentence, String lang) {
        if (text == lastText && sentence[0] == lastSentence[0] && sentence[1] == lastSentence[1]) {
            return lastNames; // several matches in one sentence: it is read once
        }
        lastText = text;
        lastSentence = sentence;
        lastNames = namesIn(text, sentence, lang);
        return lastNames;
    }

    private List<int[]> namesIn(String text, int[] sentence, String lang) {
        String words = text.substring(sentence[0], sentence[1]);
        Stream<int[]> found = names == null ? lexicon.find(words).stream()
                : names.detect(words, lang).stream().map(s -> new int[]{s.start(), s.end()});
        return found.map(n -> new int[]{n[0] + sentence[0], n[1] + sentence[0]}).toList();
    }

    /**
     * The signal with its subject decided; as it was when no rule of this kind produced it; null when a phrase
     * rule does not accept its match ({@link PhraseRule#accepts}) or the match is part of a longer person's name
     * ("Christian" in "Christian Weber", "Gay" in "Gay Smith"), which is a name, not a belief or an orientation.
     */
    Signal apply(Signal signal, String text, String lang, String source) {
        PhraseRule phrase = phraseRules.get(signal.ruleId());
        List<String> sources = phrase == null ? null : phrase.spec().sources();
        if (sources != null && !sources.contains(source)) {
            return null; // a record of a source the rule does not read ("Year 11 student" in a teacher's post)
        }
        if (phrase != null && !phrase.accepts(text, signal.start(), signal.end(), lang)) {
            return null; // not written as the rule's term, or inside one of its exceptions
        }
        if (phrase != null && signal.subject() == null) {
            int[] sentence = sentences.sentenceAround(text, lang, signal.start());
            // Only a capitalised match can be part of a name ("Christian Weber"): the others need no names yet.
            boolean capital = Character.isUpperCase(text.codePointAt(signal.start()));
            return capital && insideName(names(text, sentence, lang), signal) ? null
                    : ofPhrase(phrase, signal, text, lang, sentence, source);
        }
        RuleSpec pattern = personRules.get(signal.ruleId());
        if (pattern != null && "general".equals(signal.subject())) {
            int[] sentence = sentences.sentenceAround(text, lang, signal.start());
            List<int[]> named = names(text, sentence, lang).stream()
                    .filter(n -> !Greeting.greets(text, sentence[0], n)).toList();
            String name = nameIn(named, text, signal);
            if (name != null) {
                double boost = pattern.personBoostOrZero();
                return withSubject(signal, "person", signal.confidence() + boost, signal.explanation()
                        + "; named person '" + Masks.person(name) + "' in the sentence, so about that person (+"
                        + boost + ")");
            }
        }
        return signal;
    }

    private Signal ofPhrase(PhraseRule rule, Signal signal, String text, String lang, int[] sentence,
                            String source) {
        String matched = text.substring(signal.start(), signal.end());
        double confidence = signal.confidence();
        StringBuilder why = new StringBuilder("phrase '").append(matched).append("' (").append(lang)
                .append(", base ").append(confidence).append(')');
        Cue cue = nearestCue(rule.selfCues(lang), rule.personCues(lang), text, sentence, signal.start(), signal.end(),
                lang);
        if (cue != null && !cue.other()) {
            double boost = rule.spec().selfBoostOrZero();
            why.append(" + first-person '").append(cue.words()).append("' in the sentence (+").append(boost)
                    .append(')');
            return withSubject(signal, "self", confidence + boost, why.toString());
        }
        if (cue != null) {
            double boost = rule.spec().personBoostOrZero();
            why.append(" + '").append(cue.words()).append("' in the sentence: about another person (+").append(boost)
                    .append(')');
            return withSubject(signal, "person", confidence + boost, why.toString());
        }
        if (rule.spec().sources() != null) {
            double boost = rule.spec().selfBoostOrZero();
            why.append(" + in a ").append(source).append(", which is its member's own (+").append(boost).append(')');
            return withSubject(signal, "self", confidence + boost, why.toString());
        }
        String stance = rule.stanceIn(text, sentence[0], sentence[1], lang);
        if (stance != null) {
            double boost = rule.spec().stance().boostOrZero();
            why.append(" + stance '").append(stance).append("' in the sentence: the author takes a side (+")
                    .append(boost).append(')');
            return withSubject(signal, "self", confidence + boost, why.toString());
        }
        String name = nameIn(names(text, sentence, lang), text, signal);
        if (name != null) {
            double boost = rule.spec().personBoostOrZero();
            why.append(" + named person '").append(Masks.person(name)).append("' in the sentence (+").append(boost)
                    .append(')');
            return withSubject(signal, "person", confidence + boost, why.toString());
        }
        why.append("; no first-person cue or name in the sentence, so about the topic");
        return withSubject(signal, "general", confidence, why.toString());
    }

    /** A cue in the sentence: a first-person word, or ({@code other}) a word for another person tied to one. */
    private record Cue(int at, String words, boolean other) {
    }

    /** How many words before a word for another person a first-person word may stand ("I have a friend who"). */
    private static final int TIE_BEFORE = 3;
    /** How many words after it ("a friend of mine"). */
    private static final int TIE_AFTER = 2;
    /**
     * In German and Dutch, the only first-person words that tie to a word for another person after it: the object
     * forms ("ein Freund von mir", "een vriend van mij"). A subject after it there is the verb-second order of a main
     * clause, not a tie: "Als schwuler Mann habe ich", "Als homoseksuele man vond ik" are the author's own. In English
     * a subject after it is a relative clause ("someone I know") and ties.
     */
    private static final Map<String, Set<String>> TIED_AFTER = Map.of("de", Set.of("mir", "mich"),
            "nl", Set.of("mij", "me"));

    /** Marks before a match that may make it quoted speech: "My son: 'I'm 16 and ...'" is the son's. */
    private static final Pattern QUOTE_MARKS = Pattern.compile("[\"“”„«»:]");

    /**
     * A first-person word of the match itself ("soy menor de edad", "ich bin noch nicht volljährig"), unless a quote
     * mark or colon before the match in its sentence may make it quoted speech; else the cue nearest before the match
     * (else the nearest after it): "Mis padres tienen que firmar porque soy menor de edad" is the author's, though
     * "mis padres" comes first. A word for another person with a first-person
     * word at most three words before it or two after it ("my mother", "I have a friend who", "a relative of mine",
     * "meine beste Freundin") is about that person, and the first-person word it is tied to (the nearest) is no self
     * cue; any other first-person word is. So "I told my boss that I was diagnosed" is the author's, "I was shocked when my mother
     * was diagnosed" the mother's, and "Children diagnosed with ..." neither.
     */
    private static Cue nearestCue(Set<String> self, Set<String> others, String text, int[] sentence, int matchStart,
                                  int matchEnd, String lang) {
        if (self.isEmpty()) {
            return null;
        }
        boolean italian = "it".equals(lang);
        List<int[]> spans = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(sentence[0], sentence[1]);
        while (m.find()) {
            spans.add(new int[]{m.start(), m.end()});
        }
        String[] words = spans.stream().map(span -> lower(text, span)).toArray(String[]::new);
        boolean[] taken = new boolean[words.length];
        List<Cue> cues = new ArrayList<>();
        for (int j = 0; j < words.length; j++) {
            if (!others.contains(possessor(words[j]))) {
                continue;
            }
            int tie = tiedFirstPerson(words, j, self, taken, lang);
            if (tie >= 0) {
                taken[tie] = true;
                int first = Math.min(tie, j);
                int last = Math.max(tie, j);
                cues.add(new Cue(spans.get(j)[0], text.substring(spans.get(first)[0], spans.get(last)[1]), true));
            }
        }
        for (int i = 0; i < words.length; i++) {
            if ((self.contains(words[i]) || italian && ItalianSono.isFirstPerson(text, spans, words, i)) && !taken[i]) {
                cues.add(new Cue(spans.get(i)[0], words[i], false));
            }
        }
        boolean mayBeQuoted = QUOTE_MARKS.matcher(text).region(sentence[0], Math.max(sentence[0], matchStart)).find();
        Cue before = null;
        Cue after = null;
        for (Cue cue : cues) {
            if (!cue.other() && cue.at() >= matchStart && cue.at() < matchEnd && !mayBeQuoted) {
                return cue;
            }
            if (cue.at() < matchStart && (before == null || cue.at() > before.at())) {
                before = cue;
            } else if (cue.at() >= matchStart && (after == null || cue.at() < after.at())) {
                after = cue;
            }
        }
        return before != null ? before : after;
    }

    /**
     * The first-person word a word for another person is tied to: the nearest before it, else after it (in German
     * and Dutch only an object form, {@link #TIED_AFTER}); or -1.
     */
    private static int tiedFirstPerson(String[] words, int j, Set<String> self, boolean[] taken, String lang) {
        for (int i = j - 1; i >= Math.max(0, j - TIE_BEFORE); i--) {
            if (self.contains(words[i]) && !taken[i]) {
                return i;
            }
        }
        for (int i = j + 1; i <= Math.min(words.length - 1, j + TIE_AFTER); i++) {
            if (self.contains(words[i]) && (!TIED_AFTER.containsKey(lang) || TIED_AFTER.get(lang).contains(words[i]))
                    && !taken[i]) {
                return i;
            }
        }
        return -1;
    }

    /** "friend's" is about the friend. */
    private static String possessor(String word) {
        return word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
    }

    private static String lower(String text, int[] span) {
        return text.substring(span[0], span[1]).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    private static Signal withSubject(Signal s, String subject, double confidence, String why) {
        return new Signal(s.category(), s.ruleId(), s.ruleVersion(), s.detector(),
                Math.round(Math.min(1.0, confidence) * 100) / 100.0, subject, s.start(), s.end(), why);
    }

    /** Whether a person's name in the sentence covers the match and more (its first name and a last name). */
    private static boolean insideName(List<int[]> names, Signal signal) {
        for (int[] name : names) {
            int start = name[0];
            int end = name[1];
            if (start <= signal.start() && end >= signal.end() && end - start > signal.end() - signal.start()) {
                return true;
            }
        }
        return false;
    }

    /** The first person's name in the match's sentence ({start, end}), outside the match itself; null for none. */
    private static String nameIn(List<int[]> names, String text, Signal signal) {
        for (int[] name : names) {
            int start = name[0];
            int end = name[1];
            if (end <= signal.start() || start >= signal.end()) {
                return text.substring(start, end);
            }
        }
        return null;
    }
}
