package dev.corpusaudit.nlp;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Detects a text's language on a bounded prefix, so that cost does not grow with record length: a decisive
 * function-word vote over the supported languages answers first; otherwise OpenNLP's language detector (103
 * languages) decides. Returns ISO 639-1 codes ({@code und} when the vote has no answer and the text has too few
 * letters for the detector). Not thread-safe: one per worker.
 */
public final class LanguageIdentifier {
    /** Characters looked at: enough for a stable guess on prose, small next to indexing cost. */
    public static final int PREFIX_CHARS = 300;
    /** Characters the OpenNLP detector sees when the function-word vote was not decisive. */
    static final int MODEL_PREFIX_CHARS = 100;
    /**
     * Fewer letters than this and the statistical detector's guess is noise; the function-word vote still answers
     * where it is decisive ("I have cancer.", "Ik ben zwanger!"), as it does on short comments.
     */
    static final int MIN_LETTERS = 12;
    public static final String UNDETERMINED = "und";

    private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

    private static final FunctionWordVote FUNCTION_WORDS = new FunctionWordVote();

    private final LanguageDetectorME detector;

    public LanguageIdentifier(ModelRegistry models) {
        this.detector = new LanguageDetectorME(models.languageModel());
    }

    public String detect(String text) {
        String prefix = prefix(text);
        String voted = FUNCTION_WORDS.vote(prefix);
        if (voted != null) {
            return voted;
        }
        int letters = 0;
        for (int i = 0; i < prefix.length() && letters < MIN_LETTERS; i++) {
            if (Character.isLetter(prefix.charAt(i))) {
                letters++;
            }
        }
        if (letters < MIN_LETTERS) {
            return UNDETERMINED;
        }
        // The statistical detector costs in proportion to its input: a shorter prefix still holds enough n-grams.
        Language best = detector.predictLanguage(prefix.length() > MODEL_PREFIX_CHARS
                ? prefix.substring(0, MODEL_PREFIX_CHARS) : prefix);
        return toIso1(best.getLang());
    }

    static String prefix(String text) {
        if (text.length() <= PREFIX_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', PREFIX_CHARS);
        return text.substring(0, cut > PREFIX_CHARS / 2 ? cut : PREFIX_CHARS);
    }

    static String toIso1(String iso3) {
        return ISO3_TO_ISO1.getOrDefault(iso3, iso3);
    }

    private static Map<String, String> iso3ToIso1() {
        Map<String, String> map = new HashMap<>();
        for (String iso1 : Locale.getISOLanguages()) {
            try {
                map.put(Locale.forLanguageTag(iso1).getISO3Language(), iso1);
            } catch (java.util.MissingResourceException ignored) {
                // no three-letter code known for this language: it keeps its own code
            }
        }
        return Map.copyOf(map);
    }
}
