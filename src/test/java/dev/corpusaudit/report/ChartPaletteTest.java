package dev.corpusaudit.report;

import dev.corpusaudit.model.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.awt.Color;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartPaletteTest {

    @ParameterizedTest
    @EnumSource(Category.class)
    void everyCategoryIsDarkOnWhite(Category category) {
        Color colour = ChartPalette.forCategory(category.id());
        double contrast = 1.05 / (luminance(colour) + 0.05);
        assertTrue(contrast >= 4.5, category.id() + " contrast " + contrast);
    }

    @Test
    void everyCategoryHasItsOwnColour() {
        long distinct = Arrays.stream(Category.values()).map(c -> ChartPalette.forCategory(c.id())).distinct().count();
        assertEquals(Category.values().length, distinct);
    }

    @Test
    void unknownIdsGetTheNeutralColour() {
        assertEquals(ChartPalette.NEUTRAL, ChartPalette.forCategory("no.such.category"));
    }

    // WCAG relative luminance
    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
