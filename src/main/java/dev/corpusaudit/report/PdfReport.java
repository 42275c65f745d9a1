package dev.corpusaudit.report;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import dev.corpusaudit.eval.EvalResult;
import dev.corpusaudit.eval.Score;
import dev.corpusaudit.model.AuditSummary;
import dev.corpusaudit.model.AuditSummary.CategoryCount;
import dev.corpusaudit.model.AuditSummary.RecordCounts;
import dev.corpusaudit.model.Category;
import dev.corpusaudit.model.FileDigest;
import dev.corpusaudit.model.GateVerdict;
import dev.corpusaudit.model.Json;
import dev.corpusaudit.model.ProvenanceSummary;
import dev.corpusaudit.model.ToolInfo;
import dev.corpusaudit.report.PdfLayout.Column;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.corpusaudit.report.PdfLayout.BODY;
import static dev.corpusaudit.report.PdfLayout.HASH;
import static dev.corpusaudit.report.PdfLayout.SMALL;
import static dev.corpusaudit.report.PdfLayout.STRONG;

/**
 * Writes {@code report.pdf}: a short A4 report for a regulator. The summary and the release gate's verdict, what was
 * scanned (with SHA-256), findings per category, the provenance checks, the charts, and the method with its hashes,
 * measured accuracy and known limits.
 *
 * <p>Charts are drawn as vectors ({@link PdfBoxGraphics2D}, their text as glyph outlines), never as images, so they
 * print sharp at any size. The report holds only counts, ids of rules and categories, file names and hashes: no
 * corpus text, no member, no link and no script. The same content gives the same bytes: the document has no dates
 * and its ID is derived from the summary.
 */
public final class PdfReport {

    /** The size charts are laid out at before they are scaled to the page: the PNGs' aspect, fonts a little larger. */
    private static final float CHART_WIDTH = 640;
    private static final float CHART_HEIGHT = CHART_WIDTH * ChartRenderer.HEIGHT / ChartRenderer.WIDTH;
    /** A column that holds a SHA-256 in one line. */
    private static final float HASH_WIDTH = 280;
    private static final Color FAILED = new Color(0xB00020);
    private static final Color PASSED = new Color(0x1B5E20);

    /** Writes the report to {@code pdf}, atomically. */
    public void write(Path pdf, ReportContent content, List<ChartRenderer.NamedChart> charts) throws IOException {
        AuditSummary summary = content.summary();
        try (PDDocument document = new PDDocument()) {
            describe(document, summary);
            PdfLayout layout = new PdfLayout(document);
            overview(layout, summary, content.scannedAt());
            categories(layout, summary);
            provenance(layout, summary.provenance());
            charts(layout, document, charts);
            method(layout, content);
            String hash = nullToDash(summary.ruleset().sha256());
            layout.finish(String.format(Locale.ROOT, "%s audit report, policy %s %s, ruleset SHA-256 %s...",
                    ToolInfo.NAME, summary.ruleset().id(), summary.ruleset().version(),
                    hash.substring(0, Math.min(16, hash.length()))));
            AtomicFile.write(pdf, document::save);
        }
    }

    private static void describe(PDDocument document, AuditSummary summary) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(ToolInfo.NAME + " audit report: " + summary.ruleset().id());
        info.setSubject(summary.ruleset().title());
        info.setCreator(ToolInfo.NAME);
        info.setProducer(ToolInfo.NAME + " " + summary.toolVersion() + " with Apache PDFBox");
        document.getDocumentCatalog().setLanguage("en");
        // PDFBox seeds the file ID with the clock unless given one; the summary has no clock values, so the same audit
        // gives the same file
        byte[] digest = FileDigest.newSha256().digest(Json.MAPPER.writeValueAsBytes(summary));
        document.setDocumentId(ByteBuffer.wrap(digest).getLong());
    }

    private static void overview(PdfLayout layout, AuditSummary summary, String scannedAt) throws IOException {
        AuditSummary.RulesetInfo ruleset = summary.ruleset();
        layout.title(ToolInfo.NAME + " audit report");
        layout.paragraph(ruleset.title(), STRONG);
        layout.gap(6);
        layout.table(keyValueColumns(BODY), List.of(
                List.of("Tool", summary.tool() + " " + summary.toolVersion()),
                List.of("Scanned", scannedAt == null ? "see manifest.json" : scannedAt + " (start)"),
                List.of("Policy", ruleset.id() + ", version " + ruleset.version())));
        // a hash in Helvetica would not fit the column; fixed-width digits also read better
        layout.table(keyValueColumns(HASH), List.of(List.of("Ruleset SHA-256", nullToDash(ruleset.sha256()))));
        layout.table(keyValueColumns(BODY), List.of(
                List.of("Findings", count(summary.findings())),
                List.of("Members with findings (pseudonymous)", count(summary.membersWithFindings()))));

        gate(layout, summary.gate());

        layout.heading("What was scanned");
        layout.table(List.of(
                new Column("Input file", PdfLayout.WIDTH - HASH_WIDTH - 55, SMALL, false),
                new Column("Bytes", 55, SMALL, true),
                new Column("SHA-256", HASH_WIDTH, HASH, false)),
                summary.inputFiles().stream()
                        .map(f -> List.of(f.path(), count(f.bytes()), f.sha256()))
                        .toList());
        layout.gap(6);
        RecordCounts records = summary.records();
        boolean adds = records.read() == records.indexed() + records.rejected();
        layout.table(keyValueColumns(BODY), List.of(
                List.of("Records read", count(records.read())),
                List.of("Indexed and checked", count(records.indexed())),
                List.of("Rejected (unreadable, listed in rejected.jsonl)", count(records.rejected())),
                List.of("Flagged (indexed with a data-quality warning)", count(records.flagged())),
                List.of("Check: read = indexed + rejected", String.format(Locale.ROOT, "%s = %s + %s: %s",
                        count(records.read()), count(records.indexed()), count(records.rejected()),
                        adds ? "holds" : "does NOT hold, some input is unaccounted for"))));
        layout.gap(6);
        layout.paragraph("Records per language: " + compact(summary.languages()), SMALL);
        layout.paragraph("Records per source: " + compact(summary.sources()), SMALL);
        layout.paragraph("Records per region: " + compact(summary.regions()), SMALL);
        if (summary.baseline() != null) {
            layout.gap(4);
            layout.paragraph(String.format(Locale.ROOT, "Baseline %s: %s findings it already had are not reported "
                            + "here; %s of its findings are gone.", summary.baseline().dir(),
                    count(summary.baseline().known()), count(summary.baseline().resolved())), SMALL);
        }
    }

    private static void gate(PdfLayout layout, GateVerdict gate) throws IOException {
        layout.heading("Release gate");
        if (GateVerdict.NONE.equals(gate.verdict())) {
            layout.paragraph("No release gate was set for this audit.", BODY);
            return;
        }
        String verdict = gate.verdict().toUpperCase(Locale.ROOT);
        layout.paragraph("Verdict: " + verdict + " (conditions from the " + gate.source() + ")", STRONG,
                gate.failed() ? FAILED : PASSED);
        layout.paragraph("The gate fails when any condition holds.", SMALL);
        layout.gap(3);
        layout.table(List.of(
                new Column("Condition", 200, BODY, false),
                new Column("Records", 80, BODY, true),
                new Column("Measured", 100, BODY, true),
                new Column("Holds", PdfLayout.WIDTH - 380, BODY, false)),
                gate.conditions().stream()
                        .map(c -> List.of(c.condition(), count(c.records()), c.value(),
                                c.holds() ? "yes: the gate fails" : "no"))
                        .toList());
    }

    private static void categories(PdfLayout layout, AuditSummary summary) throws IOException {
        layout.heading("Findings per category");
        if (summary.categories().isEmpty()) {
            layout.paragraph("No findings.", BODY);
            return;
        }
        long indexed = summary.records().indexed();
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, CategoryCount> e : summary.categories().entrySet()) {
            CategoryCount c = e.getValue();
            rows.add(List.of(e.getKey(), Category.byId(e.getKey()).map(Category::description).orElse(""),
                    nullToDash(c.severity()), count(c.findings()), count(c.records()),
                    indexed == 0 ? "-" : String.format(Locale.ROOT, "%.2f%%", 100.0 * c.records() / indexed),
                    count(c.members())));
        }
        layout.table(List.of(
                new Column("Category", 116, SMALL, false),
                new Column("What", 162, SMALL, false),
                new Column("Severity", 40, SMALL, false),
                new Column("Findings", 42, SMALL, true),
                new Column("Records", 42, SMALL, true),
                new Column("% of indexed", 51, SMALL, true),
                new Column("Members", PdfLayout.WIDTH - 453, SMALL, true)), rows);
        layout.gap(6);
        layout.paragraph("Findings by severity: " + compact(summary.findingsBySeverity())
                + ". Records and members are distinct counts; members are counted by pseudonym.", SMALL);
    }

    private static void provenance(PdfLayout layout, ProvenanceSummary p) throws IOException {
        if (p == null) {
            return;
        }
        layout.heading("Provenance checks");
        List<List<String>> rows = new ArrayList<>();
        if (p.snapshotDate() != null) {
            rows.add(List.of("Snapshot date", p.snapshotDate()));
        }
        if (p.registers() != null) {
            ProvenanceSummary.RegisterSizes r = p.registers();
            rows.add(List.of("Registers given (entries)", String.join(", ", registerSizes(r))));
        }
        if (p.age() != null) {
            rows.add(List.of("Records with an age (checked)", count(p.age().withAge())));
            rows.add(List.of("Records without an age (not checked)", count(p.age().withoutAge())));
            rows.add(List.of("Records with an unusable age", count(p.age().invalidAge())));
        }
        ProvenanceSummary.OptOuts o = p.optOuts();
        if (o != null) {
            rows.add(List.of("Opt-out register: members", count(o.registerMembers())));
            rows.add(List.of("Opted-out members with records in the corpus", count(o.members())));
            rows.add(List.of("Their records", count(o.records())));
            rows.add(List.of("Their records this snapshot must not hold", count(o.inViolation())));
            rows.add(List.of("Their records created after the opt-out", count(o.createdAfter())));
        }
        layout.table(keyValueColumns(BODY), rows);
        if (o != null && !o.byOptOutMonth().isEmpty()) {
            layout.gap(8);
            layout.paragraph("Opted-out members by month of opt-out", STRONG);
            layout.table(List.of(
                    new Column("Opt-out month", 95, SMALL, false),
                    new Column("Members", 70, SMALL, true),
                    new Column("Records", 70, SMALL, true),
                    new Column("Must not be held", 90, SMALL, true),
                    new Column("Created after opt-out", 95, SMALL, true),
                    new Column("Newest record", PdfLayout.WIDTH - 420, SMALL, true)),
                    o.byOptOutMonth().entrySet().stream().map(e -> List.of(e.getKey(),
                            count(e.getValue().members()), count(e.getValue().records()),
                            count(e.getValue().inViolation()), count(e.getValue().createdAfter()),
                            nullToDash(e.getValue().latestRecordMonth()))).toList());
        }
    }

    private static List<String> registerSizes(ProvenanceSummary.RegisterSizes r) {
        List<String> sizes = new ArrayList<>();
        if (r.members() != null) {
            sizes.add("members " + count(r.members()));
        }
        if (r.optOuts() != null) {
            sizes.add("opt-outs " + count(r.optOuts()));
        }
        if (r.salaries() != null) {
            sizes.add("salaries " + count(r.salaries()));
        }
        if (r.messages() != null) {
            sizes.add("messages " + count(r.messages()));
        }
        return sizes.isEmpty() ? List.of("none") : sizes;
    }

    /** Each chart on a fresh page, two to a page, as a vector drawing. */
    private static void charts(PdfLayout layout, PDDocument document, List<ChartRenderer.NamedChart> charts)
            throws IOException {
        if (charts.isEmpty()) {
            return;
        }
        layout.newPage();
        layout.heading("Charts");
        int figure = 0;
        for (ChartRenderer.NamedChart chart : charts) {
            layout.figure(vectors(document, chart), PdfLayout.WIDTH,
                    String.format(Locale.ROOT, "Figure %d: %s", ++figure, chart.title()));
        }
    }

    private static PDFormXObject vectors(PDDocument document, ChartRenderer.NamedChart chart) throws IOException {
        PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(document, CHART_WIDTH, CHART_HEIGHT);
        try {
            chart.chart().draw(graphics, new Rectangle2D.Float(0, 0, CHART_WIDTH, CHART_HEIGHT));
        } finally {
            graphics.dispose();
        }
        return graphics.getXFormObject();
    }

    private static void method(PdfLayout layout, ReportContent content) throws IOException {
        layout.newPage();
        layout.heading("Method");
        layout.paragraph("The findings were produced by these parts; each hash is the SHA-256 of its bytes, so the "
                + "audit can be repeated with the same tool, ruleset and models.", SMALL);
        layout.gap(3);
        layout.table(List.of(
                new Column("Kind", 38, SMALL, false),
                new Column("Name", PdfLayout.WIDTH - HASH_WIDTH - 74, SMALL, false),
                new Column("Version", 36, SMALL, false),
                new Column("SHA-256", HASH_WIDTH, HASH, false)),
                content.method().stream()
                        .map(m -> List.of(m.kind(), m.name(), nullToDash(m.version()), nullToDash(m.sha256())))
                        .toList());

        List<ReportContent.RuleRow> hits = content.rules().stream().filter(r -> r.findings() > 0).toList();
        layout.heading(String.format(Locale.ROOT, "Rules with findings (%d of %d rules and checks)", hits.size(),
                content.rules().size()));
        layout.table(List.of(
                new Column("Rule", 160, SMALL, false),
                new Column("Version", 50, SMALL, false),
                new Column("Category", 140, SMALL, false),
                new Column("Type", 60, SMALL, false),
                new Column("Findings", PdfLayout.WIDTH - 410, SMALL, true)),
                hits.stream().map(r -> List.of(r.id(), nullToDash(r.version()), nullToDash(r.category()), r.type(),
                        count(r.findings()))).toList());

        accuracy(layout, content.accuracy());

        layout.heading("Known limits");
        layout.bullets(content.knownLimits(), SMALL);
    }

    private static void accuracy(PdfLayout layout, EvalResult accuracy) throws IOException {
        layout.heading("Measured accuracy");
        if (accuracy == null) {
            layout.paragraph("No accuracy measurement was given with this audit (corpus-audit eval; the README's "
                    + "Accuracy section has the published figures).", SMALL);
            return;
        }
        layout.paragraph(String.format(Locale.ROOT, "Record level, on %s labelled records, findings of confidence "
                + "%.2f and above.", count(accuracy.records()), accuracy.minConfidence()), SMALL);
        layout.gap(3);
        List<List<String>> rows = new ArrayList<>();
        accuracy.categories().forEach(s -> rows.add(scoreRow(s.category(), s)));
        rows.add(scoreRow("all (micro-average)", accuracy.micro()));
        layout.table(List.of(
                new Column("Category", 175, SMALL, false),
                new Column("Precision", 80, SMALL, true),
                new Column("Recall", 80, SMALL, true),
                new Column("F1", 80, SMALL, true),
                new Column("Support", PdfLayout.WIDTH - 415, SMALL, true)), rows);
    }

    private static List<String> scoreRow(String label, Score score) {
        return List.of(label, ratio(score.precision()), ratio(score.recall()), ratio(score.f1()),
                count(score.support()));
    }

    private static List<Column> keyValueColumns(PdfLayout.Style values) {
        return List.of(new Column("", PdfLayout.WIDTH - HASH_WIDTH, BODY, false),
                new Column("", HASH_WIDTH, values, false));
    }

    private static String compact(Map<String, Long> counts) {
        return counts.isEmpty() ? "none" : counts.entrySet().stream()
                .map(e -> e.getKey() + " " + count(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String ratio(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String nullToDash(String value) {
        return value == null ? "-" : value;
    }
}
