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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads CSV with a header row (RFC 4180; fields may span lines inside quotes), delimited by commas or by what the
 * header row uses instead: semicolons (spreadsheet exports in much of Europe), tabs ({@code .tsv}) or bars. Rows with
 * the wrong number of columns are rejected; a quoting error that makes the rest of the file unparseable rejects the
 * rest, said once, and so does a header that names the id or text column (or another field of the record) twice.
 */
public final class CsvReader {
    /** Delimiters a header row may use, the comma first: the one it holds most of wins, a tie goes to the first. */
    private static final String DELIMITERS = ",;\t|";
    /** How far into a file its header row is looked for. */
    private static final int HEADER_BYTES = 1 << 16;

    private final RecordAssembler assembler;
    private final FieldMapping mapping;

    CsvReader(RecordAssembler assembler, FieldMapping mapping) {
        this.assembler = assembler;
        this.mapping = mapping;
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

    /**
     * The field name of each column: the header's, or where it gives none {@code column_<n>} (n from 1), and where it
     * gives one again the name with {@code .1}, {@code .2} after it, as pandas reads it; so no column's value is
     * dropped and every one is read by the pattern rules.
     */
    public static List<String> fieldNames(List<String> header) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>(header);
        Map<String, Integer> repeats = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).isEmpty() ? "column_" + (i + 1) : header.get(i);
            if (out.contains(name)) {
                String renamed;
                do {
                    renamed = name + "." + repeats.merge(name, 1, Integer::sum);
                } while (seen.contains(renamed) || out.contains(renamed));
                name = renamed;
            }
            out.add(name);
        }
        return out;
    }

    /** A name the header gives twice that feeds a field of the record (id, text, lang...), or null. */
    private String twiceNamed(List<String> header) {
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            if (!seen.add(name) && mapping.isMapped(name)) {
                return name;
            }
        }
        return null;
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
        if (parser.getHeaderNames().isEmpty()) {
            assembler.reject(new CorpusRecord.Origin(file, 1), null, "empty file: no CSV header");
            return;
        }
        List<String> header = fieldNames(parser.getHeaderNames());
        String twice = twiceNamed(parser.getHeaderNames());
        if (twice != null) {
            assembler.reject(new CorpusRecord.Origin(file, 1), null, "the header names column '" + twice
                    + "' twice, so which one is the record's is ambiguous (rename one, or choose with --map); the"
                    + " file was not read");
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
