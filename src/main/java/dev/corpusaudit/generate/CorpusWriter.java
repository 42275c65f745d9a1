package dev.corpusaudit.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

/**
 * Streams {@code corpus.jsonl} and {@code labels.jsonl} side by side, one JSON object a line, keys
 * in a fixed order. Written field by field with a Jackson generator: no maps per line, so a million
 * records cost little more than their bytes.
 */
final class CorpusWriter implements Closeable {
    static final String CORPUS_FILE = "corpus.jsonl";
    static final String LABELS_FILE = "labels.jsonl";
    private static final int BUFFER = 1 << 20;
    /** Writes emoji as UTF-8 rather than as escaped surrogate pairs, as real exports do. */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final OutputStream corpusOut;
    private final OutputStream labelsOut;
    private final JsonGenerator corpus;
    private final JsonGenerator labels;

    CorpusWriter(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        corpusOut = new BufferedOutputStream(Files.newOutputStream(outDir.resolve(CORPUS_FILE)), BUFFER);
        labelsOut = new BufferedOutputStream(Files.newOutputStream(outDir.resolve(LABELS_FILE)), BUFFER);
        corpus = generator(corpusOut);
        labels = generator(labelsOut);
    }

    static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        // JSONL: each object ends its own line, so no separator between root values
        generator.setRootValueSeparator(null);
        return generator;
    }

    /** One line of {@code corpus.jsonl}; {@code lang}, {@code age} and {@code birthDate} are left out when null. */
    void writeRecord(String id, String text, Member member, String source, String lang, String createdAt, Integer age,
                     String birthDate) throws IOException {
        corpus.writeStartObject();
        corpus.writeStringField("id", id);
        corpus.writeStringField("text", text);
        corpus.writeStringField("member_id", member.id());
        corpus.writeStringField("source", source);
        corpus.writeStringField("region", member.region());
        if (lang != null) {
            corpus.writeStringField("lang", lang);
        }
        corpus.writeStringField("created_at", createdAt);
        if (age != null) {
            corpus.writeNumberField("member_age", age);
        }
        if (birthDate != null) {
            corpus.writeStringField("member_birth_date", birthDate);
        }
        corpus.writeEndObject();
        corpus.writeRaw('\n');
    }

    /** One line of {@code labels.jsonl}; {@code subjects} is left out when empty. */
    void writeLabels(String id, String lang, Collection<String> categories, Map<String, String> subjects) throws IOException {
        labels.writeStartObject();
        labels.writeStringField("record_id", id);
        labels.writeStringField("lang", lang);
        labels.writeArrayFieldStart("categories");
        for (String category : categories) {
            labels.writeString(category);
        }
        labels.writeEndArray();
        if (!subjects.isEmpty()) {
            labels.writeObjectFieldStart("subjects");
            for (Map.Entry<String, String> subject : subjects.entrySet()) {
                labels.writeStringField(subject.getKey(), subject.getValue());
            }
            labels.writeEndObject();
        }
        labels.writeEndObject();
        labels.writeRaw('\n');
    }

    @Override
    public void close() throws IOException {
        try (corpusOut; labelsOut; corpus; labels) {
            corpus.flush();
            labels.flush();
        }
    }
}
