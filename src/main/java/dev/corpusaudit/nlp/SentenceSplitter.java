package dev.corpusaudit.nlp;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

import java.text.BreakIterator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the sentence around an offset: with OpenNLP's sentence detector where Maven Central has a model for the
 * language (en, de, fr), else with the JDK's locale-aware {@link BreakIterator}. Used only on records with hits,
 * so its cost does not touch the bulk of a corpus. Not thread-safe.
 */
public final class SentenceSplitter {
    private final ModelRegistry models;
    private final Map<String, SentenceDetectorME> detectors = new HashMap<>();
    private final Map<String, BreakIterator> breakIterators = new HashMap<>();

    public SentenceSplitter(ModelRegistry models) {
        this.models = models;
    }

    /** Characters looked at on each side of the offset: sentences longer than that are cut. */
    static final int WINDOW = 200;

    /** The [start, end) character span of the sentence of {@code text} that contains {@code offset}. */
    public int[] sentenceAround(String text, String lang, int offset) {
        // Only the neighbourhood matters; splitting a whole long article per hit would cost more than the rest.
        int from = Math.max(0, offset - WINDOW);
        int to = Math.min(text.length(), offset + WINDOW);
        int[] span = sentenceIn(text.substring(from, to), lang, offset - from);
        return new int[]{span[0] + from, span[1] + from};
    }

    private int[] sentenceIn(String text, String lang, int offset) {
        SentenceDetectorME detector = detectors.computeIfAbsent(lang,
                l -> models.sentenceModel(l).map(SentenceDetectorME::new).orElse(null));
        if (detector != null) {
            for (Span span : detector.sentPosDetect(text)) {
                if (offset >= span.getStart() && offset < span.getEnd()) {
                    return new int[]{span.getStart(), span.getEnd()};
                }
            }
            return new int[]{0, text.length()};
        }
        BreakIterator it = breakIterators.computeIfAbsent(lang,
                l -> BreakIterator.getSentenceInstance(Locale.forLanguageTag(l)));
        it.setText(text);
        int end = it.following(Math.min(offset, Math.max(0, text.length() - 1)));
        int start = it.previous();
        return new int[]{Math.max(0, start), end == BreakIterator.DONE ? text.length() : end};
    }
}
