package dev.corpusaudit.nlp;

import dev.corpusaudit.model.ConfigException;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.Span;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * People's names in a text. The project's OpenNLP name finder ({@code corpus-audit train --kind names}) proposes
 * names with a probability, and the first-name lexicon ({@link PersonNames}) proposes the names it knows; cheaper
 * cues then weigh each one: a lexicon first name at the start of the finder's name, a title before the name (Dr.,
 * Frau, Mme), the part-of-speech tagger where Maven Central has a model (en, de, fr: proper nouns confirm, a verb,
 * pronoun or determiner refutes; asked only where its cue could move a name across the floor), a place's preposition
 * before a one-word name only the lexicon proposes ("in Austin"), and, against a name of two or more words only the
 * lexicon proposes, the finder's own reading that there is no name there ("Hospital Gregorio Marañón"). The
 * capitalisation cue trims the finder's names to their capitalised words and carries them on over the capitalised
 * words after them. The finder reads only a few words around a lexicon first name, a word after a title, or two
 * capitalised words in a row: the bulk of a text is never given to it. Each name explains itself. Not thread-safe (OpenNLP's tools are not): one per thread, over one shared model.
 */
public final class PersonFinder {
    /** A name: its span, confidence and the steps that gave it. */
    public record Name(int start, int end, double confidence, String explanation) {
    }

    /**
     * What each cue adds to (or takes from) a name's confidence: a first name of the lexicon at the start of the
     * finder's name, a title before it, the part-of-speech tags (all proper nouns; a verb, pronoun, determiner...),
     * and the finder's own doubt about a name of two or more words only the lexicon proposes (about a first name
     * alone it is too often wrong: "para Víctor").
     */
    public record Weights(double lexicon, double title, double properNoun, double notANoun, double finderDoubt) {
        public static final Weights DEFAULT = new Weights(0.15, 0.15, 0.1, 0.3, 0.1);
    }

    /** How sure the finder must be that a word is no name for its doubt to count against a lexicon name. */
    static final double DOUBT = 0.9;

    /**
     * Tokens the finder reads on each side of a word that could be part of a name: as many as its features look at.
     * Three read the same on the WNUT-17 and GermEval dev files (F1 0.459 and 0.503; two: 0.457 and 0.505) at up
     * to half the speed.
     */
    static final int REACH = 2;
    private static final Map<Path, TokenNameFinderModel> MODELS = new ConcurrentHashMap<>();
    /**
     * What joins the words of one name between tokens: the lexicon's particles but "e" (in Italian, "and": "Anna e
     * Marco" are two people), hyphens and apostrophes.
     */
    private static final Set<String> BRIDGES = bridges();
    private static final java.util.regex.Pattern ACCENTS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final Set<String> NOT_NAMES = Set.of("VERB", "AUX", "PRON", "DET", "ADP", "ADV", "ADJ", "CCONJ",
            "SCONJ", "NUM", "PART");
    /**
     * Languages in which a common noun's tag also counts against a one-word name only the lexicon proposes: German
     * capitalises every noun, so there the tag, not the capital, tells "Ernst" (seriousness) or "Rose" from a first
     * name. In English and French a capitalised word the tagger calls a noun is as often a name it does not know
     * (WNUT-17 dev F1 0.462 to 0.438 with English; GermEval dev 0.548 to 0.569 with German).
     */
    private static final Set<String> NOUN_AGAINST_LONE_NAME = Set.of("de");
    /**
     * Words before which a one-word name only the lexicon proposes is a place: many first names are towns ("in
     * London", "nach Florenz"... "our team in Austin", "en Madrid"). The part-of-speech cue's weight counts against it
     * (GermEval dev F1 0.569 to 0.575, WNUT-17 dev 0.462 to 0.460; "to", "from", "à", "a", "naar" also precede
     * people and cost WNUT-17 more). Per language: Dutch "en" is "and".
     */
    private static final Map<String, Set<String>> PLACE_BEFORE = Map.of("en", Set.of("in", "near"),
            "de", Set.of("in", "nach", "aus"), "nl", Set.of("in"), "fr", Set.of("en"), "es", Set.of("en"),
            "it", Set.of("in"));

    private final NameFinderME finder;
    private final ModelRegistry models;
    private final Weights weights;
    private final double floor;
    private final PersonNames lexicon = PersonNames.shipped();
    private final Map<String, POSTaggerME> taggers = new HashMap<>();

    /**
     * @param model the name finder; null for the lexicon cue alone
     * @param floor the confidence a name needs to be reported: a name only the lexicon proposes starts there, and the
     *              part-of-speech tagger is asked only about a name its cue could move across it
     */
    public PersonFinder(TokenNameFinderModel model, ModelRegistry models, Weights weights, double floor) {
        this.finder = model == null ? null : new NameFinderME(model);
        this.models = models;
        this.weights = weights;
        this.floor = floor;
    }

    /** Loads a name-finder model once per process; a missing or broken file is a {@link ConfigException}. */
    public static TokenNameFinderModel load(Path file) {
        return MODELS.computeIfAbsent(file.toAbsolutePath().normalize(), f -> {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(f))) {
                return new TokenNameFinderModel(in);
            } catch (IOException | RuntimeException e) {
                throw new ConfigException(file + ": not a name-finder model (" + e.getMessage() + ")");
            }
        });
    }

    /** The names in {@code text}, in text order. */
    public List<Name> find(String text, String lang) {
        return find(text, 0, text.length(), lang);
    }

    /** The names in {@code [from, to)} of {@code text}, with offsets into the whole text, in text order. */
    public List<Name> find(String text, int from, int to, String lang) {
        List<Name> out = new ArrayList<>();
        if (finder != null) {
            finder.clearAdaptiveData();
        }
        for (NameTokens.Sentence sentence : NameTokens.sentences(text, from, to)) {
            int[] lexiconFirst = new int[sentence.tokens().length];
            boolean[] candidates = candidates(sentence, lexiconFirst);
            if (candidates == null) {
                continue;
            }
            List<Proposal> proposals = new ArrayList<>();
            double[] noName = new double[sentence.tokens().length];
            if (finder != null) {
                proposeFromFinder(sentence, candidates, proposals, noName);
            }
            proposeFromLexicon(text, sentence, proposals);
            POSTaggerME tagger = proposals.isEmpty() ? null : tagger(lang);
            proposals.stream().filter(x -> !institution(sentence.tokens(), x))
                    .sorted((x, y) -> Integer.compare(x.start, y.start))
                    .forEach(x -> out.add(weigh(sentence, x, lexiconFirst, tagger, noName, lang)));
        }
        return out;
    }

    /**
     * The finder's names in the stretches it reads, and in {@code noName} for each other word it read how sure it is
     * that the word is no name (the probability of its outcome "other").
     */
    private void proposeFromFinder(NameTokens.Sentence sentence, boolean[] candidates, List<Proposal> proposals,
                                   double[] noName) {
        for (int[] w : windows(candidates)) {
            Span[] spans = finder.find(folded(Arrays.copyOfRange(sentence.tokens(), w[0], w[1])));
            double[] outcomes = finder.probs();
            for (int t = 0; t < outcomes.length; t++) {
                noName[w[0] + t] = outcomes[t];
            }
            for (Span span : spans) {
                Arrays.fill(noName, w[0] + span.getStart(), w[0] + span.getEnd(), 0);
            }
            double[] probs = finder.probs(spans);
            for (int i = 0; i < spans.length; i++) {
                Span span = capitals(sentence.tokens(), spans[i].getStart() + w[0], spans[i].getEnd() + w[0]);
                if (span != null) {
                    propose(proposals, new Proposal(span.getStart(), span.getEnd(), probs[i]));
                }
            }
        }
    }

    /**
     * Tokens without their accents ("María José" as "Maria Jose"): the finder learnt names mostly as datafaker writes
     * them, and read "María" as no name where it took "Maria" for one (p 0.96 against 0.79 in "hablé con María José
     * Fernández"). Offsets are the original tokens'; only what the finder sees changes.
     */
    private static String[] folded(String[] tokens) {
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (!t.chars().allMatch(c -> c < 0x80)) {
                tokens[i] = ACCENTS.matcher(java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFD))
                        .replaceAll("");
            }
        }
        return tokens;
    }

    /** The lexicon's names in the sentence, as token spans. */
    private void proposeFromLexicon(String text, NameTokens.Sentence sentence, List<Proposal> proposals) {
        Span[] spans = sentence.spans();
        int offset = spans[0].getStart();
        for (int[] l : lexicon.find(text.substring(offset, spans[spans.length - 1].getEnd()))) {
            int first = 0;
            while (spans[first].getEnd() <= l[0] + offset) {
                first++;
            }
            int last = first;
            while (last + 1 < spans.length && spans[last + 1].getStart() < l[1] + offset) {
                last++;
            }
            propose(proposals, new Proposal(first, last + 1, -1));
        }
    }

    /**
     * Whether a proposal, or the capitalised words and name particles right after it, hold an institution word
     * ({@link PersonNames#isInstitutionWord}): "Virginia Tech", "London Marathon", "Israel Museum", the "Neri" of
     * "Moretti, Neri e Colombo SPA" are no one's names, whoever proposed them.
     */
    private static boolean institution(String[] tokens, Proposal x) {
        for (int t = x.start; t < tokens.length; t++) {
            if (PersonNames.isInstitutionWord(tokens[t])) {
                return true;
            }
            if (t >= x.end && !capitalised(tokens[t]) && !PersonNames.PARTICLES.contains(tokens[t])) {
                return false;
            }
        }
        return false;
    }

    /** A name the finder ({@code p} its probability) or the lexicon ({@code p} -1) proposes: tokens [start, end). */
    private record Proposal(int start, int end, double p) {
    }

    /** Adds a proposal; one that overlaps an earlier one widens it instead (keeping the finder's probability). */
    private static void propose(List<Proposal> proposals, Proposal x) {
        for (int k = 0; k < proposals.size(); k++) {
            Proposal y = proposals.get(k);
            if (y.start < x.end && x.start < y.end) {
                proposals.set(k, new Proposal(Math.min(x.start, y.start), Math.max(x.end, y.end), Math.max(x.p, y.p)));
                return;
            }
        }
        proposals.add(x);
    }

    /**
     * The stretches of a sentence the finder reads: {@value #REACH} tokens on each side of each word that could
     * start or continue a name, joined where they touch. The finder's features look two tokens either way, so such a
     * word is judged as it would be in the whole sentence, and the bulk of lower-case text is never read.
     */
    private static List<int[]> windows(boolean[] candidates) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < candidates.length; i++) {
            if (!candidates[i]) {
                continue;
            }
            int from = Math.max(0, i - REACH);
            int to = Math.min(candidates.length, i + REACH + 1);
            if (!out.isEmpty() && out.get(out.size() - 1)[1] >= from) {
                out.get(out.size() - 1)[1] = to;
            } else {
                out.add(new int[]{from, to});
            }
        }
        return out;
    }

    /**
     * The capitalisation cue: the part of a found span that is written like a name, from its first capitalised word
     * (or initial) that is not a title to the last one joined to it by particles, hyphens, apostrophes or an initial's full stop
     * ("Jan van der Berg", "Christine K. Brückner"), and on over capitalised words right after it (the finder often
     * stops after a first name: "Carlos" of "Carlos Edwards"); null when no word of it is capitalised.
     */
    static Span capitals(String[] tokens, int from, int to) {
        int start = from;
        while (start < to && (!nameWord(tokens[start])
                || PersonNames.isTitle(tokens[start], start + 1 < tokens.length && tokens[start + 1].equals(".")))) {
            start++;
        }
        if (start == to) {
            return null;
        }
        int end = start + 1;
        for (int k = start + 1; k < tokens.length; k++) {
            boolean afterInitial = k >= 2 && tokens[k - 1].equals(".") && tokens[k - 2].length() == 1;
            if (nameWord(tokens[k]) && (k < to || !NameTokens.isSentenceEnd(tokens[k - 1]) || afterInitial)) {
                end = k + 1;
            } else if (!BRIDGES.contains(tokens[k]) && !(tokens[k].equals(".") && tokens[k - 1].length() == 1)) {
                break;
            }
        }
        return new Span(start, end);
    }

    private static boolean nameWord(String token) {
        return capitalised(token) || token.length() == 1 && Character.isUpperCase(token.charAt(0));
    }

    /** A proposal's confidence: the finder's probability or the lexicon's base, and what each cue adds. */
    private Name weigh(NameTokens.Sentence sentence, Proposal x, int[] lexiconFirst, POSTaggerME tagger,
                       double[] noName, String lang) {
        double confidence;
        StringBuilder why = new StringBuilder();
        if (x.p >= 0) {
            confidence = x.p;
            why.append(String.format(Locale.ROOT, "name finder (p %.2f)", x.p));
            if (lexiconFirst[x.start] > 0) {
                confidence += weights.lexicon();
                why.append(" + first name in the lexicon (+").append(weights.lexicon()).append(')');
            }
        } else {
            confidence = floor;
            why.append("first name in the lexicon, capitalised words after it (").append(floor).append(')');
            if (noName[x.start] >= DOUBT && x.end - x.start > 1) {
                confidence -= weights.finderDoubt();
                why.append(String.format(Locale.ROOT, " - the name finder reads no name there (p %.2f) (-%s)",
                        noName[x.start], weights.finderDoubt()));
            }
        }
        if (x.p < 0 && x.end - x.start == 1 && x.start > 0 && PLACE_BEFORE.getOrDefault(lang, Set.of())
                .contains(sentence.tokens()[x.start - 1].toLowerCase(Locale.ROOT))) {
            confidence -= weights.notANoun();
            why.append(" - after '").append(sentence.tokens()[x.start - 1]).append("', so a place (-")
                    .append(weights.notANoun()).append(')');
        }
        if (titleBefore(sentence.tokens(), x.start)) {
            confidence += weights.title();
            why.append(" + title before it (+").append(weights.title()).append(')');
        }
        boolean posCouldDecide = confidence + weights.properNoun() + 1e-9 >= floor
                && confidence - weights.notANoun() + 1e-9 < floor;
        if (tagger != null && posCouldDecide) {
            int from = Math.max(0, x.start - REACH);
            String[] tags = tagger.tag(Arrays.copyOfRange(sentence.tokens(), from, Math.min(sentence.tokens().length,
                    x.end + REACH)));
            String not = null;
            boolean proper = true;
            boolean loneLexiconName = x.p < 0 && x.end - x.start == 1 && NOUN_AGAINST_LONE_NAME.contains(lang);
            for (int t = x.start; t < x.end; t++) {
                String tag = tags[t - from];
                proper &= tag.equals("PROPN") || !Character.isLetter(sentence.tokens()[t].codePointAt(0));
                boolean against = NOT_NAMES.contains(tag) || loneLexiconName && tag.equals("NOUN");
                not = not == null && against ? sentence.tokens()[t] + "' a " + tag : not;
            }
            if (not != null) {
                confidence -= weights.notANoun();
                why.append(" - part of speech: '").append(not).append(" (-").append(weights.notANoun()).append(')');
            } else if (proper) {
                confidence += weights.properNoun();
                why.append(" + part of speech: proper noun (+").append(weights.properNoun()).append(')');
            }
        }
        return new Name(sentence.spans()[x.start].getStart(), sentence.spans()[x.end - 1].getEnd(),
                Math.round(Math.min(0.99, Math.max(0.01, confidence)) * 100) / 100.0, why.toString());
    }

    /** The language's part-of-speech tagger (it reads the words around a proposed name); null without a model. */
    private POSTaggerME tagger(String lang) {
        return taggers.computeIfAbsent(lang == null ? "" : lang,
                l -> models.posModel(l).map(POSTaggerME::new).orElse(null));
    }

    /**
     * The words of a sentence around which the finder reads: a first name of the lexicon, a word after a title, and
     * capitalised words next to another (a first and a last name: "Anna Kowalska", "Jean-Luc Martin", "Jan van der
     * Berg"); null when there is none. A capitalised word alone ("Siemens", a German noun, a surname on its own) is
     * read only when it is near one of those. Marks in {@code lexiconFirst} the tokens that are lexicon first names.
     */
    private boolean[] candidates(NameTokens.Sentence sentence, int[] lexiconFirst) {
        String[] tokens = sentence.tokens();
        boolean[] out = null;
        int previousCapital = -10;
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            boolean candidate = false;
            if (capitalised(t)) {
                lexiconFirst[i] = lexicon.isFirstName(t) ? 1 : 0;
                boolean pair = previousCapital >= 0 && bridged(tokens, previousCapital, i);
                candidate = lexiconFirst[i] > 0 || pair;
                if (pair) {
                    out = out == null ? new boolean[tokens.length] : out;
                    out[previousCapital] = true;
                }
                previousCapital = i;
            } else if (titleBefore(tokens, i)) {
                candidate = true;
            }
            if (candidate) {
                out = out == null ? new boolean[tokens.length] : out;
                out[i] = true;
            }
        }
        return out;
    }

    private static Set<String> bridges() {
        Set<String> bridges = new java.util.HashSet<>(PersonNames.PARTICLES);
        bridges.remove("e");
        bridges.addAll(Set.of("-", "'", "’"));
        return Set.copyOf(bridges);
    }

    /** Whether only a hyphen, an apostrophe or name particles (van der, de la) stand between two tokens. */
    private static boolean bridged(String[] tokens, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (!BRIDGES.contains(tokens[k])) {
                return false;
            }
        }
        return to - from <= 3;
    }

    /** Whether a title stands right before a token, with or without its full stop ("Dr. Weber", "Frau Weber"). */
    private static boolean titleBefore(String[] tokens, int token) {
        int i = token - 1;
        boolean dotted = i >= 0 && tokens[i].equals(".");
        if (dotted) {
            i--;
        }
        return i >= 0 && PersonNames.isTitle(tokens[i], dotted);
    }

    static boolean capitalised(String word) {
        return word.length() >= 2 && Character.isUpperCase(word.codePointAt(0))
                && word.codePoints().skip(1).anyMatch(Character::isLowerCase);
    }
}
