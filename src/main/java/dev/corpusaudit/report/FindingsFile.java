package dev.corpusaudit.report;

import dev.corpusaudit.model.Finding;
import dev.corpusaudit.model.Json;

/** {@code findings.jsonl}: one finding a line, in record order. */
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
}
