package dev.corpusaudit.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corpusaudit.model.Finding;
import dev.corpusaudit.model.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** {@code findings.jsonl}: one finding a line, in record order. Reading streams, so any size fits in memory. */
public final class FindingsFile {
    private FindingsFile() {
    }

    /** One line of the file, newline included. */
    public static byte[] line(Finding finding) {
        try {
            byte[] json = Json.MAPPER.writeValueAsBytes(finding);
            byte[] line = java.util.Arrays.copyOf(json, json.length + 1);
            line[json.length] = '\n';
            return line;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The findings of a file, read lazily; each iteration reads the file again. */
    public static Iterable<Finding> read(Path file) {
        return () -> new Iterator<>() {
            private final BufferedReader reader = open(file);
            private String next = advance();
            private long seq;

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Finding next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Finding f = parse(next, seq++);
                next = advance();
                return f;
            }

            private String advance() {
                try {
                    String line = reader.readLine();
                    if (line == null) {
                        reader.close();
                    }
                    return line;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private static BufferedReader open(Path file) {
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Finding parse(String line, long seq) {
        try {
            JsonNode n = Json.MAPPER.readTree(line);
            return new Finding(seq, text(n, "record_id"), text(n, "category"), text(n, "subject"),
                    text(n, "rule_id"), text(n, "rule_version"), text(n, "detector"), n.path("confidence").asDouble(),
                    text(n, "severity"), text(n, "lang"), integer(n, "start"), integer(n, "end"), text(n, "evidence"),
                    text(n, "explanation"), text(n, "field"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asInt();
    }
}
