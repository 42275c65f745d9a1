package dev.corpusaudit.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The look every report chart shares: white background, black text in fixed fonts and sizes, integer axes, counts
 * written with {@link Locale#ROOT} digits, and a message in place of an empty chart. Fixed rather than taken from the
 * machine, so the same summary gives the same image.
 */
final class ChartStyle {
    static final String FONT = Font.SANS_SERIF;
    static final Font TITLE = new Font(FONT, Font.BOLD, 18);
    static final Font SUBTITLE = new Font(FONT, Font.PLAIN, 12);
    static final Font AXIS_LABEL = new Font(FONT, Font.BOLD, 13);
    static final Font TICK = new Font(FONT, Font.PLAIN, 11);
    static final Font COUNT = new Font(FONT, Font.PLAIN, 11);
    // Locale.ROOT: a report must not change its digits with the auditor's machine settings
    static final Locale NUMBERS = Locale.ROOT;
    /** Longest key printed on an axis or in a legend, so that a long key from the corpus cannot squash the plot. */
    static final int MAX_LABEL_CHARS = 28;

    private ChartStyle() {
    }

    /** A count as the reports print it: {@code 1,234}. */
    static String count(long value) {
        return integers().format(value);
    }

    static NumberFormat integers() {
        return NumberFormat.getIntegerInstance(NUMBERS);
    }

    /**
     * A key from the corpus (a region, a source type) as a chart may print it: characters XML cannot carry and line
     * breaks dropped, cut to {@link #MAX_LABEL_CHARS}.
     */
    static String label(String key) {
        String clean = SafeCell.clean(key).replaceAll("\\s+", " ").strip();
        if (clean.isEmpty()) {
            return "(blank)";
        }
        return clean.length() <= MAX_LABEL_CHARS ? clean
                : clean.substring(0, MAX_LABEL_CHARS - 1).strip() + SafeCell.CUT_MARK;
    }

    /** Applies the shared look to a category chart made by {@code ChartFactory}. */
    static JFreeChart apply(JFreeChart chart, String noDataMessage) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(TITLE);
        chart.getTitle().setPaint(Color.BLACK);

        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setNoDataMessage(noDataMessage);
        plot.setNoDataMessageFont(new Font(FONT, Font.PLAIN, 16));
        plot.setNoDataMessagePaint(Color.BLACK);
        if (plot.getOrientation() == PlotOrientation.HORIZONTAL) {
            plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT); // counts below the bars, where readers look
        }

        CategoryAxis keys = plot.getDomainAxis();
        keys.setLabelFont(AXIS_LABEL);
        keys.setTickLabelFont(TICK);
        keys.setTickLabelPaint(Color.BLACK);
        keys.setMaximumCategoryLabelLines(2);

        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(NUMBERS));
        values.setLabelFont(AXIS_LABEL);
        values.setTickLabelFont(TICK);
        values.setTickLabelPaint(Color.BLACK);
        values.setUpperMargin(0.14); // room for the count printed past the longest bar

        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(TICK);
            legend.setItemPaint(Color.BLACK);
            legend.setPosition(RectangleEdge.RIGHT);
        }
        return chart;
    }

    /** Adds a line of explanation under the title. */
    static void subtitle(JFreeChart chart, String text) {
        TextTitle subtitle = new TextTitle(text, SUBTITLE);
        subtitle.setPaint(Color.BLACK);
        chart.addSubtitle(subtitle);
    }

    /** Prints each bar's value past its end, with the given label format ({@code {2}}: the value). */
    static void countsOnBars(BarRenderer renderer, CategoryItemLabelGenerator labels,
                             PlotOrientation orientation) {
        renderer.setDefaultItemLabelGenerator(labels);
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setItemLabelAnchorOffset(4);
        renderer.setDefaultItemLabelFont(COUNT);
        renderer.setDefaultItemLabelPaint(Color.BLACK);
        renderer.setDefaultPositiveItemLabelPosition(orientation == PlotOrientation.HORIZONTAL
                ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    }

    /**
     * Prints each stacked bar's total past its end. The renderer cannot (it labels segments), so the totals are
     * annotations; upright along a crowded horizontal axis, where they would not fit side by side.
     */
    static void totalsOnStacks(CategoryPlot plot, boolean upright) {
        CategoryDataset dataset = plot.getDataset();
        boolean horizontal = plot.getOrientation() == PlotOrientation.HORIZONTAL;
        for (int column = 0; column < dataset.getColumnCount(); column++) {
            long total = 0;
            for (int row = 0; row < dataset.getRowCount(); row++) {
                Number value = dataset.getValue(row, column);
                total += value == null ? 0 : value.longValue();
            }
            // the leading space keeps the text off the bar's end: the annotation has no offset of its own
            CategoryTextAnnotation annotation = new CategoryTextAnnotation(" " + count(total),
                    dataset.getColumnKey(column), total);
            annotation.setFont(COUNT);
            annotation.setPaint(Color.BLACK);
            if (horizontal) {
                annotation.setTextAnchor(TextAnchor.CENTER_LEFT);
            } else if (upright) {
                annotation.setTextAnchor(TextAnchor.CENTER_LEFT);
                annotation.setRotationAnchor(TextAnchor.CENTER_LEFT);
                annotation.setRotationAngle(-Math.PI / 2);
            } else {
                annotation.setTextAnchor(TextAnchor.BOTTOM_CENTER);
            }
            plot.addAnnotation(annotation);
        }
    }
}
