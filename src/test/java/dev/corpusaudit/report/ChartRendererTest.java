package dev.corpusaudit.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class ChartRendererTest {

    @TempDir
    Path dir;

    @Test
    void writesBothChartsAsPngsOfTheFixedSize() throws IOException {
        List<ChartFile> charts = new ChartRenderer().render(ReportFixtures.summary(), dir.resolve("charts"));

        assertEquals(List.of("findings-by-category", "records-by-language"),
                charts.stream().map(ChartFile::name).toList());
        assertEquals(List.of("Findings by category", "Records by language"),
                charts.stream().map(ChartFile::title).toList());
        for (ChartFile chart : charts) {
            assertEquals(dir.resolve("charts").resolve(chart.name() + ".png"), chart.png());
            assertPng(chart.png());
        }
        assertEquals("true", System.getProperty("java.awt.headless"));
    }

    @Test
    void rendersAnEmptySummary() throws IOException {
        List<ChartFile> charts = new ChartRenderer().render(ReportFixtures.emptySummary(), dir);

        assertEquals(2, charts.size());
        for (ChartFile chart : charts) {
            assertPng(chart.png());
        }
    }

    @Test
    void sameSummaryGivesTheSameBytes() throws IOException {
        List<ChartFile> first = new ChartRenderer().render(ReportFixtures.summary(), dir.resolve("a"));
        List<ChartFile> second = new ChartRenderer().render(ReportFixtures.summary(), dir.resolve("b"));

        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(Files.readAllBytes(first.get(i).png()), Files.readAllBytes(second.get(i).png()));
        }
    }

    private static void assertPng(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, png + " is not an image ImageIO can read");
        assertEquals(ChartRenderer.WIDTH, image.getWidth());
        assertEquals(ChartRenderer.HEIGHT, image.getHeight());
    }
}
