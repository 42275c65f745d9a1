package dev.corpusaudit.report;

import org.jfree.chart.renderer.category.BarPainter;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.RectangularShape;
import java.util.List;

/**
 * Paints flat bars in the renderer's colour with the series' {@link Hatch} cut out, and a thin edge: white keeps
 * stacked segments apart, grey keeps light bars visible on white. No gradient and no shadow: they turn into noise in
 * greyscale print.
 */
final class HatchedBarPainter implements BarPainter {
    private static final BasicStroke EDGE = new BasicStroke(1f);

    private final List<Hatch> bySeries;
    private final Color edge;

    /** @param bySeries the hatch of each series (row), in the dataset's row order */
    HatchedBarPainter(List<Hatch> bySeries, Color edge) {
        this.bySeries = List.copyOf(bySeries);
        this.edge = edge;
    }

    /** The hatch of a series (row). */
    Hatch hatch(int row) {
        return bySeries.get(row);
    }

    @Override
    public void paintBar(Graphics2D g2, BarRenderer renderer, int row, int column, RectangularShape bar,
                         RectangleEdge base) {
        if (bar.getWidth() <= 0 || bar.getHeight() <= 0) {
            return;
        }
        g2.setPaint(renderer.getItemPaint(row, column));
        g2.fill(hatch(row).cut(bar));
        g2.setPaint(edge);
        g2.setStroke(EDGE);
        g2.draw(bar);
    }

    @Override
    public void paintBarShadow(Graphics2D g2, BarRenderer renderer, int row, int column, RectangularShape bar,
                               RectangleEdge base, boolean pegShadow) {
        // no shadows (see the class comment)
    }
}
