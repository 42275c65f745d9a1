package dev.corpusaudit.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HatchTest {

    private static final Rectangle2D.Double SQUARE = new Rectangle2D.Double(0, 0, 60, 60);

    /** The share of a 60 x 60 square each hatch leaves filled: the colour still dominates. */
    @ParameterizedTest
    @CsvSource({
            "SOLID, 1.000",
            "DIAGONAL_UP, 0.667",
            "HORIZONTAL, 0.667",
            "DOTS, 0.889",
            "DIAGONAL_DOWN, 0.667",
            "VERTICAL, 0.667",
            "GRID, 0.444",
    })
    void leavesMostOfTheShapeFilled(Hatch hatch, double filled) {
        assertEquals(filled, share(raster(hatch.cut(SQUARE))), 0.02);
    }

    @Test
    void everyHatchLooksDifferent() {
        Set<String> rasters = new HashSet<>();
        for (Hatch hatch : Hatch.values()) {
            rasters.add(Arrays.toString(raster(hatch.cut(SQUARE))));
        }
        assertEquals(Hatch.values().length, rasters.size());
    }

    @ParameterizedTest
    @CsvSource({"SOLID", "DIAGONAL_UP", "HORIZONTAL", "DOTS", "DIAGONAL_DOWN", "VERTICAL", "GRID"})
    void gapsRunOnAcrossNeighbouringBars(Hatch hatch) {
        int[] whole = raster(hatch.cut(SQUARE));
        int[] halves = raster(hatch.cut(new Rectangle2D.Double(0, 0, 60, 23)),
                hatch.cut(new Rectangle2D.Double(0, 23, 60, 37)));
        // pixels on a band's very edge may round either way; a grid that does not run on differs in a third of them
        long differing = IntStream.range(0, whole.length).filter(i -> whole[i] != halves[i]).count();
        assertTrue(differing <= whole.length / 100, differing + " pixels differ");
    }

    private static int[] raster(Shape... shapes) {
        BufferedImage image = new BufferedImage(60, 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 60, 60);
        g.setColor(Color.BLACK);
        for (Shape shape : shapes) {
            g.fill(shape);
        }
        g.dispose();
        return image.getRGB(0, 0, 60, 60, null, 0, 60);
    }

    private static double share(int[] pixels) {
        return Arrays.stream(pixels).filter(p -> (p & 0xFFFFFF) == 0).count() / (double) pixels.length;
    }
}
