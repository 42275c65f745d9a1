package dev.corpusaudit.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanMinimalStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.es.SpanishMinimalStemFilter;
import org.apache.lucene.analysis.fr.FrenchMinimalStemFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.pt.PortugueseMinimalStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.sv.SwedishMinimalStemFilter;
import org.apache.lucene.analysis.util.ElisionFilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The analyzer of each language's text field. Deliberately light: lower case, elision for French and Italian, and
 * minimal (mostly plural) stemming. No stop words are removed, so phrase rules match exact word sequences, and no
 * aggressive stemmer runs, because Porter and Snowball merge words that rules must keep apart (protestant/protest,
 * socialism/social, grosse/grossesse, weet/wet).
 */
public final class LanguageAnalyzers {
    /** Languages with their own field and analyzer; any other language goes to {@link #OTHER}. */
    public static final List<String> LANGUAGES = List.of("en", "de", "fr", "nl", "es", "it", "pt", "sv");
    /** The field suffix for records in any other (or an undetermined) language. */
    public static final String OTHER = "xx";

    private static final CharArraySet FRENCH_ELISIONS = new CharArraySet(Arrays.asList(
            "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"), true);
    private static final CharArraySet ITALIAN_ELISIONS = new CharArraySet(Arrays.asList(
            "c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl",
            "sugl", "un", "m", "t", "s", "v", "d"), true);
    private static final Set<String> SUPPORTED = Set.copyOf(LANGUAGES);

    private LanguageAnalyzers() {
    }

    /** The suffix of the text field for a language: the language itself, or {@link #OTHER}. */
    public static String fieldLanguage(String lang) {
        return lang != null && SUPPORTED.contains(lang) ? lang : OTHER;
    }

    /** One analyzer per field suffix, including {@link #OTHER}. Analyzers are thread-safe. */
    public static Map<String, Analyzer> all() {
        Map<String, Analyzer> map = new java.util.LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            map.put(lang, forLanguage(lang));
        }
        map.put(OTHER, forLanguage(OTHER));
        return map;
    }

    /**
     * The first {@code max} words a language's analyzer (or the one for other languages) makes of a text, as the
     * index holds them: for the categorizer's features and for checking a phrase rule's match.
     */
    public static List<String> words(String lang, String text, int max) {
        List<String> words = new ArrayList<>();
        try (TokenStream ts = Shared.ANALYZERS.get(fieldLanguage(lang)).tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (words.size() < max && ts.incrementToken()) {
                words.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return words;
    }

    /** One analyzer per language for {@link #words}, made on first use (Lucene's analyzers are thread-safe). */
    private static final class Shared {
        static final Map<String, Analyzer> ANALYZERS = all();
    }

    public static Analyzer forLanguage(String lang) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, filters(lang, source));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    private static TokenStream filters(String lang, TokenStream in) {
        TokenStream ts = in;
        switch (lang) {
            case "en" -> {
                ts = new EnglishPossessiveFilter(ts);
                ts = new LowerCaseFilter(ts);
                ts = new EnglishMinimalStemFilter(ts);
            }
            case "de" -> {
                ts = new LowerCaseFilter(ts);
                ts = new GermanNormalizationFilter(ts);
                ts = new GermanMinimalStemFilter(ts);
            }
            case "fr" -> {
                ts = new ElisionFilter(ts, FRENCH_ELISIONS);
                ts = new LowerCaseFilter(ts);
                ts = new FrenchMinimalStemFilter(ts);
            }
            case "it" -> {
                ts = new ElisionFilter(ts, ITALIAN_ELISIONS);
                ts = new LowerCaseFilter(ts);
                ts = new ItalianLightStemFilter(ts);
            }
            case "es" -> {
                ts = new LowerCaseFilter(ts);
                ts = new SpanishMinimalStemFilter(ts);
            }
            case "pt" -> {
                ts = new LowerCaseFilter(ts);
                ts = new PortugueseMinimalStemFilter(ts);
            }
            case "sv" -> {
                ts = new LowerCaseFilter(ts);
                ts = new SwedishMinimalStemFilter(ts);
            }
            default -> ts = new LowerCaseFilter(ts); // nl: Lucene has no light Dutch stemmer; Snowball over-merges
        }
        return ts;
    }
}
