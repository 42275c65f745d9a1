package dev.corpusaudit.ingest;

import dev.corpusaudit.model.CorpusRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads CSV with a header row (RFC 4180; fields may span lines inside quotes). Rows with the wrong number of
 * columns are rejected; a quoting error that makes the rest of the file unparseable rejects the rest, said once.
 */
public final class CsvReader {
    /** How corpus CSV is parsed; {@code redact} reads it the same way, so that rows and line numbers agree. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true).setIgnoreEmptyLines(false).get();

    private final RecordAssembler assembler;

    CsvReader(RecordAssembler assembler) {
        this.assembler = assembler;
    }

    void read(InputStream in, String file, JsonlReader.LineCounter counter) throws IOException, InterruptedException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        CSVParser parser;
        try {
            parser = CSVParser.parse(reader, FORMAT);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            assembler.reject(new CorpusRecord.Origin(file, 1), null, "unusable CSV header: " + e.getMessage());
            return;
        }
        List<String> header = parser.getHeaderNames();
        if (header.isEmpty()) {
            assembler.reject(new CorpusRecord.Origin(file, 1), null, "empty file: no CSV header");
            return;
        }
        Iterator<CSVRecord> rows = parser.iterator();
        long startLine = 2;
        while (true) {
            CSVRecord row;
            try {
                if (!rows.hasNext()) {
                    break;
                }
                row = rows.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                assembler.reject(new CorpusRecord.Origin(file, startLine), null,
                        "malformed CSV from this line on (" + e.getMessage() + "); the rest of the file was not read");
                return;
            }
            CorpusRecord.Origin origin = new CorpusRecord.Origin(file, startLine);
            startLine = parser.getCurrentLineNumber() + 1;
            counter.line = origin.line();
            if (row.size() == 1 && row.get(0).isEmpty()) {
                assembler.reject(origin, null, "blank line");
                continue;
            }
            if (row.size() != header.size()) {
                assembler.reject(origin, null, "row has " + row.size() + " columns, the header has " + header.size());
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                fields.put(header.get(i), row.get(i));
            }
            boolean replaced = false;
            for (String value : fields.values()) {
                if (value.indexOf('\uFFFD') >= 0) {
                    replaced = true;
                    break;
                }
            }
            assembler.offer(fields, origin, replaced);
        }
    }
}
