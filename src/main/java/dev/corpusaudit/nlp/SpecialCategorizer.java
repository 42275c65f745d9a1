package dev.corpusaudit.nlp;

import dev.corpusaudit.index.LanguageAnalyzers;
import dev.corpusaudit.model.ConfigException;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The special-category document categorizer: an OpenNLP DocumentCategorizer (trained by {@code corpus-audit train})
 * that gives a text a probability per category ({@code special.health}, ..., and {@link #NONE}). Its features are
 * the words of the record's language analyzer (the tokens the index holds: lower case, light stemming), so it needs
 * no OpenNLP tokenizer. A signal for the decide stage, never a finding by itself. Not thread-safe (the OpenNLP
 * categorizer is not): one per thread, over one shared model.
 */
public final class SpecialCategorizer {
    /** The label of text with no special category. */
    public static final String NONE = "none";
    /** At most this many words of a text are read: the beginning of a long text says what it is about. */
    static final int MAX_TOKENS = 1000;
    private static final Map<String, Analyzer> ANALYZERS = LanguageAnalyzers.all();

    private final DocumentCategorizerME categorizer;

    public SpecialCategorizer(DoccatModel model) {
        this.categorizer = new DocumentCategorizerME(model);
    }

    /** Loads a model file; a missing or broken one is a {@link ConfigException} naming it. */
    public static DoccatModel load(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return new DoccatModel(in);
        } catch (IOException | RuntimeException e) {
            throw new ConfigException(file + ": not a document categorizer model (" + e.getMessage() + ")");
        }
    }

    /** The probability of each category the model knows (they add up to 1), {@link #NONE} included. */
    public Map<String, Double> scores(String text, String lang) {
        double[] p = categorizer.categorize(tokens(text, lang));
        Map<String, Double> scores = new HashMap<>();
        for (int i = 0; i < p.length; i++) {
            scores.put(categorizer.getCategory(i), p[i]);
        }
        return scores;
    }

    /** The words of a text as its language's analyzer (or the one for other languages) indexes them. */
    static String[] tokens(String text, String lang) {
        Analyzer analyzer = ANALYZERS.get(LanguageAnalyzers.fieldLanguage(lang));
        List<String> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && tokens.size() < MAX_TOKENS) {
                tokens.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return tokens.toArray(String[]::new);
    }
}
