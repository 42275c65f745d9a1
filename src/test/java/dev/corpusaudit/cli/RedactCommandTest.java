package dev.corpusaudit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corpusaudit.model.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** scan, then redact, then scan the cleaned copy: what the second scan still finds is what redact left. */
class RedactCommandTest {
    @TempDir
    static Path dir;
    static Path corpus;
    static Path report;
    static Path clean;
    static String redactErr;

    private static final String[] LINES = {
            "{\"id\":\"p1\",\"text\":\"Last spring I was diagnosed with type 2 diabetes.\",\"source\":\"post\",\"region\":\"GB\"}",
            "{\"id\":\"p2\",\"text\":\"Charge it to my card 4111 1111 1111 1111 exp 12/27, thanks\",\"source\":\"message\",\"region\":\"DE\",\"lang\":\"en\"}",
            "{\"id\":\"p3\",\"text\":\"Our office moved. Write to hr@example.org or call +44 20 7946 0958 for visits.\",\"source\":\"post\",\"lang\":\"en\"}",
            "this line is not JSON",
            "{\"id\":\"p4\",\"text\":\"Pay the invoice with card 4111 1111 1111 1111 before Friday.\",\"source\":\"post\",\"lang\":\"en\"}",
            "{\"id\":\"p5\",\"text\":\"Nothing to see here, just a post about our new office in Lyon.\",\"source\":\"post\",\"created_at\":\"2025-04-10\"}"};

    @BeforeAll
    static void scanAndRedact() throws IOException {
        corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, String.join("\n", LINES) + "\n");
        report = dir.resolve("report");
        assertEquals(Main.EXIT_GATE_FAILED, Main.run("scan", corpus.toString(), "--out", report.toString(),
                "--threads", "2", "-q"));
        clean = dir.resolve("clean");
        redactErr = stderrOf(() -> assertEquals(Main.EXIT_OK, Main.run("redact", corpus.toString(), "--findings",
                report.resolve("findings.jsonl").toString(), "--out", clean.toString())));
    }

    @Test
    void aSecondScanOfTheCleanCopyFindsNothingThatWasToBeDroppedOrMasked() throws IOException {
        Path rescan = dir.resolve("rescan");
        assertEquals(Main.EXIT_OK, Main.run("scan", clean.resolve("corpus.jsonl").toString(), "--out",
                rescan.toString(), "--threads", "2", "-q"));
        assertEquals("", Files.readString(rescan.resolve("findings.jsonl")));
        List<String> ids = Files.readAllLines(clean.resolve("corpus.jsonl")).stream()
                .map(line -> readTree(line).get("id").asText()).toList();
        assertEquals(List.of("p3", "p4", "p5"), ids);
        assertEquals("Our office moved. Write to [REDACTED:pii.email] or call [REDACTED:pii.phone] for visits.",
                readTree(Files.readAllLines(clean.resolve("corpus.jsonl")).get(0)).get("text").asText());
    }

    @Test
    void theSummaryAddsUpAndThePrintedSummarySaysWhere() throws IOException {
        JsonNode records = Json.MAPPER.readTree(clean.resolve("redaction-summary.json").toFile()).get("records");
        assertEquals("{\"read\":6,\"kept\":1,\"masked\":2,\"dropped\":3}", records.toString());
        assertTrue(redactErr.contains("redacted 6 records: 1 kept unchanged, 2 masked, 3 dropped"), redactErr);
        assertTrue(redactErr.contains("clean copy: " + clean), redactErr);
    }

    @Test
    void theLogHoldsNoCorpusText() throws IOException {
        // the log names the input file; its random temporary folder may hold any digits
        String log = Files.readString(clean.resolve("redaction-log.jsonl")).replace(corpus.toString(), "corpus");
        for (String secret : List.of("diagnosed", "4111", "hr@example", "7946", "not JSON")) {
            assertFalse(log.contains(secret), secret);
        }
        Set<String> actions = new TreeSet<>();
        for (String line : log.split("\n")) {
            actions.add(readTree(line).get("record_id") == null ? "no id" : readTree(line).get("record_id").asText()
                    + " " + readTree(line).get("action").asText());
        }
        assertEquals(Set.of("no id", "p1 dropped", "p2 dropped", "p3 masked", "p4 masked"), actions);
    }

    @Test
    void findingsOfAnotherCorpusAreAUsageError() throws IOException {
        Path other = dir.resolve("other.jsonl");
        Files.writeString(other, "{\"id\":\"q1\",\"text\":\"hello\"}\n");
        String err = stderrOf(() -> assertEquals(Main.EXIT_USAGE, Main.run("redact", other.toString(), "--findings",
                report.resolve("findings.jsonl").toString(), "--out", dir.resolve("other-clean").toString())));
        assertTrue(err.startsWith("error: none of the "), err);
        assertTrue(err.contains("is in the input: these findings are of another corpus"), err);
    }

    @Test
    void badOptionsAndMissingInputsSayWhatIsWrong() {
        String err = stderrOf(() -> assertEquals(Main.EXIT_USAGE, Main.run("redact", corpus.toString(), "--findings",
                report.resolve("findings.jsonl").toString(), "--out", dir.resolve("x").toString(), "--drop",
                "special.helth")));
        assertTrue(err.startsWith("error: --drop: no category is 'special.helth'"), err);
        err = stderrOf(() -> assertEquals(Main.EXIT_INPUT, Main.run("redact", dir.resolve("nope.jsonl").toString(),
                "--findings", report.resolve("findings.jsonl").toString(), "--out", dir.resolve("y").toString())));
        assertTrue(err.startsWith("error: input not found: "), err);
    }

    @Test
    void aLegacyExportIsScannedAndRedactedInItsEncodingAndCopiedInUtf8() throws IOException {
        Path legacy = dir.resolve("legacy.jsonl");
        Files.write(legacy, "{\"id\":\"w1\",\"text\":\"Grüße aus Köln, schreibt an hr@example.org\"}\n"
                .getBytes("windows-1252"));
        Path legacyReport = dir.resolve("legacy-report");
        assertEquals(Main.EXIT_OK, Main.run("scan", legacy.toString(), "--encoding", "windows-1252", "--out",
                legacyReport.toString(), "--threads", "2", "-q"));
        JsonNode counts = Json.MAPPER.readTree(legacyReport.resolve("summary.json").toFile()).get("records");
        assertEquals(0, counts.get("flagged").asInt()); // read as UTF-8 it would be, with "Gr\uFFFD\uFFFDe"
        Path legacyClean = dir.resolve("legacy-clean");
        assertEquals(Main.EXIT_OK, Main.run("redact", legacy.toString(), "--encoding", "windows-1252", "--findings",
                legacyReport.resolve("findings.jsonl").toString(), "--out", legacyClean.toString(), "-q"));
        assertEquals("{\"id\":\"w1\",\"text\":\"Grüße aus Köln, schreibt an [REDACTED:pii.email]\"}",
                Files.readString(legacyClean.resolve("legacy.jsonl"), StandardCharsets.UTF_8).strip());

        String err = stderrOf(() -> assertEquals(Main.EXIT_USAGE, Main.run("scan", legacy.toString(), "--encoding",
                "latin-9000", "--out", dir.resolve("z").toString())));
        assertTrue(err.startsWith("error: --encoding: unknown encoding 'latin-9000'"), err);
    }

    @Test
    void helpShowsAnExample() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            assertEquals(Main.EXIT_OK, Main.run("redact", "--help"));
        } finally {
            System.setOut(original);
        }
        String help = buffer.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("corpus-audit redact sample-data/corpus.jsonl \\\n"
                + "      --findings reports/sample/findings.jsonl --out clean/"), help);
        assertTrue(help.contains("excluded.minor,excluded.opted_out,excluded."), help);
    }

    private static JsonNode readTree(String line) {
        try {
            return Json.MAPPER.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String stderrOf(Runnable action) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
