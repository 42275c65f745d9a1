package dev.corpusaudit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corpusaudit.model.FileDigest;
import dev.corpusaudit.model.Json;
import dev.corpusaudit.ruleset.Ruleset;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CLI on a small corpus, checked the way a user relies on it: files, counts, cells, exit codes. */
class ScanEndToEndTest {
    @TempDir
    static Path dir;
    static Path corpus;
    static Path out;

    private static final String[] LINES = {
            "{\"id\":\"p1\",\"text\":\"Last spring I was diagnosed with type 2 diabetes.\",\"member_id\":\"m1\",\"source\":\"post\",\"region\":\"GB\",\"created_at\":\"2025-03-02\"}",
            "{\"id\":\"p2\",\"text\":\"Charge it to my card 4111 1111 1111 1111 exp 12/27, thanks\",\"member_id\":\"m2\",\"source\":\"message\",\"region\":\"DE\",\"lang\":\"en\"}",
            "{\"id\":\"p3\",\"text\":\"Bei mir wurde letztes Jahr Multiple Sklerose diagnostiziert. Schreibt an max.muster@beispiel.de\",\"member_id\":\"m1\",\"source\":\"comment\",\"region\":\"DE\"}",
            "this line is not JSON",
            "{\"id\":\"p4\",\"text\":\"=HYPERLINK(\\\"http://x.invalid\\\") hr@example.org\",\"source\":\"post\"}",
            "{\"id\":\"p1\",\"text\":\"duplicate id\"}",
            "{\"id\":\"p5\",\"text\":\"We diagnosed the problem with the build pipeline; order 4111 1111 1111 1112 is late.\",\"source\":\"post\",\"lang\":\"en\"}",
            "{\"id\":\"p6\",\"text\":\"Nothing to see here, just a post about our new office in Lyon.\",\"source\":\"post\",\"created_at\":\"2025-04-10\"}"};

    @BeforeAll
    static void scan() throws IOException {
        corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, String.join("\n", LINES) + "\n");
        out = dir.resolve("report");
        // the shipped policy's gate fails: the corpus holds a payment card in a private message
        assertEquals(1, Main.run("scan", corpus.toString(), "--out", out.toString(), "--threads", "2", "-q"));
    }

    @Test
    void gateVerdictIsInTheSummary() throws IOException {
        JsonNode gate = Json.MAPPER.readTree(out.resolve("summary.json").toFile()).get("gate");
        assertEquals("failed", gate.get("verdict").asText());
        assertEquals("policy", gate.get("source").asText());
        JsonNode excluded = gate.get("conditions").get(0);
        assertEquals("excluded.* > 0", excluded.get("condition").asText());
        assertEquals(1, excluded.get("records").asLong()); // p2: a private message with a card in it
        assertTrue(excluded.get("holds").asBoolean());
    }

    @Test
    void everyFindingSaysWhereItsRecordIsInTheInput() throws IOException {
        for (String line : Files.readAllLines(out.resolve("findings.jsonl"))) {
            JsonNode f = Json.MAPPER.readTree(line);
            assertEquals(corpus.toString(), f.get("input").asText());
            String id = f.get("record_id").asText();
            int expected = 1 + List.of(LINES).indexOf(List.of(LINES).stream()
                    .filter(l -> l.startsWith("{\"id\":\"" + id + "\"")).findFirst().orElseThrow());
            assertEquals(expected, f.get("line").asInt(), id);
        }
    }

    @Test
    void aBaselineLeavesOutKnownFindingsWhateverTheLineOrder() throws IOException {
        List<String> shuffled = new ArrayList<>(List.of(LINES));
        shuffled.removeIf(line -> line.contains("duplicate id")); // reversed, it would come first and win
        java.util.Collections.reverse(shuffled);
        shuffled.add("{\"id\":\"p7\",\"text\":\"New here: write to ana.new@example.org\",\"source\":\"post\"}");
        Path later = Files.writeString(dir.resolve("later.jsonl"), String.join("\n", shuffled) + "\n");
        Path newOnly = dir.resolve("new-only");
        // the only new finding is an e-mail address, which the gate does not count: exit 0
        assertEquals(0, Main.run("scan", later.toString(), "--out", newOnly.toString(), "-q", "--keep-index", "false",
                "--baseline", out.toString()));
        List<String> findings = Files.readAllLines(newOnly.resolve("findings.jsonl"));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("p7", Json.MAPPER.readTree(findings.get(0)).get("record_id").asText());
        JsonNode summary = Json.MAPPER.readTree(newOnly.resolve("summary.json").toFile());
        long before = Files.readAllLines(out.resolve("findings.jsonl")).size();
        assertEquals(before, summary.get("baseline").get("known").asLong());
        assertEquals(0, summary.get("baseline").get("resolved").asLong());
        assertEquals(1, summary.get("findings").asLong());
        assertEquals(2, Main.run("scan", later.toString(), "--out", newOnly.toString(), "-q", "--baseline",
                dir.resolve("nowhere").toString()));
    }

    @Test
    void aReportFolderReadsBackAsWritten() throws IOException {
        dev.corpusaudit.report.ReportFolder folder = dev.corpusaudit.report.ReportFolder.open(out);
        assertEquals(Files.readString(out.resolve("summary.json")), Json.PRETTY.writeValueAsString(folder.summary()));
        List<String> lines = Files.readAllLines(out.resolve("findings.jsonl"));
        List<String> again = new ArrayList<>();
        folder.findings().forEach(f -> again.add(new String(dev.corpusaudit.report.FindingsFile.line(f),
                StandardCharsets.UTF_8).strip()));
        assertEquals(lines, again);

        Path broken = Files.createDirectories(dir.resolve("broken-report"));
        Files.copy(out.resolve("summary.json"), broken.resolve("summary.json"));
        Files.writeString(broken.resolve("findings.jsonl"), lines.get(0) + "\n{not json\n");
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.corpusaudit.model.ConfigException.class,
                () -> dev.corpusaudit.report.ReportFolder.open(broken).findings().forEach(f -> { }));
        assertTrue(e.getMessage().startsWith(broken.resolve("findings.jsonl") + ":2: not a finding"), e.getMessage());
        Files.writeString(broken.resolve("findings.jsonl"), "\n{\"record_id\":\"p1\"}\n");
        e = org.junit.jupiter.api.Assertions.assertThrows(dev.corpusaudit.model.ConfigException.class,
                () -> dev.corpusaudit.report.ReportFolder.open(broken).findings().forEach(f -> { }));
        assertEquals(broken.resolve("findings.jsonl") + ":2: not a finding (needs record_id, category and rule_id)",
                e.getMessage());
        assertEquals(2, Main.run("scan", corpus.toString(), "--out", dir.resolve("unused").toString(), "-q",
                "--baseline", broken.toString()), "a baseline whose findings are broken is a usage error");
    }

    @Test
    void gateFromTheCommandLineDecidesTheExitCode() {
        Path gated = dir.resolve("gated");
        // p1 and p3 disclose health: 2 of the 6 indexed records, 33.3%
        assertEquals(1, Main.run("scan", corpus.toString(), "--out", gated.toString(), "-q", "--keep-index", "false",
                "--gate", "special.health > 30%"));
        assertEquals(0, Main.run("scan", corpus.toString(), "--out", gated.toString(), "-q", "--keep-index", "false",
                "--gate", "special.health > 34%", "--gate", "pii.phone >= 1"));
        assertEquals(2, Main.run("scan", corpus.toString(), "--out", gated.toString(), "-q", "--gate",
                "special.nonsense > 0"));
    }

    @Test
    void writesEveryOutput() {
        for (String file : List.of("findings.jsonl", "summary.json", "rejected.jsonl", "audit-report.xlsx",
                "manifest.json", "report.html", "report.pdf", "charts/findings-by-category.png",
                "charts/findings-by-category.svg", "charts/records-by-language.png", "index")) {
            assertTrue(Files.exists(out.resolve(file)), file);
        }
        assertFalse(Files.exists(out.resolve("findings.sarif")), "SARIF only with --format sarif");
    }

    @Test
    void reportWritesTheReportsAgainWithTheMeasuredAccuracyAndTheManifestStillVerifies() throws IOException {
        Path again = dir.resolve("report-again");
        assertEquals(1, Main.run("scan", corpus.toString(), "--out", again.toString(), "-q", "--keep-index", "false",
                "--format", "sarif"));
        assertTrue(Files.exists(again.resolve("findings.sarif")));
        Path labels = Files.writeString(dir.resolve("labels.jsonl"),
                "{\"record_id\":\"p1\",\"categories\":[\"special.health\"]}\n{\"record_id\":\"p6\",\"categories\":[]}\n");
        Path eval = dir.resolve("eval.json");
        assertEquals(0, Main.run("eval", "--findings", again.resolve("findings.jsonl").toString(), "--labels",
                labels.toString(), "--json", eval.toString(), "-q"));
        String before = Files.readString(again.resolve("report.html"));
        assertTrue(before.contains("No accuracy measurement was given"), "no eval given to the scan");
        Files.delete(again.resolve("findings.sarif"));

        assertEquals(0, Main.run("report", again.toString(), "--eval", eval.toString(), "--format", "sarif", "-q"));
        String html = Files.readString(again.resolve("report.html"));
        assertTrue(html.contains("Measured by corpus-audit eval on 2 labelled records"), "the accuracy is quoted");
        assertTrue(Files.exists(again.resolve("findings.sarif")));
        assertEquals(0, Main.run("verify", again.toString(), "-q"));
        assertEquals(2, Main.run("report", dir.resolve("nowhere").toString(), "-q"));
        assertEquals(2, Main.run("report", again.toString(), "--eval", labels.toString(), "-q"));
    }

    @Test
    void countsAddUp() throws IOException {
        JsonNode summary = Json.MAPPER.readTree(out.resolve("summary.json").toFile());
        JsonNode records = summary.get("records");
        assertEquals(8, records.get("read").asLong());
        assertEquals(6, records.get("indexed").asLong());
        assertEquals(2, records.get("rejected").asLong());
        assertEquals(records.get("read").asLong(), records.get("indexed").asLong() + records.get("rejected").asLong());
        assertEquals(2, Files.readAllLines(out.resolve("rejected.jsonl")).size());
        assertEquals(8, summary.get("findings").asLong()); // p2's source is message: excluded.private_message too
        JsonNode health = summary.get("categories").get("special.health");
        assertEquals(4, health.get("findings").asLong()); // a diagnosis and a condition in each of p1 and p3
        assertEquals(2, health.get("records").asLong());
        assertEquals(1, health.get("members").asLong()); // p1 and p3 are both member m1
        assertEquals(5, summary.get("languages").get("en").asLong());
        assertEquals(1, summary.get("languages").get("de").asLong());
        assertEquals(4, summary.get("sources").get("post").asLong());
        assertEquals(1, summary.get("months").get("2025-03").asLong());
    }

    @Test
    void findingsHaveExactOffsetsMaskedEvidenceAndExplanations() throws IOException {
        List<JsonNode> findings = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("findings.jsonl"))) {
            findings.add(Json.MAPPER.readTree(line));
        }
        assertEquals(List.of("p1", "p1", "p2", "p2", "p3", "p3", "p3", "p4"),
                findings.stream().map(f -> f.get("record_id").asText()).toList());
        JsonNode message = findings.get(2); // record-level findings come first in a record
        assertEquals("excluded.private_message", message.get("category").asText());
        assertEquals("policy.excluded_sources", message.get("rule_id").asText());
        assertFalse(message.has("start"));
        JsonNode card = findings.get(3);
        assertEquals("excluded.payment_card", card.get("category").asText());
        assertEquals(21, card.get("start").asInt());
        assertEquals(40, card.get("end").asInt());
        assertEquals("Charge it to my card [4111 **** **** 1111] exp 12/27, thanks", card.get("evidence").asText());
        assertEquals("high", card.get("severity").asText());
        JsonNode selfHealth = findings.get(0);
        assertEquals("self", selfHealth.get("subject").asText());
        assertEquals("Last spring I [was diagnosed with] type 2 diabetes.", selfHealth.get("evidence").asText());
        assertTrue(selfHealth.get("explanation").asText().contains("first-person 'i'"));
        JsonNode diabetes = findings.get(1);
        assertEquals("health.condition_mention", diabetes.get("rule_id").asText());
        assertEquals("Last spring I was diagnosed with [type 2 diabetes].", diabetes.get("evidence").asText());
        assertTrue(diabetes.get("explanation").asText().contains("1 other distinct term of special.health in the record"),
                diabetes.get("explanation").asText());
        JsonNode email = findings.get(6);
        assertEquals("pii.email", email.get("category").asText());
        assertTrue(email.get("evidence").asText().contains("[m***@beispiel.de]"));
        for (JsonNode f : findings) {
            assertFalse(f.toString().contains("4111 1111 1111 1111"), "raw card number leaked");
            assertFalse(f.toString().contains("max.muster@"), "raw e-mail leaked");
        }
    }

    @Test
    void sameInputsGiveByteIdenticalFindingsAndSummary() throws IOException {
        Path again = dir.resolve("again");
        assertEquals(1, Main.run("scan", corpus.toString(), "--out", again.toString(), "--threads", "1", "-q"));
        assertArrayEquals(Files.readAllBytes(out.resolve("findings.jsonl")), Files.readAllBytes(again.resolve("findings.jsonl")));
        assertArrayEquals(Files.readAllBytes(out.resolve("summary.json")), Files.readAllBytes(again.resolve("summary.json")));
    }

    @Test
    void workbookHasTheSheetsAndNoFormulaFromTheCorpus() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("audit-report.xlsx")))) {
            assertEquals("Summary", wb.getSheetName(0));
            assertEquals("Charts", wb.getSheetName(1));
            assertEquals("Findings", wb.getSheetName(2));
            String started = Json.MAPPER.readTree(out.resolve("manifest.json").toFile()).get("started_at").asText();
            boolean scannedShown = false;
            for (Row row : wb.getSheet("Summary")) {
                Cell key = row.getCell(0);
                if (key != null && key.getCellType() == CellType.STRING && key.getStringCellValue().equals("Scanned")) {
                    scannedShown = row.getCell(1).getStringCellValue().startsWith(started);
                }
            }
            assertTrue(scannedShown, "the Summary says when the scan started, as the manifest does");
            Sheet findings = wb.getSheet("Findings");
            assertEquals(8, findings.getLastRowNum()); // header + 8 findings
            Row hostile = findings.getRow(8);
            assertEquals("p4", hostile.getCell(0).getStringCellValue());
            Cell evidence = hostile.getCell(11);
            assertEquals(CellType.STRING, evidence.getCellType());
            assertTrue(evidence.getStringCellValue().startsWith("=HYPERLINK("));
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertNotEquals(CellType.FORMULA, cell.getCellType(), sheet.getSheetName() + "!" + cell.getAddress());
                    }
                }
            }
            // every chart but the opt-out effect, which needs an opt-out register
            assertEquals(7, wb.getSheet("Charts").getDrawingPatriarch().getShapes().size());
        }
    }

    @Test
    void manifestHashesInputsAndOutputs() throws IOException {
        JsonNode manifest = Json.MAPPER.readTree(out.resolve("manifest.json").toFile());
        assertEquals(FileDigest.of(corpus, "").sha256(), manifest.get("inputs").get(0).get("sha256").asText());
        boolean listed = false;
        for (JsonNode o : manifest.get("outputs")) {
            if (o.get("path").asText().equals("findings.jsonl")) {
                assertEquals(FileDigest.of(out.resolve("findings.jsonl"), "").sha256(), o.get("sha256").asText());
                listed = true;
            }
        }
        assertTrue(listed);
        assertEquals(64, manifest.get("ruleset").get("sha256").asText().length());
    }

    @Test
    void searchPrintsIdsWithMaskedSnippets() {
        String printed = captureStdout(() -> assertEquals(0, Main.run("search", "--index",
                out.resolve("index").toString(), "-q", "text:\"diagnosed with\"")));
        assertEquals("p1\ten\tLast spring I was [diagnosed with] type 2 diabetes.\n", printed);
        String byEmail = captureStdout(() -> assertEquals(0, Main.run("search", "--index",
                out.resolve("index").toString(), "-q", "signal:pii.email")));
        assertEquals(List.of("p3", "p4"), byEmail.lines().map(l -> l.split("\t")[0]).toList());
        assertFalse(byEmail.contains("max.muster@"));
    }

    @Test
    void searchMatchesMetadataExactlyAndCombinesItWithText() {
        assertEquals(List.of("p1", "p4", "p5", "p6"), searchIds("source:post"));
        assertEquals(List.of("p2", "p3"), searchIds("region:DE"));
        assertEquals(List.of("p6"), searchIds("month:2025-04"));
        assertEquals(List.of("p3"), searchIds("lang:de AND signal:pii.email"));
        assertEquals(List.of("p5"), searchIds("source:post AND text:pipeline"));
        assertEquals(List.of(), searchIds("source:pos")); // exact, not a prefix
    }

    private List<String> searchIds(String query) {
        String printed = captureStdout(() -> assertEquals(0, Main.run("search", "--index",
                out.resolve("index").toString(), "-q", query)));
        return printed.lines().map(l -> l.split("\t")[0]).toList();
    }

    @Test
    void exitCodesForUsageAndInputErrors() throws IOException {
        assertEquals(2, Main.run("scan", corpus.toString(), "--out", dir.resolve("x").toString(), "--no-such-option"));
        assertEquals(3, Main.run("scan", dir.resolve("missing.jsonl").toString(), "--out", dir.resolve("y").toString(), "-q"));
        Path badPolicy = dir.resolve("bad.yaml");
        Files.writeString(badPolicy, "id: x\n");
        assertEquals(2, Main.run("scan", corpus.toString(), "--out", dir.resolve("z").toString(), "--ruleset",
                badPolicy.toString(), "-q"));
        assertEquals(3, Main.run("search", "--index", dir.resolve("nowhere").toString(), "text:x"));
        assertEquals(2, Main.run("search", "--index", out.resolve("index").toString(), "text:\"unclosed"));
    }

    @Test
    void aPolicyWithNamesInEveryRecordReportsANameAloneOnce() throws IOException {
        Path names = dir.resolve("names.jsonl");
        Files.writeString(names, String.join("\n",
                "{\"id\":\"n1\",\"text\":\"Please welcome Priya Raghunathan to the data team!\",\"lang\":\"en\"}",
                "{\"id\":\"n2\",\"text\":\"Priya Raghunathan told me she was diagnosed with diabetes.\",\"lang\":\"en\"}",
                "{\"id\":\"n3\",\"text\":\"Our new office in Lyon opens on Monday.\",\"lang\":\"en\"}") + "\n");
        Map<String, List<String>> strict = categoriesByRecord(names, "rulesets/gdpr-strict.yaml");
        assertEquals(List.of("pii.person"), strict.get("n1"));
        // the workers found its name, the phrase rules the diagnosis: one name, reported once
        assertEquals(1, strict.get("n2").stream().filter("pii.person"::equals).count(), strict.get("n2").toString());
        assertTrue(strict.get("n2").contains("special.health"), strict.get("n2").toString());
        assertEquals(null, strict.get("n3"));
        Map<String, List<String>> linkedin = categoriesByRecord(names, Ruleset.DEFAULT_POLICY);
        assertEquals(null, linkedin.get("n1")); // a name alone is profile data this policy lets in
        assertEquals(1, linkedin.get("n2").stream().filter("pii.person"::equals).count(), linkedin.get("n2").toString());
    }

    private static Map<String, List<String>> categoriesByRecord(Path input, String policy) throws IOException {
        Path report = dir.resolve("names-" + Path.of(policy).getFileName());
        Main.run("scan", input.toString(), "--out", report.toString(), "--ruleset", policy, "-q");
        Map<String, List<String>> categories = new TreeMap<>();
        for (String line : Files.readAllLines(report.resolve("findings.jsonl"))) {
            JsonNode f = Json.MAPPER.readTree(line);
            categories.computeIfAbsent(f.get("record_id").asText(), id -> new ArrayList<>())
                    .add(f.get("category").asText());
        }
        return categories;
    }

    @Test
    void keepIndexFalseRemovesTheIndex() {
        Path noIndex = dir.resolve("no-index");
        assertEquals(1, Main.run("scan", corpus.toString(), "--out", noIndex.toString(), "--keep-index", "false", "-q"));
        assertFalse(Files.exists(noIndex.resolve("index")));
        assertTrue(Files.exists(noIndex.resolve("findings.jsonl")));
    }

    static String captureStdout(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
