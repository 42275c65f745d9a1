package dev.corpusaudit.report;

import java.nio.file.Path;

/**
 * One rendered chart, written as PNG (for the workbook) and SVG (for the HTML report and for print).
 *
 * @param name  file stem, stable across runs ({@code findings-by-category})
 * @param title the chart's title, as shown above it in the workbook and the HTML report
 * @param png   where the PNG was written
 * @param svg   where the SVG was written
 */
public record ChartFile(String name, String title, Path png, Path svg) {
}
