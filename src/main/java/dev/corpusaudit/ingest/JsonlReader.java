package dev.corpusaudit.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corpusaudit.model.CorpusRecord;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads JSON Lines: one object a line. Each bad line becomes a rejection; reading goes on. */
final class JsonlReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final RecordAssembler assembler;
    private final int maxLineBytes;
    private final String textField;
    private final String idField;

    JsonlReader(RecordAssembler assembler, FieldMapping mapping, int maxLineBytes) {
        this.assembler = assembler;
        this.maxLineBytes = maxLineBytes;
        this.textField = mapping.inputName("text");
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
            JsonNode node;
            try {
                node = MAPPER.readTree(text);
            } catch (JsonProcessingException e) {
                assembler.reject(origin, null, "malformed JSON: " + e.getOriginalMessage());
                continue;
            }
            if (node == null || !node.isObject()) {
                assembler.reject(origin, null, "not a JSON object");
                continue;
            }
            JsonNode textNode = node.get(textField);
            Map<String, String> fields = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                fields.put(field.getKey(), asString(field.getValue()));
            }
            if (textNode != null && !textNode.isTextual() && !textNode.isNull()) {
                assembler.reject(origin, fields.get(idField), "field '" + textField + "' is a JSON " + textNode.getNodeType()
                        .toString().toLowerCase(java.util.Locale.ROOT) + ", not a string");
                continue;
            }
            assembler.offer(fields, origin, line.invalidUtf8());
        }
    }

    private static String asString(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    /** The last line number reached, so that an I/O failure can say where it happened. */
    static final class LineCounter {
        long line;
    }
}
