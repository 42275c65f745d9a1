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
 * Reads CSV with a header row (RFC 4180; fields may span lines inside quotes), delimited by commas or by what the
 * header row uses instead: semicolons (spreadsheet exports in much of Europe), tabs ({@code .tsv}) or bars. Rows with
 * the wrong number of columns are rejected; a quoting error that makes the rest of the file unparseable rejects the
 * rest, said once.
 */
public final class CsvReader {
    /** Delimiters a header row may use, the comma first: the one it holds most of wins, a tie goes to the first. */
    private static final String DELIMITERS = ",;\t|";
    /** How far into a file its header row is looked for. */
    private static final int HEADER_BYTES = 1 << 16;

    private final RecordAssembler assembler;

    CsvReader(RecordAssembler assembler) {
        this.assembler = assembler;
    }

    /** Whether a file name (without {@code .gz}) is read as CSV. */
    public static boolean isCsv(String name) {
        return name.endsWith(".csv") || name.endsWith(".tsv");
    }

    /**
     * How a corpus CSV file is parsed, from its header row (the stream must support {@link InputStream#mark}, and be
     * UTF-8: {@link TextEncoding}); {@code redact} reads it the same way, so that rows and line numbers agree.
     */
    public static CSVFormat formatOf(InputStream in) throws IOException {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiterOf(in)).setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setIgnoreEmptyLines(false).get();
    }

    /**
     * The delimiter of the header row at the start of a UTF-8 stream that supports {@link InputStream#mark}, read
     * without consuming it: the comma, or the semicolon, tab or bar the row holds more of (outside quotes).
     */
    public static char delimiterOf(InputStream in) throws IOException {
        in.mark(HEADER_BYTES);
        byte[] head = in.readNBytes(HEADER_BYTES);
        in.reset();
        int end = 0;
        while (end < head.length && head[end] != '\n') {
            end++;
        }
        return delimiterOf(new String(head, 0, end, StandardCharsets.UTF_8));
    }

    static char delimiterOf(String header) {
        int[] counts = new int[DELIMITERS.length()];
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && DELIMITERS.indexOf(c) >= 0) {
                counts[DELIMITERS.indexOf(c)]++;
            }
        }
        int best = 0;
        for (int d = 1; d < counts.length; d++) {
            best = counts[d] > counts[best] ? d : best;
        }
        return DELIMITERS.charAt(best);
    }

    void read(InputStream in, String file, JsonlReader.LineCounter counter) throws IOException, InterruptedException {
        CSVFormat format = formatOf(in);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        CSVParser parser;
        try {
            parser = CSVParser.parse(reader, format);
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
