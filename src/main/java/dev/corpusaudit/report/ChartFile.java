package dev.corpusaudit.report;

import java.nio.file.Path;

/**
 * One rendered chart.
 *
 * @param name  file stem, stable across runs ({@code findings-by-category}); other formats of the same chart reuse it
 * @param title the chart's title, as shown above it in the workbook and the HTML report
 * @param png   where the PNG was written
 */
public record ChartFile(String name, String title, Path png) {
}
