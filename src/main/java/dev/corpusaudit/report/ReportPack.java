package dev.corpusaudit.report;

import dev.corpusaudit.model.Finding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The reports written from an audit's findings: the workbook (on its own thread, as findings stream in), the charts,
 * {@code report.html}, {@code report.pdf} and, when asked, {@code findings.sarif}. A scan feeds it the findings as it
 * decides them; {@code corpus-audit report} feeds it {@code findings.jsonl} again. Use: {@link #add} each finding in
 * {@code findings.jsonl} order, then {@link #finish} once; {@link #close} without finishing abandons the workbook.
 */
public final class ReportPack implements AutoCloseable {
    public static final String WORKBOOK = "audit-report.xlsx";
    public static final String CHARTS = "charts";
    public static final String PDF = "report.pdf";

    private final Path out;
    private final boolean sarif;
    private final WorkbookJob workbook;
    private final FindingSample sample = new FindingSample();

    /**
     * @param out   the report folder; {@code findings.jsonl} must be complete there when {@link #finish} is called
     * @param sarif whether to write {@code findings.sarif} too
     * @param ruleIds the order of the workbook's Rules sheet, which findings link to as they stream
     *                ({@link ReportContent#ruleIds})
     */
    public ReportPack(Path out, boolean sarif, List<String> ruleIds) {
        this.out = out;
        this.sarif = sarif;
        this.workbook = new WorkbookJob(out.resolve(WORKBOOK), ruleIds, out.resolve(ReportFolder.REJECTED));
    }

    /** The next finding, in {@code findings.jsonl} order. */
    public void add(Finding finding) throws InterruptedException {
        workbook.add(finding);
        sample.add(finding);
    }

    /**
     * Writes every report from the content, after the last finding. The charts, HTML and PDF are drawn while the
     * workbook's thread finishes its sheets.
     */
    public void finish(ReportContent content) throws IOException, InterruptedException {
        workbook.findingsDone(content);
        ChartRenderer renderer = new ChartRenderer();
        List<ChartRenderer.NamedChart> charts = renderer.charts(content.summary());
        List<ChartFile> files = renderer.write(charts, out.resolve(CHARTS));
        new HtmlReport().write(out.resolve(HtmlReport.FILE), content, files, sample);
        new PdfReport().write(out.resolve(PDF), content, charts);
        workbook.finish(files);
        if (sarif) {
            SarifReport.write(out.resolve(ReportFolder.FINDINGS), out.resolve(SarifReport.FILE), content.rules());
        }
    }

    /**
     * Writes the reports of a finished audit again from its folder ({@code corpus-audit report}): with an eval result
     * or another ruleset's rule texts, say. The findings are read back from {@code findings.jsonl}, one at a time.
     */
    public static void rewrite(ReportFolder folder, ReportContent content, List<String> ruleIds, boolean sarif)
            throws IOException, InterruptedException {
        try (ReportPack pack = new ReportPack(folder.dir(), sarif, ruleIds)) {
            for (Finding finding : folder.findings()) {
                pack.add(finding);
            }
            pack.finish(content);
        }
    }

    @Override
    public void close() {
        workbook.close();
    }
}
