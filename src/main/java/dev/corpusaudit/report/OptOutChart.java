package dev.corpusaudit.report;

import dev.corpusaudit.model.ProvenanceSummary.OptOutGroup;
import dev.corpusaudit.model.ProvenanceSummary.OptOuts;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The opt-out effect over time: per month members opted out, all their records in the corpus, those this snapshot
 * must not hold (the {@code excluded.opted_out} findings), and those created on or after the opt-out, which show that
 * collection went on. Months without opt-outs between the first and the last are drawn empty, so the axis is time.
 */
final class OptOutChart {
    static final String RECORDS = "records in the corpus";
    static final String MUST_NOT_HOLD = "must not be in this snapshot";
    static final String CREATED_AFTER = "created after the opt-out";

    private static final String OPTED_OUT = "excluded.opted_out";
    private static final int CROWDED = 12;

    private OptOutChart() {
    }

    /** @param snapshotDate the snapshot date the checks used, or null */
    static JFreeChart create(OptOuts optOuts, String snapshotDate) {
        Map<String, long[]> byMonth = new LinkedHashMap<>();
        Map<YearMonth, OptOutGroup> groups = new LinkedHashMap<>();
        optOuts.byOptOutMonth().forEach((key, group) -> Timeline.month(key).ifPresent(m -> groups.put(m, group)));
        Timeline timeline = Timeline.spanning(groups.keySet());
        timeline.bars().forEach(bar -> byMonth.put(bar, new long[3]));
        groups.forEach((month, group) -> {
            long[] counts = byMonth.get(timeline.step().bar(month));
            counts[0] += group.records();
            counts[1] += group.inViolation();
            counts[2] += group.createdAfter();
        });
        List<String> series = List.of(RECORDS, MUST_NOT_HOLD, CREATED_AFTER);
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (int i = 0; i < series.size(); i++) {
            int index = i;
            byMonth.forEach((bar, counts) -> dataset.addValue(counts[index], series.get(index), bar));
        }

        String step = timeline.step().noun();
        JFreeChart chart = ChartStyle.apply(ChartFactory.createBarChart(
                "Records of opted-out members, by " + step.toLowerCase(Locale.ROOT) + " of opt-out",
                step + " the member opted out", "Records", dataset, PlotOrientation.VERTICAL, true, false, false),
                "No opted-out members in the corpus");
        ChartStyle.subtitle(chart, Optional.ofNullable(snapshotDate).map(d -> "Snapshot of " + d + ": ").orElse("")
                + "records it must not hold, and records created after the opt-out (collection went on)");

        // one hue, told apart in greyscale by lightness (light grey) and by hatch
        List<Hatch> hatches = List.of(Hatch.SOLID, Hatch.SOLID, Hatch.DIAGONAL_UP);
        List<Color> colours = List.of(ChartPalette.OTHER, ChartPalette.forCategory(OPTED_OUT),
                ChartPalette.forCategory(OPTED_OUT));
        BarRenderer renderer = new BarRenderer();
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setBarPainter(new HatchedBarPainter(hatches, Color.DARK_GRAY));
        for (int row = 0; row < series.size(); row++) {
            renderer.setSeriesPaint(row, colours.get(row));
            renderer.setLegendShape(row, hatches.get(row).legendShape());
        }
        ChartStyle.countsOnBars(renderer, new StandardCategoryItemLabelGenerator("{2}", ChartStyle.integers()),
                PlotOrientation.VERTICAL);
        CategoryPlot plot = chart.getCategoryPlot();
        if (timeline.bars().size() > CROWDED) {
            // narrow bars: counts and months upright, or they overlap
            renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                    TextAnchor.CENTER_LEFT, TextAnchor.CENTER_LEFT, -Math.PI / 2));
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        }
        plot.setRenderer(renderer);
        return chart;
    }
}
