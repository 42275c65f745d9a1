package dev.corpusaudit.report;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.corpusaudit.model.ConfigException;
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

/** {@code findings.jsonl}: one finding a line, in record order. */
public final class FindingsFile {
    private static final ObjectReader FINDING = Json.MAPPER.readerFor(Finding.class);

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

    /**
     * The findings of a file, read one line at a time as the iteration goes; each iteration reads the file again.
     * Blank lines are skipped; a line that is not a finding (not JSON, or without record id, category and rule id)
     * fails the iteration with a {@link ConfigException} naming the file and line.
     */
    public static Iterable<Finding> read(Path file) {
        return () -> new Iterator<>() {
            private final BufferedReader in = reader(file);
            private long lineNumber;
            private Finding next = read();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Finding next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Finding f = next;
                next = read();
                return f;
            }

            private Finding read() {
                try {
                    String line;
                    do {
                        line = in.readLine();
                        lineNumber++;
                    } while (line != null && line.isBlank());
                    if (line == null) {
                        in.close();
                        return null;
                    }
                    Finding f = FINDING.readValue(line);
                    if (f.recordId() == null || f.category() == null || f.ruleId() == null) {
                        throw new ConfigException(file + ":" + lineNumber
                                + ": not a finding (needs record_id, category and rule_id)");
                    }
                    return f;
                } catch (com.fasterxml.jackson.core.JacksonException e) {
                    throw new ConfigException(file + ":" + lineNumber + ": not a finding (" + e.getOriginalMessage()
                            + ")", e);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private static BufferedReader reader(Path file) {
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
