package dev.corpusaudit.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.corpusaudit.model.CorpusRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a {@code .json} file that holds one JSON array of records ({@code [{"id":...,"text":...}, ...]}), as exports
 * and APIs write them, streaming: each element is a record, its line the one where it starts. An element that is not
 * an object is rejected and reading goes on; JSON that breaks part-way rejects the rest of the file, said once. Read
 * as JSON Lines, such a file had been half read: the lines that happened to hold a whole object were records, the
 * others "malformed JSON".
 */
public final class JsonArrayReader {
    private static final JsonFactory FACTORY = new JsonFactory().disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);

    private final RecordAssembler assembler;
    private final FieldMapping mapping;
    private final String idField;

    JsonArrayReader(RecordAssembler assembler, FieldMapping mapping) {
        this.assembler = assembler;
        this.mapping = mapping;
        this.idField = mapping.inputName("id");
    }

    /**
     * Whether a UTF-8 stream that supports {@link InputStream#mark} starts, after white space, with {@code [}: a JSON
     * array, not JSON Lines. Reads nothing it does not put back.
     */
    public static boolean isArray(InputStream in) throws IOException {
        in.mark(1 << 12);
        try {
            for (int i = 0; i < 1 << 12; i++) {
                int b = in.read();
                if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                    return b == '[';
                }
            }
            return false;
        } finally {
            in.reset();
        }
    }

    void read(InputStream in, String file, JsonlReader.LineCounter counter) throws IOException, InterruptedException {
        // invalid UTF-8 becomes U+FFFD, and the record is flagged, as in JSON Lines
        InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        try (JsonParser p = FACTORY.createParser(reader)) {
            p.nextToken(); // the array's start
            while (true) {
                JsonToken t;
                long line = p.currentLocation().getLineNr();
                try {
                    t = p.nextToken();
                    line = p.currentTokenLocation().getLineNr();
                    counter.line = line;
                    if (t == JsonToken.END_ARRAY) {
                        if (p.nextToken() != null) {
                            assembler.reject(new CorpusRecord.Origin(file, p.currentTokenLocation().getLineNr()),
                                    null, "content after the JSON array; the rest of the file was not read");
                        }
                        return;
                    }
                    if (t != JsonToken.START_OBJECT) {
                        assembler.reject(new CorpusRecord.Origin(file, line), null, "array element is not a JSON object");
                        p.skipChildren();
                        continue;
                    }
                    Map<String, String> fields = new LinkedHashMap<>();
                    String problem = JsonlReader.readObject(p, fields, mapping);
                    CorpusRecord.Origin origin = new CorpusRecord.Origin(file, line);
                    if (problem != null) {
                        assembler.reject(origin, fields.get(idField), problem);
                        continue;
                    }
                    assembler.offer(fields, origin, fields.values().stream()
                            .anyMatch(v -> v != null && v.indexOf('\uFFFD') >= 0));
                } catch (JsonProcessingException e) {
                    if (e instanceof JsonEOFException
                            || String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input")) {
                        assembler.reject(new CorpusRecord.Origin(file, line), null,
                                "the JSON array is not closed: the file ends inside it");
                        return;
                    }
                    // the parser's own message quotes the input: only say where
                    assembler.reject(new CorpusRecord.Origin(file, line), null, "malformed JSON at line "
                            + (e.getLocation() == null ? "?" : e.getLocation().getLineNr() + " column "
                            + e.getLocation().getColumnNr()) + "; the rest of the file was not read");
                    return;
                }
            }
        }
    }
}
