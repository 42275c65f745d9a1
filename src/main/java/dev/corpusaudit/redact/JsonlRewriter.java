package dev.corpusaudit.redact;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corpusaudit.ingest.FieldMapping;
import dev.corpusaudit.ingest.Utf8Lines;
import dev.corpusaudit.model.CorpusRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the redacted copy of a JSON Lines file: the lines the scan read, each kept as read, with masked values
 * spliced in place of the originals (every other byte of the line stays as it was), or left out.
 */
final class JsonlRewriter {
    // The scan's own parser settings (ingest's JsonlReader), so values read here equal the values it scanned.
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private JsonlRewriter() {
    }

    /** A value of a line the scan read as a field: what it read, and where it stands in the line (char offsets). */
    private record Value(String scanned, int from, int to) {
    }

    /**
     * Rewrites one file.
     *
     * @param accepted the line numbers the scan read as records
     * @return the number of those records met
     */
    static long rewrite(InputStream in, OutputStream out, String file, int maxLineBytes, FieldMapping mapping,
                        BitSet accepted, RecordRedactor redactor) throws IOException {
        String idField = mapping.inputName("id");
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        Utf8Lines lines = new Utf8Lines(in, maxLineBytes);
        long met = 0;
        while (true) {
            Utf8Lines.Line line;
            try {
                line = lines.next();
            } catch (IOException e) {
                break; // the scan stopped here too (truncated file) and logged the rest as not scanned
            }
            if (line == null) {
                break;
            }
            if (line.number() > Integer.MAX_VALUE || !accepted.get((int) line.number())) {
                continue;
            }
            met++;
            Map<String, Value> values = parse(line.text(), mapping);
            Map<String, String> fields = new LinkedHashMap<>();
            values.forEach((name, value) -> fields.put(name, value.scanned()));
            Redaction redaction = redactor.redact(fields.get(idField), new CorpusRecord.Origin(file, line.number()),
                    fields);
            switch (redaction.action()) {
                case KEPT -> writer.write(line.text());
                case MASKED -> writer.write(splice(line.text(), values, redaction.newValues()));
                case DROPPED -> {
                    continue;
                }
            }
            writer.write('\n');
        }
        writer.flush();
        return met;
    }

    /**
     * Reads a line the scan accepted into its fields as the scan read them (strings as text, nested values as
     * compact JSON, the members of an object on the way to a mapped path by their paths: {@link FieldMapping});
     * the scan rejects a line that names a field twice.
     */
    private static Map<String, Value> parse(String line, FieldMapping mapping) throws IOException {
        Map<String, Value> values = new LinkedHashMap<>();
        try (JsonParser p = FACTORY.createParser(line)) {
            p.nextToken();
            readMembers(p, mapping, "", values);
        }
        return values;
    }

    private static void readMembers(JsonParser p, FieldMapping mapping, String path, Map<String, Value> values)
            throws IOException {
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = path + p.currentName();
            JsonToken token = p.nextToken();
            if (token == JsonToken.START_OBJECT && mapping.isNestedPrefix(name)) {
                readMembers(p, mapping, name + ".", values);
                continue;
            }
            int from = (int) p.currentTokenLocation().getCharOffset();
            String scanned = switch (token) {
                case VALUE_NULL -> null;
                case START_OBJECT, START_ARRAY -> MAPPER.readTree(p).toString();
                default -> p.getText();
            };
            int to = (int) p.currentLocation().getCharOffset();
            values.put(name, new Value(scanned, from, to));
        }
    }

    /** The line with the given fields' values replaced by JSON strings of their new values. */
    private static String splice(String line, Map<String, Value> values, Map<String, String> newValues)
            throws IOException {
        List<String> names = new ArrayList<>(newValues.keySet());
        names.sort(Comparator.comparingInt(name -> values.get(name).from()));
        StringBuilder out = new StringBuilder(line.length());
        int copied = 0;
        for (String name : names) {
            Value value = values.get(name);
            out.append(line, copied, value.from()).append(MAPPER.writeValueAsString(newValues.get(name)));
            copied = value.to();
        }
        return out.append(line, copied, line.length()).toString();
    }
}
