package dev.corpusaudit.report;

import dev.corpusaudit.model.AuditSummary;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import org.jfree.svg.SVGGraphics2D;

import java.awt.Color;
import java.awt.Rectangle;
import java.nio.charset.StandardCharsets;
import java.awt.Font;
import java.awt.Paint;
import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Draws the report's charts from an {@link AuditSummary} and writes them as PNG files of a fixed size.
 *
 * <p>Charts are dark bars on white with the count printed on every bar, so they read the same in greyscale. Fonts,
 * number formats and sizes are fixed rather than taken from the machine, so the same summary gives the same image.
 */
public final class ChartRenderer {

    /** Width of every chart, in pixels. */
    public static final int WIDTH = 900;
    /** Height of every chart, in pixels. */
    public static final int HEIGHT = 500;

    private static final String FONT = Font.SANS_SERIF;
    // Locale.ROOT: a report must not change its digits with the auditor's machine settings
    private static final Locale NUMBERS = Locale.ROOT;
    private static final String SERIES = "count";

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

    /** The report's charts, in the order a report shows them. */
    public List<NamedChart> charts(AuditSummary summary) {
        Map<String, Long> findingsByCategory = new LinkedHashMap<>();
        summary.categories().forEach((id, count) -> findingsByCategory.put(id, count.findings()));

        List<NamedChart> charts = new ArrayList<>();
        charts.add(new NamedChart("findings-by-category", barChart(
                "Findings by category", "Category", "Findings", findingsByCategory,
                PlotOrientation.HORIZONTAL, ChartPalette::forCategory, "No findings")));
        charts.add(new NamedChart("records-by-language", barChart(
                "Records by language", "Language", "Records", summary.languages(),
                PlotOrientation.VERTICAL, language -> ChartPalette.NEUTRAL, "No records")));
        return List.copyOf(charts);
    }

    /**
     * Writes every chart as {@code NAME.png} and {@code NAME.svg} into {@code chartsDir}, creating it if needed.
     *
     * @return the charts written, in the order a report shows them
     */
    public List<ChartFile> render(AuditSummary summary, Path chartsDir) throws IOException {
        List<ChartFile> files = new ArrayList<>();
        for (NamedChart chart : charts(summary)) {
            files.add(write(chartsDir, chart.name(), chart.chart()));
        }
        return List.copyOf(files);
    }

    private static ChartFile write(Path chartsDir, String name, JFreeChart chart) throws IOException {
        Path png = chartsDir.resolve(name + ".png");
        AtomicFile.write(png, out -> ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT));
        Path svg = chartsDir.resolve(name + ".svg");
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        String document = g.getSVGDocument();
        AtomicFile.write(svg, out -> out.write(document.getBytes(StandardCharsets.UTF_8)));
        return new ChartFile(name, chart.getTitle().getText(), png, svg);
    }

    private static JFreeChart barChart(String title, String keyLabel, String valueLabel,
                                       Map<String, ? extends Number> counts, PlotOrientation orientation,
                                       Function<String, Color> colourOf, String noDataMessage) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<Paint> colours = new ArrayList<>();
        counts.forEach((key, count) -> {
            dataset.addValue(count, SERIES, key);
            colours.add(colourOf.apply(key));
        });

        JFreeChart chart = ChartFactory.createBarChart(title, keyLabel, valueLabel, dataset, orientation,
                false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(FONT, Font.BOLD, 18));

        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setNoDataMessage(noDataMessage);
        plot.setNoDataMessageFont(new Font(FONT, Font.PLAIN, 16));
        plot.setNoDataMessagePaint(Color.BLACK);
        if (orientation == PlotOrientation.HORIZONTAL) {
            plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT); // counts below the bars, where readers look
        }

        CategoryAxis keys = plot.getDomainAxis();
        keys.setLabelFont(new Font(FONT, Font.BOLD, 13));
        keys.setTickLabelFont(new Font(FONT, Font.PLAIN, 11));
        keys.setTickLabelPaint(Color.BLACK);

        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(NUMBERS));
        values.setLabelFont(new Font(FONT, Font.BOLD, 13));
        values.setTickLabelFont(new Font(FONT, Font.PLAIN, 11));
        values.setTickLabelPaint(Color.BLACK);
        values.setUpperMargin(0.12); // room for the count printed past the longest bar

        plot.setRenderer(barRenderer(colours, orientation));
        return chart;
    }

    private static BarRenderer barRenderer(List<Paint> colours, PlotOrientation orientation) {
        BarRenderer renderer = new PerBarRenderer(colours);
        // flat bars: gradients and shadows turn into noise in greyscale print
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.08);
        renderer.setDefaultItemLabelGenerator(
                new StandardCategoryItemLabelGenerator("{2}", NumberFormat.getIntegerInstance(NUMBERS)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(FONT, Font.PLAIN, 11));
        renderer.setDefaultItemLabelPaint(Color.BLACK);
        renderer.setDefaultPositiveItemLabelPosition(orientation == PlotOrientation.HORIZONTAL
                ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        return renderer;
    }

    /** Paints each bar in its own colour; the stock renderer gives one colour to a whole series. */
    private static final class PerBarRenderer extends BarRenderer {
        private final List<Paint> colours;

        PerBarRenderer(List<Paint> colours) {
            this.colours = List.copyOf(colours);
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return colours.get(column);
        }
    }
}
