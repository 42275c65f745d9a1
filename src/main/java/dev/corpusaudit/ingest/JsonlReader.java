package dev.corpusaudit.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corpusaudit.model.CorpusRecord;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads JSON Lines: one object a line. Each bad line becomes a rejection; reading goes on. */
final class JsonlReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private final RecordAssembler assembler;
    private final int maxLineBytes;
    private final FieldMapping mapping;
    private final String idField;

    JsonlReader(RecordAssembler assembler, FieldMapping mapping, int maxLineBytes) {
        this.assembler = assembler;
        this.maxLineBytes = maxLineBytes;
        this.mapping = mapping;
        this.idField = mapping.inputName("id");
    }

    /** Reads every line, counting them in {@code counter}. */
    void read(InputStream in, String file, LineCounter counter) throws IOException, InterruptedException {
        Utf8Lines lines = new Utf8Lines(in, maxLineBytes);
        Utf8Lines.Line line;
        while ((line = lines.next()) != null) {
            counter.line = line.number();
            CorpusRecord.Origin origin = new CorpusRecord.Origin(file, line.number());
            if (line.tooLong()) {
                assembler.reject(origin, null, "line of " + line.byteLength() + " bytes is over the limit of "
                        + maxLineBytes + " bytes (see --max-record-chars); skipped unparsed");
                continue;
            }
            String text = line.text();
            if (text.isBlank()) {
                assembler.reject(origin, null, "blank line");
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            String problem;
            try {
                problem = parseObject(text, fields);
            } catch (JsonProcessingException e) {
                // the parser's own message quotes the input ("Unrecognized token 'jan.doe'"): only say where
                problem = "malformed JSON at column " + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr());
            }
            if (problem != null) {
                assembler.reject(origin, problem.startsWith("field") ? fields.get(idField) : null, problem);
                continue;
            }
            assembler.offer(fields, origin, line.invalidUtf8());
        }
    }

    /**
     * Streams one JSON object into {@code fields} (name to string value; nested values as JSON text), without
     * building a tree. Returns why the line is not a record, or null. A name given twice makes the record
     * ambiguous: Jackson and Python keep the last value, other readers the first, so a scan of either could pass
     * text the training pipeline reads.
     */
    private String parseObject(String line, Map<String, String> fields) throws IOException {
        try (JsonParser p = FACTORY.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return "not a JSON object";
            }
            String problem = readObject(p, fields, mapping);
            if (p.nextToken() != null) {
                throw new JsonParseException(p, "unexpected content after the object");
            }
            return problem;
        }
    }

    /**
     * Reads the object whose start the parser is at into {@code fields}, up to and with its end: each member a
     * field (nested values as JSON text), but the members of an object on the way to a mapped path
     * ({@code text=post.body}) each a field named by its path. Returns why it is not a record (a text that is not a
     * string, a name given twice), or null.
     */
    static String readObject(JsonParser p, Map<String, String> fields, FieldMapping mapping) throws IOException {
        return readMembers(p, fields, mapping, "");
    }

    private static String readMembers(JsonParser p, Map<String, String> fields, FieldMapping mapping, String path)
            throws IOException {
        String textField = mapping.inputName("text");
        String problem = null;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = path + p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_OBJECT && mapping.isNestedPrefix(name)) {
                String inner = readMembers(p, fields, mapping, name + ".");
                problem = problem != null ? problem : inner;
                continue;
            }
            if (fields.containsKey(name) && problem == null) {
                problem = "field '" + name + "' appears twice in the object (JSON readers differ on which value"
                        + " counts, so the record is ambiguous)";
            }
            if (name.equals(textField) && value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NULL) {
                problem = "field '" + textField + "' is a JSON " + kind(value) + ", not a string";
            }
            fields.put(name, switch (value) {
                case VALUE_NULL -> null;
                case START_OBJECT, START_ARRAY -> MAPPER.readTree(p).toString();
                default -> p.getText();
            });
        }
        return problem;
    }

    private static String kind(JsonToken value) {
        return switch (value) {
            case START_OBJECT -> "object";
            case START_ARRAY -> "array";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            default -> value.asString() == null ? value.name().toLowerCase(java.util.Locale.ROOT) : value.asString();
        };
    }

    /** The last line number reached, so that an I/O failure can say where it happened. */
    static final class LineCounter {
        long line;
    }
}
