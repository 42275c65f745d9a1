package dev.corpusaudit.nlp;

import dev.corpusaudit.index.LanguageAnalyzers;
import dev.corpusaudit.model.ConfigException;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.FeatureGenerator;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A document categorizer: an OpenNLP DocumentCategorizer (trained by {@code corpus-audit train}) that gives a text a
 * probability per label, a category id or {@link #NONE}. The policy's special-category categorizer is a signal for
 * the decide stage, never a finding by itself; a rule of the {@code categorizer} detector reports what its models
 * are sure of (the private-message and job-application ones). Its features are the words of the record's language
 * analyzer (the tokens the index holds: lower case, light stemming), so it needs no OpenNLP tokenizer. Thread-safe:
 * it keeps only the model, whose feature generators keep no state and whose evaluation makes its arrays per call
 * (OpenNLP's own categorizer, not used here, is not).
 */
public final class DocumentCategorizer {
    /** The label of text of none of the model's categories. */
    public static final String NONE = "none";
    /** At most this many words of a text are read: the beginning of a long text says what it is about. */
    static final int MAX_TOKENS = 1000;

    private static final String[] PROBE = {"w1", "w2", "w3", "w4"};

    private final DoccatModel model;
    private final String featureKind;
    /** The model's weights in a flat table, when it is a quasi-Newton maxent model ({@link MaxentTable}). */
    private final MaxentTable table;

    public DocumentCategorizer(DoccatModel model) {
        this.model = model;
        this.featureKind = String.join(" ", features(PROBE));
        this.table = MaxentTable.of(model.getMaxentModel());
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
        return scoresOfFeatures(features(tokens(text, lang)));
    }

    /**
     * What the model reads in a text's words ({@link #tokens}): the features its factory's generators make of them
     * (for a model of {@code corpus-audit train}: the words, word pairs and stems), as OpenNLP's categorizer makes
     * them. Several models that make the same features ({@link #featureKind}) can read one analysis of a text.
     */
    public String[] features(String[] words) {
        List<String> features = new ArrayList<>();
        for (FeatureGenerator generator : model.getFactory().getFeatureGenerators()) {
            features.addAll(generator.extractFeatures(words, Map.of()));
        }
        return features.toArray(String[]::new);
    }

    /**
     * Equal for two models that make the same features of the same words (the features of four probe words), so that
     * they can read one text's features ({@link #features}) in turn.
     */
    public String featureKind() {
        return featureKind;
    }

    /** The probability of each category for a text's features ({@link #features}). */
    public Map<String, Double> scoresOfFeatures(String[] features) {
        double[] p = table != null ? table.eval(features) : model.getMaxentModel().eval(features);
        Map<String, Double> scores = new HashMap<>();
        for (int i = 0; i < p.length; i++) {
            scores.put(model.getMaxentModel().getOutcome(i), p[i]);
        }
        return scores;
    }

    /** The words of a text as its language's analyzer (or the one for other languages) indexes them. */
    public static String[] tokens(String text, String lang) {
        return LanguageAnalyzers.words(lang, text, MAX_TOKENS).toArray(String[]::new);
    }
}
