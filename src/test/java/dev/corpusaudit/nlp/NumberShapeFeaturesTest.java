package dev.corpusaudit.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Numbers become their shapes, once a text; words without a digit give nothing. */
class NumberShapeFeaturesTest {

    @Test
    void everyDigitBecomesZeroAndEachShapeCountsOnce() {
        String[] words = {"i'm", "on", "52,100", "up", "from", "44k", "in", "2024", "and", "61,300", "1.4k", "€"};
        assertEquals(List.of("shape=00,000", "shape=00k", "shape=0000", "shape=0.0k"),
                List.copyOf(new NumberShapeFeatures().extractFeatures(words, Map.of())));
    }

    @Test
    void aTextWithoutDigitsHasNoShape() {
        assertEquals(List.of(), List.copyOf(new NumberShapeFeatures().extractFeatures(
                new String[]{"sixty", "two", "thousand", "a", "year", "٣٤"}, Map.of())));
    }
}
