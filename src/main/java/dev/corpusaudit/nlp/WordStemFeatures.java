package dev.corpusaudit.nlp;

import opennlp.tools.doccat.FeatureGenerator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A feature per word's first {@value #LENGTH} letters ({@code stem=diagn}), so that the categorizer, trained on
 * a few hundred texts per language, sees "diagnosis", "Diagnose" and "diagnostiqué" as one word where the analyzer's
 * light stemming keeps them apart. Shorter words add nothing (the bag of words has them). Named in the model, so it
 * needs its no-argument constructor.
 */
public final class WordStemFeatures implements FeatureGenerator {
    static final int LENGTH = 5;

    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>();
        for (String word : text) {
            if (word.length() > LENGTH) {
                features.add("stem=" + word.substring(0, LENGTH));
            }
        }
        return features;
    }
}
