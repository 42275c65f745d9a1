package dev.corpusaudit.report;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One bar per key, each in its own colour, with its count (and, if asked, its share of all) printed past its end. */
final class KeyBarChart {
    /** The only series: key bar charts have one value per key. */
    static final String SERIES = "count";

    private KeyBarChart() {
    }

    /**
     * @param counts    the bars, in the order to draw them (top to bottom, or left to right)
     * @param colourOf  the colour of a key's bar
     * @param withShare also print each bar's share of the total: {@code 1,234 (56%)}
     */
    static JFreeChart create(String title, String keyLabel, String valueLabel, Map<String, Long> counts,
                             PlotOrientation orientation, Function<String, Color> colourOf, boolean withShare,
                             String noDataMessage) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<Paint> colours = new ArrayList<>();
        counts.forEach((key, count) -> {
            dataset.addValue(count, SERIES, key);
            colours.add(colourOf.apply(key));
        });

        JFreeChart chart = ChartStyle.apply(ChartFactory.createBarChart(title, keyLabel, valueLabel, dataset,
                orientation, false, false, false), noDataMessage);
        BarRenderer renderer = new PerBarRenderer(colours);
        renderer.setBarPainter(new HatchedBarPainter(List.of(Hatch.SOLID), Color.DARK_GRAY));
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.08);
        ChartStyle.countsOnBars(renderer, withShare ? new WithShare(counts.values())
                : new StandardCategoryItemLabelGenerator("{2}", ChartStyle.integers()), orientation);
        chart.getCategoryPlot().setRenderer(renderer);
        return chart;
    }

    /**
     * Labels a bar {@code 1,234 (56%)}: its count and its share of all bars. The stock {@code {3}} is the share of
     * the column, which for one series is always 100%.
     */
    private static final class WithShare extends StandardCategoryItemLabelGenerator {
        private final long total;
        private final NumberFormat shares = NumberFormat.getPercentInstance(ChartStyle.NUMBERS);

        WithShare(Collection<Long> counts) {
            this.total = counts.stream().mapToLong(Long::longValue).sum();
            shares.setMaximumFractionDigits(1);
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            long count = dataset.getValue(row, column).longValue();
            return ChartStyle.count(count) + " (" + shares.format(total == 0 ? 0.0 : (double) count / total) + ")";
        }
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
