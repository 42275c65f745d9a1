package dev.corpusaudit.report;

import dev.corpusaudit.model.AuditSummary.CategoryCount;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.util.SortOrder;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Findings per language, region, source type or month, each bar stacked by category, with its total printed past its
 * end. Every stacked chart of a report shows the same {@link Stack}: the same categories in the same order, colours
 * and hatches, so a reader learns the legend once.
 */
final class StackedFindingsChart {
    /** Bars along the timeline beyond which labels and totals are turned upright so that they do not overlap. */
    private static final int CROWDED = 12;

    private StackedFindingsChart() {
    }

    /**
     * The series of the stacked charts: the categories with the most findings, largest first, and the rest folded into
     * one "other" series. Few enough that each shown category gets its own {@link Hatch}: greyscale cannot tell more
     * apart.
     *
     * @param categories the categories shown, largest first
     * @param folded     how many more categories the "other" series holds (0: none)
     */
    record Stack(List<String> categories, int folded) {
        /** The most series a stacked chart draws, "other" included. */
        static final int MAX_SERIES = Hatch.values().length;

        Stack {
            categories = List.copyOf(categories);
        }

        static Stack of(SortedMap<String, CategoryCount> counts) {
            List<String> withFindings = counts.entrySet().stream()
                    .filter(e -> e.getValue().findings() > 0)
                    .sorted(Comparator.comparing((Map.Entry<String, CategoryCount> e) -> e.getValue().findings())
                            .reversed().thenComparing(Map.Entry::getKey))
                    .map(Map.Entry::getKey)
                    .toList();
            int shown = withFindings.size() <= MAX_SERIES ? withFindings.size() : MAX_SERIES - 1;
            return new Stack(withFindings.subList(0, shown), withFindings.size() - shown);
        }

        /** The series' names, bottom of the stack first. */
        List<String> series() {
            List<String> series = new ArrayList<>(categories);
            if (folded > 0) {
                series.add(other());
            }
            return series;
        }

        String other() {
            return "other (" + folded + " categories)";
        }

        String seriesOf(String category) {
            return categories.contains(category) ? category : other();
        }

        /** A category's own colour; "other" is light grey, far lighter than any category. */
        Color colour(String series) {
            return categories.contains(series) ? ChartPalette.forCategory(series) : ChartPalette.OTHER;
        }

        /** A hatch per shown category, in order; "other" is solid: its lightness already sets it apart. */
        Hatch hatch(String series) {
            int index = categories.indexOf(series);
            return index < 0 ? Hatch.SOLID : Hatch.values()[index];
        }
    }

    /**
     * Findings per key (language, region, source type), largest first, at most {@link ChartKeys#MAX_KEYS} bars.
     *
     * @param byCategory findings per category, then per key
     */
    static JFreeChart byKey(String title, String keyLabel, SortedMap<String, SortedMap<String, Long>> byCategory,
                            Stack stack) {
        Map<String, Long> totals = new HashMap<>();
        byCategory.values().forEach(byKey -> byKey.forEach((key, n) -> totals.merge(key, n, Long::sum)));
        Map<String, String> bars = ChartKeys.bars(totals);
        Map<String, Map<String, Long>> table = new LinkedHashMap<>();
        bars.values().forEach(bar -> table.put(bar, new HashMap<>()));
        byCategory.forEach((category, byKey) -> byKey.forEach((key, n) ->
                table.get(bars.get(key)).merge(stack.seriesOf(category), n, Long::sum)));

        JFreeChart chart = create(title, keyLabel, table, stack, PlotOrientation.HORIZONTAL);
        ChartStyle.totalsOnStacks(chart.getCategoryPlot(), false);
        return chart;
    }

    /**
     * Findings per month the record was created, oldest first, on a {@link Timeline}. Findings without a month are left
     * out, and a subtitle says how many.
     */
    static JFreeChart byMonth(SortedMap<String, SortedMap<String, Long>> byCategory, Stack stack) {
        long withoutMonth = 0;
        List<YearMonth> months = new ArrayList<>();
        for (SortedMap<String, Long> byMonth : byCategory.values()) {
            for (Map.Entry<String, Long> e : byMonth.entrySet()) {
                Optional<YearMonth> month = Timeline.month(e.getKey());
                if (month.isPresent()) {
                    months.add(month.get());
                } else {
                    withoutMonth += e.getValue();
                }
            }
        }
        Timeline timeline = Timeline.spanning(months);
        Map<String, Map<String, Long>> table = new LinkedHashMap<>();
        timeline.bars().forEach(bar -> table.put(bar, new HashMap<>()));
        byCategory.forEach((category, byMonth) -> byMonth.forEach((key, n) -> Timeline.month(key).ifPresent(month ->
                table.get(timeline.step().bar(month)).merge(stack.seriesOf(category), n, Long::sum))));

        String step = timeline.step().noun();
        JFreeChart chart = create("Findings by " + step.toLowerCase(Locale.ROOT) + " created",
                step + " the record was created", table, stack, PlotOrientation.VERTICAL);
        if (withoutMonth > 0) {
            ChartStyle.subtitle(chart, ChartStyle.count(withoutMonth)
                    + " findings in records without a created month are not shown");
        }
        CategoryPlot plot = chart.getCategoryPlot();
        boolean crowded = timeline.bars().size() > CROWDED;
        if (crowded) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        }
        ChartStyle.totalsOnStacks(plot, crowded);
        // vertical stacks grow upwards: list the legend top down in the same order
        chart.getLegend().setSortOrder(SortOrder.DESCENDING);
        return chart;
    }

    /** @param table per bar (in order), findings per series */
    private static JFreeChart create(String title, String keyLabel, Map<String, Map<String, Long>> table, Stack stack,
                                     PlotOrientation orientation) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<String> series = stack.series();
        for (String name : series) {
            table.forEach((bar, counts) -> dataset.addValue(counts.getOrDefault(name, 0L), name, bar));
        }
        JFreeChart chart = ChartStyle.apply(ChartFactory.createStackedBarChart(title, keyLabel, "Findings", dataset,
                orientation, true, false, false), "No findings");
        CategoryPlot plot = chart.getCategoryPlot();

        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.08);
        renderer.setBarPainter(new HatchedBarPainter(series.stream().map(stack::hatch).toList(), Color.WHITE));
        for (int row = 0; row < series.size(); row++) {
            renderer.setSeriesPaint(row, stack.colour(series.get(row)));
            renderer.setLegendShape(row, stack.hatch(series.get(row)).legendShape());
        }
        plot.setRenderer(renderer);
        return chart;
    }
}
