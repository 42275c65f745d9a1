package dev.corpusaudit.redact;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corpusaudit.ingest.FieldMapping;
import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The redactor on small hand-made corpora and findings: exact output lines, log lines and counts. */
class RedactorTest {
    @TempDir
    Path dir;

    private static final String EMAIL = "jan.smit@example.nl";
    private static final String CARD = "4111 1111 1111 1111";

    /** A finding line as the scan writes it (only the fields redact reads, plus masked evidence). */
    private static String finding(String id, String category, Integer start, Integer end, String field) {
        StringBuilder s = new StringBuilder("{\"record_id\":\"" + id + "\",\"category\":\"" + category
                + "\",\"rule_id\":\"rule." + category + "\",\"confidence\":0.9");
        if (start != null) {
            s.append(",\"start\":").append(start).append(",\"end\":").append(end);
        }
        s.append(",\"evidence\":\"[masked]\"");
        if (field != null) {
            s.append(",\"field\":\"").append(field).append('"');
        }
        return s.append('}').toString();
    }

    private static String finding(String id, String category, Integer start, Integer end) {
        return finding(id, category, start, end, null);
    }

    private Path write(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, lines.length == 0 ? "" : String.join("\n", lines) + "\n");
        return file;
    }

    private Redactor.Result redact(RedactionPlan plan, Path findings, Path... inputs) throws Exception {
        return new Redactor(plan, FieldMapping.identity(), 1_000_000, StandardCharsets.UTF_8).run(List.of(inputs),
                findings, dir.resolve("clean"));
    }

    private List<JsonNode> log() throws IOException {
        List<JsonNode> entries = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("clean/redaction-log.jsonl"))) {
            entries.add(Json.MAPPER.readTree(line));
        }
        return entries;
    }

    @Test
    void masksExactOffsetsAndKeepsEveryOtherByteOfTheLine() throws Exception {
        String text = "Mail " + EMAIL + " or call. 😊 Card " + CARD + ".";
        int email = text.indexOf(EMAIL);
        int card = text.indexOf(CARD);
        // odd spacing, escapes, numbers and nested values must pass byte for byte, in their order
        String line = "{\"n\": 1.50e0 ,\"id\":\"p1\",  \"text\":" + Json.MAPPER.writeValueAsString(text)
                + ",\"e\":\"caf\\u00e9 \\\"q\\\"\",\"nested\":{\"b\":1, \"a\":[1,  2]},\"z\":null}";
        Path corpus = write("corpus.jsonl", line,
                "{\"id\":\"p2\",\"text\":\"nothing here\"}");
        Path findings = write("findings.jsonl", finding("p1", "pii.email", email, email + EMAIL.length()),
                finding("p1", "excluded.payment_card", card, card + CARD.length()));

        Redactor.Result result = redact(RedactionPlan.defaults(), findings, corpus);

        String masked = "Mail [REDACTED:pii.email] or call. 😊 Card [REDACTED:excluded.payment_card].";
        assertEquals(List.of(line.replace(Json.MAPPER.writeValueAsString(text), Json.MAPPER.writeValueAsString(masked)),
                "{\"id\":\"p2\",\"text\":\"nothing here\"}"), Files.readAllLines(dir.resolve("clean/corpus.jsonl")));
        assertEquals(new RedactionSummary.Records(2, 1, 1, 0), result.summary().records());
        assertEquals(Map.of("excluded.payment_card", 1L, "pii.email", 1L), result.summary().maskedSpansByCategory());
        JsonNode entry = log().get(0);
        assertEquals("{\"record_id\":\"p1\",\"file\":\"" + corpus + "\",\"line\":1,\"action\":\"masked\","
                + "\"categories\":[\"excluded.payment_card\",\"pii.email\"],"
                + "\"rule_ids\":[\"rule.excluded.payment_card\",\"rule.pii.email\"],\"spans\":["
                + "{\"field\":\"text\",\"start\":5,\"end\":24,\"category\":\"pii.email\",\"rule_id\":\"rule.pii.email\"},"
                + "{\"field\":\"text\",\"start\":42,\"end\":61,\"category\":\"excluded.payment_card\","
                + "\"rule_id\":\"rule.excluded.payment_card\"}]}", entry.toString());
    }

    @Test
    void aWholeTextFindingGivesWayToASpanOfItsCategory() throws Exception {
        String text = "Als Steuerberaterin bekomme ich 69000 brutto, nach 6 Jahren.";
        int amount = text.indexOf("69000");
        String whole = finding("both", "excluded.salary", 0, text.length()).replace("\"confidence\"",
                "\"detector\":\"categorizer\",\"confidence\"");
        Path corpus = write("corpus.jsonl", "{\"id\":\"both\",\"text\":\"" + text + "\"}",
                "{\"id\":\"alone\",\"text\":\"" + text + "\"}");
        Path findings = write("findings.jsonl", whole,
                finding("both", "excluded.salary", amount, amount + 5),
                whole.replace("\"both\"", "\"alone\""));

        Redactor.Result result = redact(RedactionPlan.defaults(), findings, corpus);

        assertEquals(List.of("{\"id\":\"both\",\"text\":\"Als Steuerberaterin bekomme ich "
                        + "[REDACTED:excluded.salary] brutto, nach 6 Jahren.\"}",
                "{\"id\":\"alone\",\"text\":\"[REDACTED:excluded.salary]\"}"),
                Files.readAllLines(dir.resolve("clean/corpus.jsonl")));
        assertEquals(Map.of("excluded.salary", 2L), result.summary().maskedSpansByCategory());
        assertEquals(1, log().get(0).get("spans").size(), "the whole-text finding is not what was masked");
    }

    @Test
    void dropsByCategoryFamilyAndRecordLevelFindingsAndLogsWhy() throws Exception {
        Path corpus = write("corpus.jsonl",
                "{\"id\":\"minor\",\"text\":\"hi from school\"}",
                "{\"id\":\"health\",\"text\":\"I was diagnosed with diabetes\"}",
                "{\"id\":\"card\",\"text\":\"card on file\"}",
                "{\"id\":\"name\",\"text\":\"Jan Smit wrote this\"}",
                "{\"id\":\"clean\",\"text\":\"nothing\"}");
        Path findings = write("findings.jsonl",
                finding("minor", "excluded.minor", null, null),
                finding("health", "special.health", 6, 20),
                finding("health", "pii.person", 0, 1),
                finding("card", "excluded.payment_card", null, null),
                finding("name", "pii.person", 0, 8));

        Redactor.Result result = redact(RedactionPlan.parse("excluded.minor,special.*", "excluded.payment_card",
                0), findings, corpus);

        assertEquals(List.of("{\"id\":\"name\",\"text\":\"Jan Smit wrote this\"}", "{\"id\":\"clean\",\"text\":\"nothing\"}"),
                Files.readAllLines(dir.resolve("clean/corpus.jsonl")));
        RedactionSummary s = result.summary();
        assertEquals(new RedactionSummary.Records(5, 2, 0, 3), s.records());
        assertEquals(Map.of(Redaction.DROP_CATEGORY, 2L, Redaction.RECORD_LEVEL, 1L), s.droppedByReason());
        assertEquals(Map.of("excluded.minor", 1L, "special.health", 1L, "excluded.payment_card", 1L),
                s.droppedByCategory());
        assertEquals(Map.of("pii.person", 2L), s.findings().leftByCategory());
        List<JsonNode> log = log();
        assertEquals(List.of("minor", "health", "card"), log.stream().map(e -> e.get("record_id").asText()).toList());
        assertEquals("[\"special.health\"]", log.get(1).get("categories").toString());
        assertEquals(6, log.get(1).get("spans").get(0).get("start").asInt());
        assertFalse(log.get(0).has("spans"), "a record-level finding has no span");
        assertEquals(Redaction.RECORD_LEVEL, log.get(2).get("reason").asText());
    }

    @Test
    void otherFieldsAreMaskedWhereTheFindingSaysAndNonStringValuesBecomeStrings() throws Exception {
        Path corpus = write("corpus.jsonl",
                "{\"id\":\"p1\",\"text\":\"see bio\",\"bio\":\"mail " + EMAIL + "\",\"phone\":31612345678}");
        Path findings = write("findings.jsonl", finding("p1", "pii.email", 5, 5 + EMAIL.length(), "bio"),
                finding("p1", "pii.phone", 0, 11, "phone"));

        redact(RedactionPlan.defaults(), findings, corpus);

        assertEquals(List.of("{\"id\":\"p1\",\"text\":\"see bio\",\"bio\":\"mail [REDACTED:pii.email]\","
                + "\"phone\":\"[REDACTED:pii.phone]\"}"), Files.readAllLines(dir.resolve("clean/corpus.jsonl")));
    }

    @Test
    void mappedFieldNamesAreTheOnesMasked() throws Exception {
        Path corpus = write("corpus.jsonl", "{\"uuid\":\"u1\",\"body\":\"mail " + EMAIL + "\",\"text\":\"" + EMAIL + "\"}");
        Path findings = write("findings.jsonl", finding("u1", "pii.email", 5, 5 + EMAIL.length()),
                finding("u1", "pii.email", 0, EMAIL.length(), "text"));

        new Redactor(RedactionPlan.defaults(), FieldMapping.parse("id=uuid,text=body"), 1_000_000,
                StandardCharsets.UTF_8)
                .run(List.of(corpus), findings, dir.resolve("clean"));

        assertEquals(List.of("{\"uuid\":\"u1\",\"body\":\"mail [REDACTED:pii.email]\","
                + "\"text\":\"[REDACTED:pii.email]\"}"), Files.readAllLines(dir.resolve("clean/corpus.jsonl")));
    }

    @Test
    void nestedMappedPathsAreMaskedWhereTheyStand() throws Exception {
        Path corpus = write("corpus.jsonl", "{\"data\":{\"id\":\"n1\",\"post\":{\"body\":\"mail " + EMAIL
                + "\",\"title\":\"" + EMAIL + "\"}},\"meta\":{\"x\":1}}");
        Path findings = write("findings.jsonl", finding("n1", "pii.email", 5, 5 + EMAIL.length()),
                finding("n1", "pii.email", 0, EMAIL.length(), "data.post.title"));

        new Redactor(RedactionPlan.defaults(), FieldMapping.parse("id=data.id,text=data.post.body"), 1_000_000,
                StandardCharsets.UTF_8).run(List.of(corpus), findings, dir.resolve("clean"));

        assertEquals(List.of("{\"data\":{\"id\":\"n1\",\"post\":{\"body\":\"mail [REDACTED:pii.email]\","
                + "\"title\":\"[REDACTED:pii.email]\"}},\"meta\":{\"x\":1}}"),
                Files.readAllLines(dir.resolve("clean/corpus.jsonl")));
    }

    @Test
    void linesTheScanRejectedAreDroppedAndLoggedWithoutTheirText() throws Exception {
        Path corpus = write("corpus.jsonl",
                "{\"id\":\"p1\",\"text\":\"fine\"}",
                "{\"id\":\"p2\",\"text\":\"secret " + EMAIL + "\" broken",
                "",
                "{\"id\":\"p1\",\"text\":\"a duplicate id " + EMAIL + "\"}",
                "{\"id\":\"p3\",\"text\":42}",
                "{\"text\":\"no id " + EMAIL + "\"}",
                "{\"id\":\"p4\",\"text\":\"earlier\",\"text\":\"" + EMAIL + "\"}");
        Path findings = write("findings.jsonl", finding("p1", "pii.person", 0, 2));

        Redactor.Result result = redact(RedactionPlan.defaults(), findings, corpus);

        assertEquals(List.of("{\"id\":\"p1\",\"text\":\"[REDACTED:pii.person]ne\"}"),
                Files.readAllLines(dir.resolve("clean/corpus.jsonl")));
        assertEquals(new RedactionSummary.Records(7, 0, 1, 6), result.summary().records());
        assertEquals(Map.of(RedactionLog.NOT_SCANNED, 6L),
                result.summary().droppedByReason());
        List<String> reasons = log().stream().map(e -> e.get("line").asInt() + " " + e.path("reason").asText()
                .replaceAll("at column \\d+", "at column N")).toList();
        assertEquals(List.of("2 not scanned: malformed JSON at column N", "3 not scanned: blank line",
                "4 not scanned: duplicate id 'p1'", "5 not scanned: field 'text' is a JSON number, not a string",
                "6 not scanned: missing field 'id'", "7 not scanned: field 'text' appears twice in the object", "1 "),
                reasons);
        String logText = Files.readString(dir.resolve("clean/redaction-log.jsonl"))
                + Files.readString(dir.resolve("clean/" + Redactor.SUMMARY));
        for (String secret : List.of(EMAIL, "secret", "fine", "earlier", "broken")) {
            assertFalse(logText.contains(secret), "the log and summary must not hold '" + secret + "'");
        }
    }

    @Test
    void findingsThatDoNotFitTheRecordDropIt() throws Exception {
        Path corpus = write("corpus.jsonl", "{\"id\":\"p1\",\"text\":\"short\"}", "{\"id\":\"p2\",\"text\":\"x\"}");
        Path findings = write("findings.jsonl", finding("p1", "pii.email", 2, 40),
                finding("p2", "pii.email", 0, 1, "bio"));

        Redactor.Result result = redact(RedactionPlan.defaults(), findings, corpus);

        assertEquals(List.of(), Files.readAllLines(dir.resolve("clean/corpus.jsonl")));
        assertEquals(Map.of(Redaction.DOES_NOT_FIT, 2L), result.summary().droppedByReason());
    }

    @Test
    void gzipStaysGzipAndRoundTrips() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(corpus))) {
            out.write(("{\"id\":\"p1\",\"text\":\"mail " + EMAIL + "\"}\n{\"id\":\"p2\",\"text\":\"ok\"}\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        Path findings = write("findings.jsonl", finding("p1", "pii.email", 5, 5 + EMAIL.length()));

        redact(RedactionPlan.defaults(), findings, corpus);

        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("clean/corpus.jsonl.gz")))) {
            assertEquals("{\"id\":\"p1\",\"text\":\"mail [REDACTED:pii.email]\"}\n{\"id\":\"p2\",\"text\":\"ok\"}\n",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void csvKeepsItsColumnsAndDropsRowsTheScanRejected() throws Exception {
        Path corpus = write("corpus.csv",
                "id,text,source",
                "c1,\"Mail " + EMAIL + ", thanks\",post",
                "c2,\"multi",
                "line, no finding\",comment",
                "c3,too,many,columns",
                "c4,minor,post");
        Path findings = write("findings.jsonl", finding("c1", "pii.email", 5, 5 + EMAIL.length()),
                finding("c4", "excluded.minor", null, null));

        Redactor.Result result = redact(RedactionPlan.defaults(), findings, corpus);

        assertEquals("id,text,source\r\nc1,\"Mail [REDACTED:pii.email], thanks\",post\r\n"
                        + "c2,\"multi\nline, no finding\",comment\r\n",
                Files.readString(dir.resolve("clean/corpus.csv")));
        assertEquals(new RedactionSummary.Records(4, 1, 1, 2), result.summary().records());
        assertEquals(List.of("2 masked", "5 dropped", "6 dropped"),
                log().stream().map(e -> e.get("line").asInt() + " " + e.get("action").asText()).sorted().toList());
    }

    @Test
    void aSemicolonCsvWithAByteOrderMarkIsRewrittenWithItsSemicolons() throws Exception {
        Path corpus = write("export.csv", "\uFEFFid;text", "e1;\"Mail " + EMAIL + "; danke\"", "e2;nichts");
        Path findings = write("findings.jsonl", finding("e1", "pii.email", 5, 5 + EMAIL.length()));

        Redactor.Result result = redact(RedactionPlan.defaults(), findings, corpus);

        assertEquals("id;text\r\ne1;\"Mail [REDACTED:pii.email]; danke\"\r\ne2;nichts\r\n",
                Files.readString(dir.resolve("clean/export.csv")));
        assertEquals(new RedactionSummary.Records(2, 1, 1, 0), result.summary().records());
    }

    @Test
    void repeatedCsvColumnNamesMaskTheColumnTheFindingNames() throws Exception {
        // the scan names the second "notes" column "notes.1" (pandas' name), and its findings say so
        Path corpus = write("notes.csv", "id,text,notes,notes", "n1,hello,first," + EMAIL);
        Path findings = write("findings.jsonl", finding("n1", "pii.email", 0, EMAIL.length(), "notes.1"));

        redact(RedactionPlan.defaults(), findings, corpus);

        assertEquals("id,text,notes,notes\r\nn1,hello,first,[REDACTED:pii.email]\r\n",
                Files.readString(dir.resolve("clean/notes.csv")));
    }

    @Test
    void aJsonArrayIsRefusedWithTheWayToConvertItAndNothingIsWritten() throws Exception {
        Path corpus = write("export.json", "[{\"id\":\"j1\",\"text\":\"mail " + EMAIL + "\"}]");
        Path findings = write("findings.jsonl", finding("j1", "pii.email", 5, 5 + EMAIL.length()));

        dev.corpusaudit.model.InputException e = assertThrows(dev.corpusaudit.model.InputException.class,
                () -> redact(RedactionPlan.defaults(), findings, corpus));
        assertTrue(e.getMessage().contains("a JSON array; redact writes JSON Lines and CSV only"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("clean/export.json")));
    }

    @Test
    void aFolderOfTextFilesKeepsItsLayout() throws Exception {
        Path folder = dir.resolve("notes");
        write("notes/a.txt", "Mail " + EMAIL);
        write("notes/sub/b.txt", "plain");
        write("notes/sub/c.txt", "from a minor");
        write("notes/readme.md", "not a record");
        Path findings = write("findings.jsonl", finding("a.txt", "pii.email", 5, 5 + EMAIL.length()),
                finding("sub/c.txt", "excluded.minor", null, null));

        Redactor.Result result = redact(RedactionPlan.defaults(), findings, folder);

        assertEquals("Mail [REDACTED:pii.email]\n", Files.readString(dir.resolve("clean/notes/a.txt")));
        assertEquals("plain\n", Files.readString(dir.resolve("clean/notes/sub/b.txt")));
        assertFalse(Files.exists(dir.resolve("clean/notes/sub/c.txt")));
        assertFalse(Files.exists(dir.resolve("clean/notes/readme.md")));
        assertEquals(new RedactionSummary.Records(4, 1, 1, 2), result.summary().records());
    }

    @Test
    void findingsOfAnotherCorpusAreRefusedAndPartlyMatchingOnesWarned() throws Exception {
        Path corpus = write("corpus.jsonl", "{\"id\":\"p1\",\"text\":\"hello\"}");
        Path other = write("other/findings.jsonl", finding("x1", "pii.email", 0, 2), finding("x2", "pii.email", 0, 2));
        ConfigException e = assertThrows(ConfigException.class, () -> redact(RedactionPlan.defaults(), other, corpus));
        assertTrue(e.getMessage().startsWith("none of the 2 record ids in"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("clean/corpus.jsonl")), "nothing is written");
        assertFalse(Files.exists(dir.resolve("clean/redaction-log.jsonl")));

        Path some = write("some/findings.jsonl", finding("x1", "pii.email", 0, 2), finding("p1", "pii.email", 0, 2));
        write("some/summary.json", "{\"input_files\":[{\"path\":\"corpus.jsonl\",\"sha256\":\"00\",\"bytes\":1}]}");
        RedactionSummary s = redact(RedactionPlan.defaults(), some, corpus).summary();
        assertEquals(1, s.findings().ofRecordsNotInInput());
        assertEquals(2, s.warnings().size());
        assertTrue(s.warnings().get(0).startsWith("1 of the 2 record ids with findings (1 findings) are not in the input"));
        assertTrue(s.warnings().get(1).contains("is not among the files the scan read"));
    }

    @Test
    void refusesToWriteOverAnInput() throws Exception {
        Path corpus = write("clean/corpus.jsonl", "{\"id\":\"p1\",\"text\":\"hello\"}");
        Path findings = write("findings.jsonl");
        ConfigException e = assertThrows(ConfigException.class,
                () -> redact(RedactionPlan.defaults(), findings, corpus));
        assertTrue(e.getMessage().contains("would overwrite the input"), e.getMessage());
    }

    @Test
    void aFindingsFileMustHoldFindings() throws Exception {
        Path corpus = write("corpus.jsonl", "{\"id\":\"p1\",\"text\":\"hello\"}");
        Path findings = write("findings.jsonl", "{\"record_id\":\"p1\",\"category\":\"pii.email\",\"start\":3}");
        ConfigException e = assertThrows(ConfigException.class,
                () -> redact(RedactionPlan.defaults(), findings, corpus));
        assertTrue(e.getMessage().endsWith("findings.jsonl:1: not a finding (record_id, category and, for a span, "
                + "0 <= start < end); --findings takes a scan's findings.jsonl"), e.getMessage());
    }

    @Test
    void theSameInputGivesTheSameBytes() throws Exception {
        Path corpus = write("corpus.jsonl", "{\"id\":\"p1\",\"text\":\"mail " + EMAIL + "\"}",
                "{\"id\":\"p2\",\"text\":\"x\"}");
        Path findings = write("findings.jsonl", finding("p1", "pii.email", 5, 5 + EMAIL.length()),
                finding("p2", "excluded.minor", null, null));
        redact(RedactionPlan.defaults(), findings, corpus);
        List<byte[]> first = new ArrayList<>();
        for (String name : List.of("corpus.jsonl", "redaction-log.jsonl", Redactor.SUMMARY)) {
            first.add(Files.readAllBytes(dir.resolve("clean").resolve(name)));
        }
        redact(RedactionPlan.defaults(), findings, corpus);
        int i = 0;
        for (String name : List.of("corpus.jsonl", "redaction-log.jsonl", Redactor.SUMMARY)) {
            assertEquals(new String(first.get(i++), StandardCharsets.UTF_8),
                    Files.readString(dir.resolve("clean").resolve(name)), name);
        }
    }
}
