package dev.corpusaudit.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.model.InputException;
import dev.corpusaudit.model.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads a JSON Lines file one object at a time, so that a findings file of any size streams. Every error names the
 * file and the line ({@code labels.jsonl:12: ...}), so a broken line in a large file can be found and fixed.
 * Blank lines are skipped.
 */
final class JsonLines {

    // "{...} {...}" on one line is a broken file, not one object: refuse what follows the first value
    private static final ObjectReader READER = Json.MAPPER.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** One JSON object of the file, with accessors that fail naming the file and line. */
    record Line(Path file, long lineNumber, JsonNode object) {

        /** A required, non-blank string field. */
        String text(String field) {
            JsonNode value = object.get(field);
            if (value == null || !value.isTextual() || value.asText().isBlank()) {
                throw error("\"" + field + "\" must be a non-empty string");
            }
            return value.asText();
        }

        /** A required number field. */
        double decimal(String field) {
            JsonNode value = object.get(field);
            if (value == null || !value.isNumber()) {
                throw error("\"" + field + "\" must be a number");
            }
            return value.asDouble();
        }

        /** Whether the object has the field (null counts as absent). */
        boolean has(String field) {
            JsonNode value = object.get(field);
            return value != null && !value.isNull();
        }

        /** An optional integer field, or null. */
        Integer integer(String field) {
            JsonNode value = object.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isIntegralNumber()) {
                throw error("\"" + field + "\" must be an integer");
            }
            return value.asInt();
        }

        /** A required array field (possibly empty). */
        JsonNode array(String field) {
            JsonNode value = object.get(field);
            if (value == null || !value.isArray()) {
                throw error("\"" + field + "\" must be an array");
            }
            return value;
        }

        ConfigException error(String reason) {
            return new ConfigException(file + ":" + lineNumber + ": " + reason);
        }
    }

    private JsonLines() {
    }

    /**
     * Calls {@code action} for each non-blank line in order.
     *
     * @throws ConfigException when a line is not a JSON object or not UTF-8 (or {@code action} rejects it)
     * @throws InputException  when the file cannot be read
     */
    static void forEach(Path file, Consumer<Line> action) {
        // A UTF-8 reader decodes ahead in blocks, so its error would not say which line is bad. Latin-1 maps each
        // byte to one char and UTF-8 never has a line break inside a character: split on bytes, decode each line.
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            long lineNumber = 0;
            for (String bytes = reader.readLine(); bytes != null; bytes = reader.readLine()) {
                lineNumber++;
                String text = decode(utf8, bytes, file, lineNumber);
                if (!text.isBlank()) {
                    action.accept(new Line(file, lineNumber, parse(file, lineNumber, text)));
                }
            }
        } catch (NoSuchFileException e) {
            throw new InputException("cannot read " + file + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new InputException("cannot read " + file + ": permission denied", e);
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String decode(CharsetDecoder utf8, String bytes, Path file, long lineNumber) {
        try {
            return utf8.decode(ByteBuffer.wrap(bytes.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(file + ":" + lineNumber + ": not valid UTF-8", e);
        }
    }

    private static JsonNode parse(Path file, long lineNumber, String text) {
        JsonNode node;
        try {
            node = READER.readTree(text);
        } catch (JsonProcessingException e) {
            // Jackson's own location counts lines within this one line: give the column, drop its location text
            String reason = e.getOriginalMessage()
                    .replaceAll("\\s*\\([^()]*\\[Source:.*$", "")
                    .replaceAll("\\s*\\[Source:.*$", "")
                    .replaceAll("\\s+", " ");
            String column = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            throw new ConfigException(file + ":" + lineNumber + ": not valid JSON" + column + ": " + reason, e);
        }
        if (!node.isObject()) {
            throw new ConfigException(file + ":" + lineNumber + ": not a JSON object");
        }
        return node;
    }
}
