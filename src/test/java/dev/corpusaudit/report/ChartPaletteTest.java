package dev.corpusaudit.report;

import dev.corpusaudit.model.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;

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

    @Test
    void severitiesDarkenInStepsGreyscaleKeeps() {
        List<String> severities = ChartPalette.SEVERITIES;
        for (int i = 1; i < severities.size(); i++) {
            double lighter = lightness(ChartPalette.forSeverity(severities.get(i - 1)));
            double darker = lightness(ChartPalette.forSeverity(severities.get(i)));
            assertTrue(lighter - darker >= 20, severities.get(i) + " L* " + darker + " after " + lighter);
        }
    }

    @Test
    void unknownSeveritiesGetTheNeutralColour() {
        assertEquals(ChartPalette.NEUTRAL, ChartPalette.forSeverity("severe"));
    }

    @ParameterizedTest
    @EnumSource(Category.class)
    void otherIsFarLighterThanEveryCategory(Category category) {
        double gap = lightness(ChartPalette.OTHER) - lightness(ChartPalette.forCategory(category.id()));
        assertTrue(gap >= 25, category.id() + " L* gap " + gap);
    }

    /** CIE L*, 0 (black) to 100 (white): how light a colour prints in greyscale. */
    private static double lightness(Color c) {
        double y = luminance(c);
        return y > 216.0 / 24389 ? 116 * Math.cbrt(y) - 16 : y * 24389 / 27;
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
