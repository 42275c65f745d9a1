package dev.corpusaudit.nlp;

import dev.corpusaudit.index.LanguageAnalyzers;
import dev.corpusaudit.model.ConfigException;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A document categorizer: an OpenNLP DocumentCategorizer (trained by {@code corpus-audit train}) that gives a text a
 * probability per label, a category id or {@link #NONE}. The policy's special-category categorizer is a signal for
 * the decide stage, never a finding by itself; a rule of the {@code categorizer} detector reports what its model is
 * sure of (the private-message one). Its features are the words of the record's language analyzer (the tokens the
 * index holds: lower case, light stemming), so it needs no OpenNLP tokenizer. Not thread-safe (the OpenNLP
 * categorizer is not): one per thread, over one shared model.
 */
public final class DocumentCategorizer {
    /** The label of text of none of the model's categories. */
    public static final String NONE = "none";
    /** At most this many words of a text are read: the beginning of a long text says what it is about. */
    static final int MAX_TOKENS = 1000;

    private final DocumentCategorizerME categorizer;

    public DocumentCategorizer(DoccatModel model) {
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
        return scores(tokens(text, lang));
    }

    /** The same for a text's words ({@link #tokens}), so that several models can read one analysis of it. */
    public Map<String, Double> scores(String[] words) {
        double[] p = categorizer.categorize(words);
        Map<String, Double> scores = new HashMap<>();
        for (int i = 0; i < p.length; i++) {
            scores.put(categorizer.getCategory(i), p[i]);
        }
        return scores;
    }

    /** The words of a text as its language's analyzer (or the one for other languages) indexes them. */
    public static String[] tokens(String text, String lang) {
        return LanguageAnalyzers.words(lang, text, MAX_TOKENS).toArray(String[]::new);
    }
}
