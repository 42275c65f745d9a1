package dev.corpusaudit.report;

import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * A fill pattern that tells stacked series apart where their colours do not: in greyscale print, dark category colours
 * look alike. The pattern is cut out of the shape as white gaps (geometry, not a texture), so PNG, SVG and PDF draw it
 * the same, and a legend swatch cut the same way shows it too.
 *
 * <p>Gaps lie on a grid fixed to the drawing, not to each shape, so the pattern runs on across neighbouring bars.
 */
enum Hatch {
    SOLID, DIAGONAL_UP, HORIZONTAL, DOTS, DIAGONAL_DOWN, VERTICAL, GRID;

    /** Distance between gaps, in pixels. */
    private static final double STEP = 6;
    /** Width of a gap, in pixels: a third of the step, so the colour still dominates. */
    private static final double GAP = 2;

    /** The swatch a legend shows for a series with this hatch, centred on the origin. */
    Shape legendShape() {
        return cut(new Rectangle2D.Double(-7, -7, 14, 14));
    }

    /** {@code shape} with this pattern's gaps cut out of it. */
    Shape cut(Shape shape) {
        if (this == SOLID) {
            return shape;
        }
        Area area = new Area(shape);
        area.subtract(new Area(gaps(shape.getBounds2D())));
        return area;
    }

    private Shape gaps(Rectangle2D b) {
        Path2D.Double gaps = new Path2D.Double();
        switch (this) {
            case HORIZONTAL -> rows(gaps, b, b.getMinX(), b.getWidth());
            case VERTICAL -> columns(gaps, b, b.getMinY(), b.getHeight());
            case GRID -> {
                rows(gaps, b, b.getMinX(), b.getWidth());
                columns(gaps, b, b.getMinY(), b.getHeight());
            }
            case DOTS -> {
                for (double y = gridStart(b.getMinY()); y < b.getMaxY(); y += STEP) {
                    for (double x = gridStart(b.getMinX()); x < b.getMaxX(); x += STEP) {
                        gaps.append(new Rectangle2D.Double(x, y, GAP, GAP), false);
                    }
                }
            }
            case DIAGONAL_UP, DIAGONAL_DOWN -> diagonals(gaps, b, this == DIAGONAL_UP);
            default -> throw new IllegalStateException("no gaps for " + this);
        }
        return gaps;
    }

    private static void rows(Path2D.Double gaps, Rectangle2D b, double x, double width) {
        for (double y = gridStart(b.getMinY()); y < b.getMaxY(); y += STEP) {
            gaps.append(new Rectangle2D.Double(x, y, width, GAP), false);
        }
    }

    private static void columns(Path2D.Double gaps, Rectangle2D b, double y, double height) {
        for (double x = gridStart(b.getMinX()); x < b.getMaxX(); x += STEP) {
            gaps.append(new Rectangle2D.Double(x, y, GAP, height), false);
        }
    }

    /**
     * Bands along x + y = c ("/" on screen, where y grows downwards) or x - y = c ("\"), as far apart and as wide
     * across as the straight ones: along x, both are longer by the square root of two.
     */
    private static void diagonals(Path2D.Double gaps, Rectangle2D b, boolean up) {
        double step = STEP * Math.sqrt(2);
        double width = GAP * Math.sqrt(2);
        double top = b.getMinY();
        double bottom = b.getMaxY();
        double first = up ? b.getMinX() + top : b.getMinX() - bottom;
        double last = up ? b.getMaxX() + bottom : b.getMaxX() - top;
        for (double c = gridStart(first - width, step); c < last; c += step) {
            // the band's x at the top and bottom edges
            double xTop = up ? c - top : c + top;
            double xBottom = up ? c - bottom : c + bottom;
            Path2D.Double band = new Path2D.Double();
            band.moveTo(xTop, top);
            band.lineTo(xTop + width, top);
            band.lineTo(xBottom + width, bottom);
            band.lineTo(xBottom, bottom);
            band.closePath();
            gaps.append(band, false);
        }
    }

    private static double gridStart(double from) {
        return gridStart(from, STEP);
    }

    private static double gridStart(double from, double step) {
        return Math.floor(from / step) * step;
    }
}
