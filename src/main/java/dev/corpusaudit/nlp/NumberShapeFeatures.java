package dev.corpusaudit.nlp;

import opennlp.tools.doccat.FeatureGenerator;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A feature per word with a digit, its shape: every digit a {@code 0} ({@code shape=00,000}, {@code shape=00k},
 * {@code shape=0.0k}, {@code shape=00.00}). Every amount of pay is a word no training text had; its shape is one
 * the model has seen, and tells a salary from a year ({@code shape=0000}) or a day of the month. Each shape counts
 * once a text: a table of figures (sports statistics) is not pay a hundred times over. Named in the model, so it
 * needs its no-argument constructor; {@code corpus-audit train --number-shapes} adds it.
 */
public final class NumberShapeFeatures implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        Set<String> features = new LinkedHashSet<>();
        for (String word : text) {
            String shape = shape(word);
            if (shape != null) {
                features.add("shape=" + shape);
            }
        }
        return features;
    }

    /** The word with its ASCII digits made 0, or null when it has none. */
    static String shape(String word) {
        char[] chars = word.toCharArray();
        boolean digit = false;
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= '0' && chars[i] <= '9') {
                chars[i] = '0';
                digit = true;
            }
        }
        return digit ? new String(chars) : null;
    }
}
