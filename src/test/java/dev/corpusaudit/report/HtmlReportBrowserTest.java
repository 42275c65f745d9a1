package dev.corpusaudit.report;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Renders a report in headless Chromium through {@code tools/html-screenshot.sh}; skipped where Chromium is not
 * installed ({@code apt-get install chromium}).
 */
@Tag("browser")
class HtmlReportBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    @Test
    void chromiumRendersTheReport() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed");
        List<ChartFile> charts = new ChartRenderer().render(ReportFixtures.summary(), dir.resolve("charts"));
        new HtmlReport().write(dir.resolve(HtmlReport.FILE), ReportFixtures.content(ReportFixtures.summary()), charts,
                FindingSample.of(ReportFixtures.hostileFindings(), 20, 5));
        Path png = dir.resolve("report.png");

        Process shot = new ProcessBuilder("tools/html-screenshot.sh", dir.toString(), png.toString(), "1280,3000")
                .redirectErrorStream(true).start();
        assertTrue(shot.waitFor(120, TimeUnit.SECONDS), "Chromium did not finish");
        String output = new String(shot.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, shot.exitValue(), output);

        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        assertEquals(3000, image.getHeight());
        assertTrue(darkPixels(image) > 10_000, "the screenshot is nearly blank");
    }

    private static long darkPixels(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 384) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
