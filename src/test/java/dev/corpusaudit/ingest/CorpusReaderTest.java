package dev.corpusaudit.ingest;

import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.model.CorpusRecord;
import dev.corpusaudit.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusReaderTest {
    @TempDir
    Path dir;

    private final List<CorpusRecord> records = new ArrayList<>();
    private final List<Rejection> problems = new ArrayList<>();
    private final RecordHandler handler = new RecordHandler() {
        @Override
        public void record(CorpusRecord record) {
            records.add(record);
        }

        @Override
        public void problem(Rejection rejection) {
            problems.add(rejection);
        }
    };

    private CorpusReader.Result read(Path... inputs) throws InterruptedException {
        return new CorpusReader(FieldMapping.identity(), 100, StandardCharsets.UTF_8).read(List.of(inputs), handler);
    }

    @Test
    void everyJsonlLineIsARecordOrARejectionWithItsLine() throws Exception {
        Path file = write("c.jsonl", String.join("\n",
                "{\"id\":\"a\",\"text\":\"first\",\"source\":\"post\",\"region\":\"de\",\"lang\":\"DE\",\"created_at\":\"2025-03-01\",\"team\":\"x\"}",
                "not json",
                "",
                "[1,2]",
                "{\"text\":\"no id\"}",
                "{\"id\":\"b\"}",
                "{\"id\":\"a\",\"text\":\"duplicate\"}",
                "{\"id\":\"c\",\"text\":{\"nested\":true}}",
                "{\"id\":\"d\",\"text\":\"" + "x".repeat(101) + "\"}",
                "{\"id\":7,\"text\":\"numeric id\"}\r"));
        CorpusReader.Result result = read(file);

        assertEquals(2, result.accepted());
        assertEquals(8, result.rejected());
        assertEquals(List.of("a", "7"), records.stream().map(CorpusRecord::id).toList());
        assertEquals(List.of(0L, 1L), records.stream().map(CorpusRecord::seq).toList());
        CorpusRecord a = records.get(0);
        assertEquals("post", a.source());
        assertEquals("DE", a.region());
        assertEquals("de", a.lang());
        assertEquals("2025-03", a.createdMonth());
        assertEquals("x", a.extra().get("team"));
        assertEquals(new CorpusRecord.Origin(file.toString(), 1), a.origin());
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), problems.stream().map(Rejection::line).toList());
        // where, not what: the parser's own message would quote the line ("Unrecognized token 'not'")
        assertEquals("malformed JSON at column 4", problems.get(0).reason());
        assertEquals("blank line", problems.get(1).reason());
        assertEquals("not a JSON object", problems.get(2).reason());
        assertEquals("missing field 'id' (record id)", problems.get(3).reason());
        assertEquals("missing field 'text' (record text)", problems.get(4).reason());
        assertEquals("duplicate id 'a' (the first record with this id was kept)", problems.get(5).reason());
        assertEquals("field 'text' is a JSON object, not a string", problems.get(6).reason());
        assertEquals("text has 101 characters, over --max-record-chars 100", problems.get(7).reason());
        assertTrue(problems.stream().allMatch(Rejection::isRejected));
    }

    @Test
    void jsonValuesOfEveryKindAreReadOrRejectedWithTheReason() throws Exception {
        Path file = write("kinds.jsonl", String.join("\n",
                "{\"id\":\"n\",\"text\":42}",
                "{\"id\":\"b\",\"text\":true}",
                "{\"id\":\"t\",\"text\":\"ok\"} trailing",
                "{\"id\":\"u\",\"text\":\"unterminated",
                "{\"id\":\"q\",\"text\":\"kept\",\"meta\":{\"k\":[1,2]},\"score\":0.5,\"member_id\":null}"));
        read(file);

        assertEquals(List.of("field 'text' is a JSON number, not a string", "field 'text' is a JSON boolean, not a string"),
                problems.subList(0, 2).stream().map(Rejection::reason).toList());
        assertEquals(List.of("n", "b"), problems.subList(0, 2).stream().map(Rejection::recordId).toList());
        assertTrue(problems.get(2).reason().startsWith("malformed JSON"), problems.get(2).reason());
        assertTrue(problems.get(3).reason().startsWith("malformed JSON"), problems.get(3).reason());
        assertEquals(4, problems.size());
        CorpusRecord q = records.get(0);
        assertEquals("kept", q.text());
        assertEquals("{\"k\":[1,2]}", q.extra().get("meta"));
        assertEquals("0.5", q.extra().get("score"));
        assertEquals(null, q.memberId());
    }

    @Test
    void aFieldGivenTwiceMakesTheRecordAmbiguousAndRejected() throws Exception {
        // Jackson and Python keep the last "text", other readers the first: scanning one could pass the other
        Path file = write("dup.jsonl", String.join("\n",
                "{\"id\":\"d\",\"text\":\"card 4111 1111 1111 1111\",\"text\":\"nothing here\"}",
                "{\"id\":\"m\",\"text\":\"ok\",\"meta\":{\"k\":1,\"k\":2}}",
                "{\"id\":\"s\",\"source\":\"post\",\"text\":\"ok\",\"source\":\"message\"}"));
        CorpusReader.Result result = read(file);

        assertEquals(1, result.accepted());
        assertEquals("m", records.get(0).id());
        assertEquals(List.of(1L, 3L), problems.stream().map(Rejection::line).toList());
        assertEquals(List.of("field 'text' appears twice in the object (JSON readers differ on which value counts, so"
                        + " the record is ambiguous)", "field 'source' appears twice in the object (JSON readers differ"
                        + " on which value counts, so the record is ambiguous)"),
                problems.stream().map(Rejection::reason).toList());
        assertEquals(List.of("d", "s"), problems.stream().map(Rejection::recordId).toList());
    }

    @Test
    void metadataOutsideTheSchemaKeepsTheRecordWithOneWarningLine() throws Exception {
        Path file = write("meta.jsonl", String.join("\n",
                "{\"id\":\"a\",\"text\":\"hi\",\"source\":\"Message\",\"region\":\"uk\",\"lang\":\"EN\"}",
                "{\"id\":\"b\",\"text\":\"hi\",\"source\":\"dm\",\"lang\":\"klingon\",\"created_at\":\"yesterday\"}",
                "{\"id\":\"c\",\"text\":\"hi\",\"region\":\"EL\",\"created_at\":\"2025-03-01T08:00:00+01:00\"}"));
        CorpusReader.Result result = read(file);

        assertEquals(3, result.accepted());
        assertEquals(1, result.flagged());
        // case and the EU's own codes for the UK and Greece are read as the schema's
        assertEquals(List.of("message", "GB", "en"), List.of(records.get(0).source(), records.get(0).region(),
                records.get(0).lang()));
        assertEquals("GR", records.get(2).region());
        // a language that is no ISO 639-1 code is detected, not used
        assertEquals(null, records.get(1).lang());
        assertEquals("dm", records.get(1).source());
        assertEquals(1, problems.size());
        Rejection warning = problems.get(0);
        assertEquals(2, warning.line());
        assertEquals("b", warning.recordId());
        assertTrue(!warning.isRejected());
        assertEquals("field 'source' is 'dm', not a source type of the schema (profile, post, comment, article, poll,"
                + " group_post, job_posting, job_application, message, ai_prompt, other), so no source check applies"
                + " (--source-values maps it to one);"
                + " field 'lang' is 'klingon', not an ISO 639-1 language code, so the language was detected; field"
                + " 'created_at' is 'yesterday', not an ISO-8601 date, so the record counts as undated (no age at its"
                + " date, no month); record scanned", warning.reason());
    }

    @Test
    void sourceValuesOfAnExportAreReadAsTheSchemasWhenMapped() throws Exception {
        Path file = write("src.jsonl", String.join("\n",
                "{\"id\":\"a\",\"text\":\"hi\",\"source\":\"DM\"}",
                "{\"id\":\"b\",\"text\":\"hi\",\"source\":\"share\"}",
                "{\"id\":\"c\",\"text\":\"hi\",\"source\":\"chat\"}"));
        FieldMapping mapping = FieldMapping.identity().withSourceValues("dm=message, Share=POST");
        CorpusReader.Result result = new CorpusReader(mapping, 100, StandardCharsets.UTF_8)
                .read(List.of(file), handler);

        assertEquals(List.of("message", "post", "chat"), records.stream().map(CorpusRecord::source).toList());
        assertEquals(1, result.flagged());
        assertEquals("c", problems.get(0).recordId());
    }

    @Test
    void sourceValuesMustMapToASourceTypeOfTheSchema() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> FieldMapping.identity().withSourceValues("dm=private"));
        assertEquals("--source-values: 'private' is not a source type; known: ai_prompt, article, comment, group_post,"
                + " job_application, job_posting, message, other, poll, post, profile", e.getMessage());
        assertThrows(ConfigException.class, () -> FieldMapping.identity().withSourceValues("dm"));
    }

    @Test
    void aJsonArrayFileIsReadElementByElement() throws Exception {
        // exports and APIs write one array; each element is a record, its line the one it starts on
        Path file = write("export.json", String.join("\n",
                "[",
                "  {\"id\": \"a\", \"text\": \"first\", \"source\": \"post\"},",
                "  {\"id\": \"b\",",
                "   \"text\": \"second\"},",
                "  42,",
                "  {\"id\": \"c\", \"text\": {\"nested\": true}},",
                "  {\"id\": \"d\", \"text\": \"fourth\"}",
                "]"));
        CorpusReader.Result result = read(file);

        assertEquals(List.of("a", "b", "d"), records.stream().map(CorpusRecord::id).toList());
        assertEquals(List.of(2L, 3L, 7L), records.stream().map(r -> r.origin().line()).toList());
        assertEquals("post", records.get(0).source());
        assertEquals(3, result.accepted());
        assertEquals(2, result.rejected());
        assertEquals(List.of("5 array element is not a JSON object", "6 field 'text' is a JSON object, not a string"),
                problems.stream().map(p -> p.line() + " " + p.reason()).toList());
    }

    @Test
    void aJsonArrayThatBreaksPartWayKeepsWhatCameBeforeAndSaysWhereOnce() throws Exception {
        Path file = write("broken.json", "[{\"id\":\"a\",\"text\":\"ok\"},\n {\"id\":\"b\" \"text\":\"x\"},\n"
                + " {\"id\":\"c\",\"text\":\"lost\"}]");
        CorpusReader.Result result = read(file);

        assertEquals(List.of("a"), records.stream().map(CorpusRecord::id).toList());
        assertEquals(1, result.rejected());
        assertEquals(2, problems.get(0).line());
        assertEquals("malformed JSON at line 2 column 12; the rest of the file was not read", problems.get(0).reason());
        records.clear();
        problems.clear();
        read(write("open.json", "[{\"id\":\"a\",\"text\":\"ok\"},\n"));
        assertEquals(List.of("a"), records.stream().map(CorpusRecord::id).toList());
        assertEquals("the JSON array is not closed: the file ends inside it", problems.get(0).reason());
    }

    @Test
    void invalidUtf8IsReplacedKeptAndFlagged() throws Exception {
        Path file = dir.resolve("bad.jsonl");
        byte[] prefix = "{\"id\":\"u\",\"text\":\"caf".getBytes(StandardCharsets.UTF_8);
        byte[] suffix = "\"}\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // byte-order mark
            out.write(prefix);
            out.write(0xE9); // Latin-1 e-acute: not UTF-8
            out.write(suffix);
        }
        CorpusReader.Result result = read(file);
        assertEquals(1, result.accepted());
        assertEquals(1, result.flagged());
        assertEquals("caf\uFFFD", records.get(0).text());
        assertEquals(Rejection.KEPT, problems.get(0).action());
        assertEquals(1, problems.get(0).line());
    }

    @Test
    void aHugeLineIsSkippedWithoutBeingParsed() throws Exception {
        Path file = write("huge.jsonl", "{\"id\":\"h\",\"text\":\"" + "y".repeat(200_000) + "\"}\n{\"id\":\"ok\",\"text\":\"fine\"}\n");
        read(file);
        assertEquals(List.of("ok"), records.stream().map(CorpusRecord::id).toList());
        assertTrue(problems.get(0).reason().contains("over the limit"), problems.get(0).reason());
    }

    @Test
    void gzipAndFieldMapping() throws Exception {
        Path file = dir.resolve("c.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("{\"uuid\":\"g1\",\"body\":\"zipped\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        new CorpusReader(FieldMapping.parse("id=uuid,text=body"), 100, StandardCharsets.UTF_8)
                .read(List.of(file), handler);
        assertEquals("g1", records.get(0).id());
        assertEquals("zipped", records.get(0).text());
        assertTrue(records.get(0).extra().isEmpty());
    }

    @Test
    void aTruncatedGzipKeepsWhatWasReadAndSaysWhere() throws Exception {
        Path whole = dir.resolve("whole.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
            for (int i = 0; i < 20_000; i++) {
                out.write(("{\"id\":\"r" + i + "\",\"text\":\"line " + i + " of a longer text " + i * 7919 + "\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.jsonl.gz");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        CorpusReader.Result result = read(cut);
        assertTrue(result.accepted() > 0 && result.accepted() < 20_000, "read " + result.accepted());
        Rejection last = problems.get(problems.size() - 1);
        assertTrue(last.reason().startsWith("file could not be read past this point"), last.reason());
        assertEquals(result.accepted() + 1, last.line());
    }

    @Test
    void unreadableInputsAreInputErrors() throws Exception {
        assertThrows(InputException.class, () -> read(dir.resolve("missing.jsonl")));
        Path notGzip = write("plain.jsonl.gz", "{\"id\":\"a\",\"text\":\"b\"}\n");
        InputException e = assertThrows(InputException.class, () -> read(notGzip));
        assertTrue(e.getMessage().contains("not a gzip file"), e.getMessage());
    }

    @Test
    void csvWithHeaderQuotedNewlinesAndBadRows() throws Exception {
        Path file = write("c.csv", "id,text,source\n"
                + "a,\"two\nlines\",post\n"
                + "b,short row\n"
                + "c,\"ok, with comma\",comment\n");
        CorpusReader.Result result = read(file);
        assertEquals(List.of("a", "c"), records.stream().map(CorpusRecord::id).toList());
        assertEquals("two\nlines", records.get(0).text());
        assertEquals(2, records.get(0).origin().line());
        assertEquals(1, result.rejected());
        assertEquals(4, problems.get(0).line());
        assertEquals("row has 2 columns, the header has 3", problems.get(0).reason());
        assertEquals(5, records.get(1).origin().line());
    }

    @Test
    void csvWithAnUnclosedQuoteRejectsTheRestOnce() throws Exception {
        Path file = write("q.csv", "id,text\na,fine\nb,\"never closed\nc,lost\n");
        CorpusReader.Result result = read(file);
        assertEquals(List.of("a"), records.stream().map(CorpusRecord::id).toList());
        assertEquals(1, result.rejected());
        assertEquals(3, problems.get(0).line());
        assertTrue(problems.get(0).reason().startsWith("malformed CSV"), problems.get(0).reason());
    }

    @Test
    void csvColumnsWithoutANameOrWithTheSameNameAreAllKept() throws Exception {
        // spreadsheet exports: two "notes" columns, columns with no header; pandas' names, so no value is dropped
        Path file = write("n.csv", "id,notes,text,notes,,notes.1\na,n1,hello,n2,n3,n4\n");
        read(file);
        assertEquals(java.util.Map.of("notes", "n1", "notes.2", "n2", "column_5", "n3", "notes.1", "n4"),
                records.get(0).extra());
        assertEquals("hello", records.get(0).text());
    }

    @Test
    void csvHeaderNamingTheTextColumnTwiceRejectsTheFileOnce() throws Exception {
        Path file = write("t.csv", "id,text,text\na,hello,my card 4111 1111 1111 1111\nb,x,y\n");
        CorpusReader.Result result = read(file);
        assertEquals(0, result.accepted());
        assertEquals(1, result.rejected());
        assertEquals(1, problems.get(0).line());
        assertEquals("the header names column 'text' twice, so which one is the record's is ambiguous (rename one,"
                + " or choose with --map); the file was not read", problems.get(0).reason());
    }

    @Test
    void spreadsheetExportsWithAByteOrderMarkAndSemicolonsOrTabs() throws Exception {
        // Excel's "CSV UTF-8" starts with a byte-order mark; in much of Europe its columns are split by semicolons
        Path excel = write("excel.csv", "\uFEFFid;text;lang\n"
                + "s1;\"Bonjour; ça va ?\";fr\n"
                + "s2;Hallo Welt;de\n");
        Path tsv = write("t.tsv", "id\ttext\nt1\tone, two; three\n");
        // semicolons inside quotes do not count
        Path quoted = write("q.csv", "id,\"a;b;c;d\",text\nq1,x,\"a;b;c\"\n");
        CorpusReader.Result result = read(excel, tsv, quoted);
        assertEquals(4, result.accepted(), problems.toString());
        assertEquals(List.of("s1", "s2", "t1", "q1"), records.stream().map(CorpusRecord::id).toList());
        assertEquals("Bonjour; ça va ?", records.get(0).text());
        assertEquals("de", records.get(1).lang());
        assertEquals(3, records.get(1).origin().line());
        assertEquals("one, two; three", records.get(2).text());
        assertEquals("a;b;c", records.get(3).text());
    }

    @Test
    void utf16FilesAreReadWithOrWithoutTheirByteOrderMark() throws Exception {
        String jsonl = "{\"id\":\"u1\",\"text\":\"Grüße aus Köln\"}\n{\"id\":\"u2\",\"text\":\"zweite Zeile\"}\n";
        Path marked = dir.resolve("marked.jsonl");
        Files.write(marked, jsonl.getBytes(StandardCharsets.UTF_16)); // big-endian, with its mark
        Path bare = dir.resolve("bare.csv");
        Files.write(bare, "id,text\nu3,ein Satz\n".getBytes(StandardCharsets.UTF_16LE));
        Path utf8 = dir.resolve("utf8.jsonl");
        Files.write(utf8, ("\uFEFF" + "{\"id\":\"u4\",\"text\":\"mit Marke\"}\n").getBytes(StandardCharsets.UTF_8));
        CorpusReader.Result result = read(marked, bare, utf8);
        assertEquals(List.of(), problems);
        assertEquals(List.of("u1", "u2", "u3", "u4"), records.stream().map(CorpusRecord::id).toList());
        assertEquals("Grüße aus Köln", records.get(0).text());
        assertEquals(2, records.get(1).origin().line());
        assertEquals("ein Satz", records.get(2).text());
        // the manifest's hash is of the file as it is on disk
        assertEquals(Files.size(marked), result.files().get(0).bytes());
    }

    @Test
    void aLegacyExportIsReadInTheEncodingTheUserNames() throws Exception {
        Path csv = dir.resolve("export.csv"); // as a spreadsheet in a German locale saves it
        Files.write(csv, "id;text\nw1;Herr Müller ist krank – 5 € Zuschuss\nw2;Œuvre\n".getBytes("windows-1252"));
        Path jsonl = dir.resolve("latin1.jsonl");
        Files.write(jsonl, "{\"id\":\"l1\",\"text\":\"enceinte à l'hôpital\"}\n".getBytes(StandardCharsets.ISO_8859_1));
        Path marked = dir.resolve("marked.jsonl"); // a byte-order mark still says UTF-8
        Files.write(marked, "\uFEFF{\"id\":\"m1\",\"text\":\"Grüße\"}\n".getBytes(StandardCharsets.UTF_8));
        CorpusReader.Result result = new CorpusReader(FieldMapping.identity(), 100, TextEncoding.named("windows-1252"))
                .read(List.of(csv, jsonl, marked), handler);
        assertEquals(List.of(), problems);
        assertEquals(0, result.flagged());
        assertEquals(List.of("Herr Müller ist krank – 5 € Zuschuss", "Œuvre", "enceinte à l'hôpital", "Grüße"),
                records.stream().map(CorpusRecord::text).toList());
        assertEquals(3, records.get(1).origin().line());
    }

    @Test
    void anEncodingJavaDoesNotKnowIsAConfigurationError() {
        ConfigException e = assertThrows(ConfigException.class, () -> TextEncoding.named("latin-9000"));
        assertEquals("--encoding: unknown encoding 'latin-9000' (e.g. UTF-8, windows-1252, ISO-8859-15)",
                e.getMessage());
        assertEquals(StandardCharsets.ISO_8859_1, TextEncoding.named("latin1"));
    }

    @Test
    void aMappedPathReadsNestedObjectsInJsonLinesAndArrays() throws Exception {
        String nested = "{\"data\":{\"id\":\"n1\",\"post\":{\"body\":\"Ich habe Krebs.\",\"title\":\"Update\"}},"
                + "\"meta\":{\"lang\":\"de\"},\"stats\":{\"likes\":3}}";
        Path jsonl = write("nested.jsonl", String.join("\n", nested,
                "{\"data\":{\"id\":\"n2\",\"post\":\"plain text\"}}",
                "{\"data\":{\"id\":\"n3\",\"post\":{\"body\":[\"a\",\"b\"]}}}",
                "{\"data\":{\"id\":\"n4\",\"post.body\":\"x\",\"post\":{\"body\":\"y\"}}}"));
        Path array = write("nested.json", "[" + nested.replace("n1", "a1") + "]");
        FieldMapping mapping = FieldMapping.parse("id=data.id,text=data.post.body,lang=meta.lang");
        CorpusReader.Result result = new CorpusReader(mapping, 100, StandardCharsets.UTF_8)
                .read(List.of(jsonl, array), handler);

        assertEquals(List.of("n1", "a1"), records.stream().map(CorpusRecord::id).toList());
        CorpusRecord first = records.get(0);
        assertEquals("Ich habe Krebs.", first.text());
        assertEquals("de", first.lang());
        // the mapped object's other members are fields of their own; other objects stay one field of JSON text
        assertEquals(java.util.Map.of("data.post.title", "Update", "stats", "{\"likes\":3}"), first.extra());
        assertEquals(3, result.rejected());
        assertEquals(List.of("missing field 'data.post.body' (record text)",
                "field 'data.post.body' is a JSON array, not a string",
                "field 'data.post.body' appears twice in the object (JSON readers differ on which value counts, so "
                        + "the record is ambiguous)"), problems.stream().map(Rejection::reason).toList());
    }

    @Test
    void emptyFiles() throws Exception {
        CorpusReader.Result result = read(write("e.jsonl", ""), write("e.csv", ""));
        assertEquals(0, result.accepted());
        assertEquals(1, result.rejected());
        assertEquals("empty file: no CSV header", problems.get(0).reason());
    }

    @Test
    void folderOfTextFilesHasRelativeIds() throws Exception {
        Path folder = dir.resolve("docs");
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("b.txt"), "second");
        Files.writeString(folder.resolve("sub/a.txt"), "nested");
        Files.writeString(folder.resolve("notes.md"), "ignored");
        read(folder);
        assertEquals(List.of("b.txt", "sub/a.txt"), records.stream().map(CorpusRecord::id).toList());
        assertEquals("nested", records.get(1).text());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).file().endsWith("notes.md"));
    }

    @Test
    void badMappingsAreConfigErrors() {
        assertThrows(ConfigException.class, () -> FieldMapping.parse("identifier=uuid"));
        assertThrows(ConfigException.class, () -> FieldMapping.parse("id"));
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
