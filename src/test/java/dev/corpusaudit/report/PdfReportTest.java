package dev.corpusaudit.report;

import dev.corpusaudit.model.AuditSummary;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfReportTest {

    @TempDir
    static Path shared;
    @TempDir
    Path dir;

    /** The text of the report of {@link ReportFixtures#summary()} with an accuracy table. */
    private static String text;

    @BeforeAll
    static void writeTheReport() throws IOException {
        Path pdf = write(shared, ReportFixtures.content(ReportFixtures.summary(), ReportFixtures.accuracy()));
        text = text(pdf);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "corpus-audit audit report",
            "LinkedIn generative AI training, 2025",
            "Tool corpus-audit 0.1.0",
            "Policy linkedin-genai-2025, version 1.0.0",
            "Ruleset SHA-256 abababababababababababababababababababababababababababababababab",
            // the gate: verdict, each condition with its records and value
            "Verdict: FAILED (conditions from the policy)",
            "excluded.* > 0 2 2 yes: the gate fails",
            "special.* > 0.5% 1 12.50% yes: the gate fails",
            // what was scanned
            "sample-data/posts.jsonl 1,234 cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd",
            "Records read 10",
            "Indexed and checked 8",
            "Rejected (unreadable, listed in rejected.jsonl) 2",
            "Flagged (indexed with a data-quality warning) 1",
            "Check: read = indexed + rejected 10 = 8 + 2: holds",
            "Findings 4",
            "Members with findings (pseudonymous) 3",
            "Records per language: de 3, en 5",
            "Records per source: post 6, profile 2",
            "Records per region: DE 3, GB 5",
            // per category: findings, records, % of indexed records, members, severity
            "excluded.minor Data of a member under the minimum age high 1 1 12.50% 1",
            "excluded.payment_card Payment card numbers (Luhn-valid) high 1 1 12.50% 1",
            "pii.email E-mail address medium 1 1 12.50% 1",
            "special.health Data concerning health (GDPR Art. 9) high 1 1 12.50% 1",
            "Findings by severity: high 3, medium 1.",
            "Figure 1: Findings by category",
            "Figure 2: Findings by severity",
            "Figure 7: Records by language",
            // method, rules, accuracy, limits
            "tool corpus-audit 0.1.0 -",
            "ruleset linkedin-genai-2025 1.0.0 abababababababababababababababababababababababababababababababab",
            "model OpenNLP langdetect-183.bin - efefefefefefefefefefefefefefefefefefefefefefefefefefefefefefefef",
            "Rules with findings (2 of 3 rules and checks)",
            "health.diagnosis 1.0.0 special.health phrase 1",
            "policy.minimum_age 1.0.0 - check 1",
            "Record level, on 20 labelled records, findings of confidence 0.50 and above.",
            "pii.email n/a 0.00 0.00 2",
            "special.health 0.75 0.75 0.75 4",
            "all (micro-average) 0.75 0.50 0.60 6",
            "Known limits",
            "Member-provided salaries are matched only in the member's own records.",
            "corpus-audit audit report, policy linkedin-genai-2025 1.0.0, ruleset SHA-256 abababababababab... page 1 of"})
    void statesTheFacts(String line) {
        assertTrue(text.contains(line), () -> "missing: " + line + "\nin:\n" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"political.topic", "Provenance checks", "No accuracy measurement", "Baseline"})
    void leavesOutWhatDoesNotApply(String absent) {
        assertFalse(text.contains(absent), absent);
    }

    @Test
    void fitsAFewPagesWithAFooterOnEach() throws IOException {
        Path pdf = write(dir, ReportFixtures.content(ReportFixtures.summary(), ReportFixtures.accuracy()));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 3 && pages <= 6, "pages: " + pages);
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertTrue(stripper.getText(document).contains("page " + page + " of " + pages), "page " + page);
            }
        }
    }

    @Test
    void drawsEveryChartAsVectorsWithoutImages() throws IOException {
        List<ChartRenderer.NamedChart> charts = new ChartRenderer().charts(ReportFixtures.summary());
        Path pdf = dir.resolve("report.pdf");
        new PdfReport().write(pdf, ReportFixtures.content(ReportFixtures.summary(), null), charts);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int forms = 0;
            for (PDPage page : document.getPages()) {
                forms += countForms(page.getResources());
            }
            assertEquals(charts.size(), forms);
        }
    }

    /** Form XObjects in {@code resources}, failing on any image however deeply nested. */
    private static int countForms(PDResources resources) throws IOException {
        int forms = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            assertFalse(object instanceof PDImageXObject, "an image: " + name);
            if (object instanceof PDFormXObject form) {
                forms += 1 + countForms(form.getResources());
            }
        }
        return forms;
    }

    @Test
    void hasNoLinksNoScriptsAndSaysWhoMadeIt() throws IOException {
        Path pdf = write(dir, ReportFixtures.content(ReportFixtures.summary(), null));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                assertTrue(page.getAnnotations().isEmpty());
            }
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            assertNull(catalog.getOpenAction());
            assertNull(catalog.getNames());
            assertNull(catalog.getAcroForm());
            assertEquals("corpus-audit", document.getDocumentInformation().getCreator());
            assertEquals("corpus-audit audit report: linkedin-genai-2025", document.getDocumentInformation().getTitle());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Überprüfung 监管 | daten/监管.jsonl | Überprüfung ?? | daten/??.jsonl",
            "Policy \u0001bell\u0007 end | posts\t.jsonl | Policy ?bell? end | posts?.jsonl",
            "Emoji \uD83D\uDE00 policy | a\u200Bb.jsonl | Emoji ? policy | a?b.jsonl"})
    void writesTextTheStandardFontsCannotEncodeAsQuestionMarks(String title, String file, String titleShown,
                                                               String fileShown) throws IOException {
        Path pdf = write(dir, ReportFixtures.content(ReportFixtures.summaryNamed(title, file), null));
        String shown = text(pdf);
        assertTrue(shown.contains(titleShown), shown);
        assertTrue(shown.contains(fileShown), shown);
    }

    @Test
    void saysWhatTheProvenanceChecksCounted() throws IOException {
        String shown = text(write(dir, ReportFixtures.content(ReportFixtures.summaryWithProvenance(), null)));
        for (String line : List.of("Provenance checks", "Snapshot date 2026-02-01",
                "Registers given (entries) members 40, opt-outs 5, messages 12",
                "Records with an age (checked) 6", "Records without an age (not checked) 2",
                "Opt-out register: members 5", "Opted-out members with records in the corpus 2", "Their records 7",
                "Their records this snapshot must not hold 3", "Their records created after the opt-out 1",
                "2025-11 2 7 3 1 2025-12", "No accuracy measurement was given")) {
            assertTrue(shown.contains(line), () -> "missing: " + line + "\nin:\n" + shown);
        }
    }

    @Test
    void writesAnEmptyAuditWithoutAGate() throws IOException {
        AuditSummary empty = ReportFixtures.emptySummary();
        Path pdf = dir.resolve("report.pdf");
        new PdfReport().write(pdf, new ReportContent(empty, List.of(), List.of(), List.of(), null, List.of()),
                new ChartRenderer().charts(empty));
        String shown = text(pdf);
        assertTrue(shown.contains("No release gate was set for this audit."), shown);
        assertTrue(shown.contains("No findings."), shown);
        assertTrue(shown.contains("Records per language: none"), shown);
    }

    @Test
    void sameContentGivesTheSameBytesAndNoTemporaryFile() throws IOException {
        Path first = write(dir.resolve("a"), ReportFixtures.content(ReportFixtures.summary(), null));
        Path second = write(dir.resolve("b"), ReportFixtures.content(ReportFixtures.summary(), null));

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        try (Stream<Path> files = Files.list(dir.resolve("a"))) {
            assertEquals(List.of(first), files.toList());
        }
    }

    private static Path write(Path dir, ReportContent content) throws IOException {
        Path pdf = dir.resolve("report.pdf");
        new PdfReport().write(pdf, content, new ChartRenderer().charts(content.summary()));
        return pdf;
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }
}
