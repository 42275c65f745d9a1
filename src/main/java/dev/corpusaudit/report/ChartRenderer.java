package dev.corpusaudit.report;

import dev.corpusaudit.model.AuditSummary;
import dev.corpusaudit.model.ProvenanceSummary;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;
import org.jfree.svg.ViewBox;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the report's charts from an {@link AuditSummary} and writes each as PNG and SVG of a fixed size.
 *
 * <p>{@link #charts} is the one source: the PDF report draws those charts as vectors, the workbook embeds the PNGs,
 * the HTML report inlines the SVGs. Every chart has a title, axis labels and counts printed on its bars, and reads in
 * greyscale: single bars are labelled by their axis, stacked series differ by {@link Hatch} as well as colour, and a
 * category has its {@link ChartPalette} colour in every chart. The same summary gives the same bytes.
 */
public final class ChartRenderer {

    /** Width of every chart, in pixels. */
    public static final int WIDTH = 900;
    /** Height of every chart, in pixels. */
    public static final int HEIGHT = 500;

    static {
        // Reports are made on servers and in CI without a display; respect an explicit choice if there is one.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /**
     * A chart of the report, before it is drawn: the PDF report draws {@link #chart} itself, as vectors.
     *
     * @param name file stem, stable across runs
     */
    public record NamedChart(String name, JFreeChart chart) {
        public String title() {
            return chart.getTitle().getText();
        }
    }

    /**
     * The report's charts, in the order a report shows them: findings by category, by severity, by language, region,
     * source type and month created; the opt-out effect when the opt-out register was given; records by language.
     */
    public List<NamedChart> charts(AuditSummary summary) {
        Map<String, Long> byCategory = new LinkedHashMap<>();
        summary.categories().forEach((id, count) -> byCategory.put(id, count.findings()));
        AuditSummary.Breakdowns breakdowns = summary.findingsByCategory();
        StackedFindingsChart.Stack stack = StackedFindingsChart.Stack.of(summary.categories());

        List<NamedChart> charts = new ArrayList<>();
        charts.add(new NamedChart("findings-by-category", KeyBarChart.create("Findings by category", "Category",
                "Findings", byCategory, PlotOrientation.HORIZONTAL, ChartPalette::forCategory, false, "No findings")));
        charts.add(new NamedChart("severity-share", KeyBarChart.create("Findings by severity", "Severity",
                "Findings", bySeverity(summary), PlotOrientation.VERTICAL, ChartPalette::forSeverity, true,
                "No findings")));
        charts.add(new NamedChart("findings-by-language", StackedFindingsChart.byKey("Findings by language",
                "Language", breakdowns.language(), stack)));
        charts.add(new NamedChart("findings-by-region", StackedFindingsChart.byKey("Findings by region",
                "Region", breakdowns.region(), stack)));
        charts.add(new NamedChart("findings-by-source", StackedFindingsChart.byKey("Findings by source type",
                "Source type", breakdowns.source(), stack)));
        charts.add(new NamedChart("findings-by-month", StackedFindingsChart.byMonth(breakdowns.month(), stack)));
        ProvenanceSummary provenance = summary.provenance();
        if (provenance != null && provenance.optOuts() != null) {
            charts.add(new NamedChart("opt-out-effect",
                    OptOutChart.create(provenance.optOuts(), provenance.snapshotDate())));
        }
        charts.add(new NamedChart("records-by-language", KeyBarChart.create("Records by language", "Language",
                "Records", ChartKeys.sum(summary.languages()), PlotOrientation.VERTICAL,
                language -> ChartPalette.NEUTRAL, false, "No records")));
        return List.copyOf(charts);
    }

    /**
     * Writes every chart as {@code NAME.png} and {@code NAME.svg} into {@code chartsDir}, creating it if needed.
     *
     * @return the charts written, in the order a report shows them
     */
    public List<ChartFile> render(AuditSummary summary, Path chartsDir) throws IOException {
        return write(charts(summary), chartsDir);
    }

    /** Writes charts made by {@link #charts} as {@code NAME.png} and {@code NAME.svg} into {@code chartsDir}. */
    public List<ChartFile> write(List<NamedChart> charts, Path chartsDir) throws IOException {
        List<ChartFile> files = new ArrayList<>();
        for (NamedChart chart : charts) {
            files.add(write(chartsDir, chart.name(), chart.chart()));
        }
        return List.copyOf(files);
    }

    /** Findings per severity, most severe first; none when there are no findings, so the chart says so. */
    private static Map<String, Long> bySeverity(AuditSummary summary) {
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        if (summary.findings() == 0) {
            return bySeverity;
        }
        Map<String, Long> counts = new LinkedHashMap<>(summary.findingsBySeverity());
        for (int i = ChartPalette.SEVERITIES.size() - 1; i >= 0; i--) {
            String severity = ChartPalette.SEVERITIES.get(i);
            bySeverity.put(severity, counts.getOrDefault(severity, 0L));
            counts.remove(severity);
        }
        bySeverity.putAll(counts); // a severity the palette does not know, after the known ones
        return bySeverity;
    }

    private static ChartFile write(Path chartsDir, String name, JFreeChart chart) throws IOException {
        Path png = chartsDir.resolve(name + ".png");
        AtomicFile.write(png, out -> ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT));
        Path svg = chartsDir.resolve(name + ".svg");
        AtomicFile.write(svg, out -> out.write(svg(name, chart).getBytes(StandardCharsets.UTF_8)));
        return new ChartFile(name, chart.getTitle().getText(), png, svg);
    }

    /**
     * The chart as one {@code <svg>} element, no prolog, so the HTML report can inline it as it is. Its ids start with
     * the chart's name: unique within a report, and the same on every run (the library's default prefix is a clock
     * value).
     */
    static String svg(String name, JFreeChart chart) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setDefsKeyPrefix(name + "-");
        // two decimals are a hundredth of a pixel: full doubles only make the hatched charts several times larger
        g.setGeomDoubleConverter(SVGUtils.createDoubleConverter(2));
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGElement(name, true, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    }
}
