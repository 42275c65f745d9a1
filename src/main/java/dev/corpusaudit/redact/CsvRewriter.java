package dev.corpusaudit.redact;

import dev.corpusaudit.ingest.CsvReader;
import dev.corpusaudit.model.CorpusRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the redacted copy of a CSV file: the same header, then the rows the scan read, with masked values in
 * place of the originals, or left out. Rows are written with RFC 4180 quoting (CRLF), so quoting may differ from
 * the input's while the values are the same.
 */
final class CsvRewriter {
    private CsvRewriter() {
    }

    /**
     * Rewrites one file, reading it as the scan's {@link CsvReader} does (same format, same line numbers).
     *
     * @param accepted the line numbers (of a row's first line) the scan read as records
     * @return the number of those records met
     */
    static long rewrite(InputStream in, OutputStream out, String file, String idField, BitSet accepted,
                        RecordRedactor redactor) throws IOException {
        CSVFormat format = CsvReader.formatOf(in);
        var reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVParser parser;
        try {
            parser = CSVParser.parse(reader, format);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            writer.flush();
            return 0; // the scan rejected the file as a whole
        }
        List<String> header = parser.getHeaderNames();
        if (header.isEmpty()) {
            writer.flush();
            return 0;
        }
        List<String> names = CsvReader.fieldNames(header);
        CSVPrinter printer = CSVFormat.RFC4180.builder().setDelimiter(format.getDelimiterString())
                .setHeader(header.toArray(String[]::new)).get().print(writer);
        Iterator<CSVRecord> rows = parser.iterator();
        long startLine = 2;
        long met = 0;
        while (true) {
            CSVRecord row;
            try {
                if (!rows.hasNext()) {
                    break;
                }
                row = rows.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                break; // the scan stopped here too and logged the rest as not scanned
            }
            long line = startLine;
            startLine = parser.getCurrentLineNumber() + 1;
            if (line > Integer.MAX_VALUE || !accepted.get((int) line)) {
                continue;
            }
            met++;
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                fields.put(names.get(i), row.get(i));
            }
            Redaction redaction = redactor.redact(fields.get(idField), new CorpusRecord.Origin(file, line), fields);
            if (redaction.action() != Redaction.Action.DROPPED) {
                List<String> values = new ArrayList<>(header.size());
                for (int i = 0; i < names.size(); i++) {
                    values.add(redaction.newValues().getOrDefault(names.get(i), row.get(i)));
                }
                printer.printRecord(values);
            }
        }
        printer.flush();
        return met;
    }
}
