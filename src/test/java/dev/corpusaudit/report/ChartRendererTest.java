package dev.corpusaudit.report;

import dev.corpusaudit.model.AuditSummary;
import dev.corpusaudit.report.ChartRenderer.NamedChart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.awt.Color;
import java.awt.geom.Area;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartRendererTest {

    private static final List<String> NAMES = List.of("findings-by-category", "severity-share", "findings-by-language",
            "findings-by-region", "findings-by-source", "findings-by-month", "records-by-language");
    private static final List<String> STACKED = List.of("findings-by-language", "findings-by-region",
            "findings-by-source", "findings-by-month");
    private static final List<String> FIXTURE_STACK = List.of("excluded.minor", "excluded.payment_card", "pii.email",
            "special.health");
    private static final List<String> CROWDED_STACK = List.of("pii.person", "special.health",
            "excluded.private_message", "pii.email", "excluded.minor", "excluded.payment_card", "other (3 categories)");
    private static final String OTHER = "other (3 categories)";

    @TempDir
    Path dir;

    @Test
    void writesEveryChartAsPngAndSvgUnderItsTitle() throws Exception {
        List<ChartFile> charts = new ChartRenderer().render(ReportFixtures.summary(), dir.resolve("charts"));

        assertEquals(NAMES, charts.stream().map(ChartFile::name).toList());
        assertEquals(List.of("Findings by category", "Findings by severity", "Findings by language",
                        "Findings by region", "Findings by source type", "Findings by month created",
                        "Records by language"),
                charts.stream().map(ChartFile::title).toList());
        for (ChartFile chart : charts) {
            assertEquals(dir.resolve("charts").resolve(chart.name() + ".png"), chart.png());
            assertEquals(dir.resolve("charts").resolve(chart.name() + ".svg"), chart.svg());
            assertPng(chart.png());
            Document svg = parse(chart.svg());
            assertEquals("svg", svg.getDocumentElement().getTagName());
            assertEquals(chart.name(), svg.getDocumentElement().getAttribute("id"));
            assertTrue(svg.getDocumentElement().getTextContent().contains(chart.title()), chart.name());
        }
        assertEquals("true", System.getProperty("java.awt.headless"));
    }

    /** Per chart: the dataset's series (rows), keys (columns) and values, row by row. */
    static Stream<Arguments> datasets() {
        Supplier<AuditSummary> fixture = ReportFixtures::summary;
        Supplier<AuditSummary> crowded = ReportFixtures::crowdedSummary;
        Supplier<AuditSummary> optOuts = ReportFixtures::summaryWithOptOuts;
        return Stream.of(
                Arguments.of(fixture, "findings-by-category", List.of("count"),
                        List.of("excluded.minor", "excluded.payment_card", "pii.email", "special.health"),
                        new long[][]{{1, 1, 1, 1}}),
                Arguments.of(fixture, "severity-share", List.of("count"), List.of("critical", "high", "medium", "low"),
                        new long[][]{{0, 3, 1, 0}}),
                // en has two findings; de and unknown one each, in label order
                Arguments.of(fixture, "findings-by-language", FIXTURE_STACK, List.of("en", "de", "unknown"),
                        new long[][]{{0, 0, 1}, {0, 1, 0}, {1, 0, 0}, {1, 0, 0}}),
                Arguments.of(fixture, "findings-by-region", FIXTURE_STACK, List.of("DE", "GB"),
                        new long[][]{{1, 0}, {1, 0}, {0, 1}, {0, 1}}),
                Arguments.of(fixture, "findings-by-source", FIXTURE_STACK, List.of("post", "profile"),
                        new long[][]{{1, 0}, {1, 0}, {0, 1}, {1, 0}}),
                Arguments.of(fixture, "findings-by-month", FIXTURE_STACK, List.of("2025-10"),
                        new long[][]{{1}, {1}, {1}, {1}}),
                Arguments.of(fixture, "records-by-language", List.of("count"), List.of("en", "de"),
                        new long[][]{{5, 3}}),
                // the three smallest categories fold into "other"; hostile region names become inert labels
                Arguments.of(crowded, "findings-by-region", CROWDED_STACK,
                        List.of("GB", "DE", ReportFixtures.HYPERLINK, "-1+2 bell", ReportFixtures.MARKUP),
                        new long[][]{{90, 0, 0, 0, 0}, {0, 80, 0, 0, 0}, {0, 0, 70, 0, 0}, {60, 0, 0, 0, 0},
                                {0, 0, 0, 50, 0}, {0, 0, 0, 0, 40}, {40, 20, 0, 0, 0}}),
                // "unknown" is left off the time axis; 2024-02 holds every other category
                Arguments.of(crowded, "findings-by-month", CROWDED_STACK, List.of("2024-01", "2024-02", "2024-03"),
                        new long[][]{{50, 0, 0}, {0, 0, 80}, {0, 70, 0}, {0, 60, 0}, {0, 50, 0}, {0, 40, 0},
                                {0, 60, 0}}),
                // 2025-12 had no opt-out but stays on the time axis
                Arguments.of(optOuts, "opt-out-effect",
                        List.of(OptOutChart.RECORDS, OptOutChart.MUST_NOT_HOLD, OptOutChart.CREATED_AFTER),
                        List.of("2025-11", "2025-12", "2026-01", "2026-02"),
                        new long[][]{{2, 0, 5, 3}, {2, 0, 5, 0}, {0, 0, 1, 0}}));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("datasets")
    void chartsHoldTheSummarysCounts(Supplier<AuditSummary> summary, String name, List<String> series,
                                     List<String> keys, long[][] values) {
        CategoryDataset dataset = chart(summary.get(), name).getCategoryPlot().getDataset();

        assertEquals(series, dataset.getRowKeys());
        assertEquals(keys, dataset.getColumnKeys());
        for (int row = 0; row < values.length; row++) {
            int r = row;
            long[] actual = IntStream.range(0, keys.size()).mapToLong(c -> dataset.getValue(r, c).longValue())
                    .toArray();
            assertArrayEquals(values[row], actual, series.get(row));
        }
    }

    @Test
    void stackedBarsCarryTheirTotals() {
        assertEquals(List.of("190", "100", "70", "50", "40"), totals(chart(ReportFixtures.crowdedSummary(),
                "findings-by-region")));
        assertEquals(List.of("50", "280", "80"), totals(chart(ReportFixtures.crowdedSummary(), "findings-by-month")));
    }

    @Test
    void barsCarryTheirCountsAndSeveritiesTheirShare() {
        JFreeChart severity = chart(ReportFixtures.summary(), "severity-share");
        CategoryDataset dataset = severity.getCategoryPlot().getDataset();
        BarRenderer renderer = (BarRenderer) severity.getCategoryPlot().getRenderer();

        assertTrue(renderer.getDefaultItemLabelsVisible());
        assertEquals(List.of("0 (0%)", "3 (75%)", "1 (25%)", "0 (0%)"), IntStream.range(0, 4)
                .mapToObj(c -> renderer.getDefaultItemLabelGenerator().generateLabel(dataset, 0, c)).toList());
    }

    @Test
    void findingsWithoutAMonthAreCountedInASubtitle() {
        assertEquals(List.of("40 findings in records without a created month are not shown"),
                subtitles(chart(ReportFixtures.crowdedSummary(), "findings-by-month")));
        assertEquals(List.of(), subtitles(chart(ReportFixtures.summary(), "findings-by-month")));
    }

    @Test
    void theOptOutChartNeedsTheOptOutRegister() {
        List<String> names = new ChartRenderer().charts(ReportFixtures.summaryWithOptOuts()).stream()
                .map(NamedChart::name).toList();
        List<String> withOptOuts = new ArrayList<>(NAMES);
        withOptOuts.add(NAMES.indexOf("records-by-language"), "opt-out-effect");

        assertEquals(withOptOuts, names);
        assertFalse(new ChartRenderer().charts(ReportFixtures.summary()).stream()
                .anyMatch(c -> c.name().equals("opt-out-effect")));
        assertEquals(List.of("Snapshot of 2026-02-01: records it must not hold, and records created after the opt-out "
                + "(collection went on)"), subtitles(chart(ReportFixtures.summaryWithOptOuts(), "opt-out-effect")));
    }

    @Test
    void everyStackedChartShowsTheSameSeriesEachWithItsOwnHatch() {
        for (String name : STACKED) {
            JFreeChart chart = chart(ReportFixtures.crowdedSummary(), name);
            StackedBarRenderer renderer = (StackedBarRenderer) chart.getCategoryPlot().getRenderer();
            HatchedBarPainter painter = (HatchedBarPainter) renderer.getBarPainter();

            Set<Hatch> categoryHatches = new HashSet<>();
            for (int row = 0; row < CROWDED_STACK.size(); row++) {
                String series = CROWDED_STACK.get(row);
                Color colour = (Color) renderer.getSeriesPaint(row);
                if (series.equals(OTHER)) {
                    // told apart from the categories by lightness, not by hatch
                    assertEquals(ChartPalette.OTHER, colour);
                } else {
                    assertEquals(ChartPalette.forCategory(series), colour, name + " " + series);
                    assertTrue(categoryHatches.add(painter.hatch(row)), name + ": " + series + " shares a hatch");
                }
                // Area.equals(Area) compares geometry; assertEquals would call equals(Object), which is identity
                assertTrue(new Area(painter.hatch(row).legendShape()).equals(new Area(renderer.getLegendShape(row))),
                        name + ": the legend shows " + series + "'s hatch");
            }
            assertEquals(CROWDED_STACK.size() - 1, categoryHatches.size());
        }
    }

    @Test
    void anEmptySummarySaysSoInEveryChart() throws IOException {
        AuditSummary empty = ReportFixtures.emptySummary();
        for (NamedChart chart : new ChartRenderer().charts(empty)) {
            CategoryPlot plot = chart.chart().getCategoryPlot();
            assertEquals(0, plot.getDataset().getColumnCount(), chart.name());
            assertEquals(chart.name().equals("records-by-language") ? "No records" : "No findings",
                    plot.getNoDataMessage(), chart.name());
        }
        for (ChartFile chart : new ChartRenderer().render(empty, dir)) {
            assertPng(chart.png());
        }
    }

    @Test
    void hostileKeysStayTextInTheSvg() throws Exception {
        ChartFile region = new ChartRenderer().render(ReportFixtures.crowdedSummary(), dir).stream()
                .filter(c -> c.name().equals("findings-by-region")).findFirst().orElseThrow();
        Document svg = parse(region.svg());

        assertEquals(0, svg.getElementsByTagName("script").getLength());
        assertTrue(svg.getDocumentElement().getTextContent().contains(ReportFixtures.MARKUP));
    }

    @Test
    void sameSummaryGivesTheSameBytesWhateverTheMachinesLocale() throws IOException {
        List<ChartFile> first = new ChartRenderer().render(ReportFixtures.summaryWithOptOuts(), dir.resolve("a"));
        Locale before = Locale.getDefault();
        List<ChartFile> second;
        try {
            Locale.setDefault(Locale.GERMANY);
            second = new ChartRenderer().render(ReportFixtures.summaryWithOptOuts(), dir.resolve("b"));
        } finally {
            Locale.setDefault(before);
        }

        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(Files.readAllBytes(first.get(i).png()), Files.readAllBytes(second.get(i).png()));
            assertArrayEquals(Files.readAllBytes(first.get(i).svg()), Files.readAllBytes(second.get(i).svg()),
                    first.get(i).name());
        }
    }

    private static JFreeChart chart(AuditSummary summary, String name) {
        return new ChartRenderer().charts(summary).stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow().chart();
    }

    private static List<String> totals(JFreeChart chart) {
        List<String> totals = new ArrayList<>();
        for (Object annotation : chart.getCategoryPlot().getAnnotations()) {
            totals.add(((CategoryTextAnnotation) annotation).getText().strip());
        }
        return totals;
    }

    private static List<String> subtitles(JFreeChart chart) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle text) {
                texts.add(text.getText());
            }
        }
        return texts;
    }

    private static Document parse(Path svg) throws ParserConfigurationException, IOException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(svg.toFile());
    }

    private static void assertPng(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, png + " is not an image ImageIO can read");
        assertEquals(ChartRenderer.WIDTH, image.getWidth());
        assertEquals(ChartRenderer.HEIGHT, image.getHeight());
    }
}
