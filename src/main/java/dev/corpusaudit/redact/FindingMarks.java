package dev.corpusaudit.redact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.corpusaudit.analyze.DetectorRule;
import dev.corpusaudit.ingest.FieldMapping;
import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.model.InputException;
import dev.corpusaudit.model.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The findings of a scan ({@code findings.jsonl}), loaded as record id to the {@link Mark}s the plan acts on. Keeps
 * per finding only a few ints and shared strings, so that the findings of a large audit fit in memory while the
 * corpus streams past. Tells which record ids the input never showed: findings of another corpus.
 */
final class FindingMarks {
    /** The findings of one record id. */
    private static final class Entry {
        final List<Mark> marks = new ArrayList<>(2);
        int findings;
        boolean seen;
    }

    private final Map<String, Entry> byRecord = new HashMap<>();
    private final Map<String, String> shared = new HashMap<>();
    private final Map<String, Long> leftByCategory = new TreeMap<>();
    private long findings;
    private long belowConfidence;

    private FindingMarks() {
    }

    /**
     * Loads a findings file.
     *
     * @throws InputException  when it cannot be read
     * @throws ConfigException when a line is not a finding
     */
    static FindingMarks load(Path file, RedactionPlan plan, FieldMapping mapping) throws IOException {
        if (!Files.isReadable(file)) {
            throw new InputException("--findings: cannot read " + file);
        }
        FindingMarks marks = new FindingMarks();
        String textField = mapping.inputName("text");
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    marks.add(parse(line, file, number), plan, mapping, textField);
                }
            }
        }
        return marks;
    }

    private void add(JsonNode f, RedactionPlan plan, FieldMapping mapping, String textField) {
        findings++;
        String category = f.get("category").asText();
        Entry entry = byRecord.computeIfAbsent(f.get("record_id").asText(), id -> new Entry());
        entry.findings++;
        double confidence = f.path("confidence").asDouble(1.0);
        RedactionPlan.Action action = plan.actionFor(category, confidence);
        if (action == RedactionPlan.Action.LEAVE) {
            if (confidence < plan.minConfidence()) {
                belowConfidence++;
            } else {
                leftByCategory.merge(category, 1L, Long::sum);
            }
            return;
        }
        String field = f.hasNonNull("field") ? inputField(f.get("field").asText(), mapping) : textField;
        int start = f.hasNonNull("start") ? f.get("start").asInt() : -1;
        int end = f.hasNonNull("end") ? f.get("end").asInt() : -1;
        entry.marks.add(new Mark(share(category), share(f.path("rule_id").asText("")), share(field), start, end,
                action == RedactionPlan.Action.DROP, DetectorRule.judgesWholeText(f.path("detector").asText(""))));
    }

    private static JsonNode parse(String line, Path file, long number) {
        JsonNode f;
        try {
            f = Json.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + ":" + number + ": not JSON; --findings takes a scan's findings.jsonl");
        }
        boolean offsets = f.hasNonNull("start") == f.hasNonNull("end")
                && (!f.hasNonNull("start") || f.get("start").canConvertToInt() && f.get("end").canConvertToInt()
                && f.get("start").asInt() >= 0 && f.get("start").asInt() < f.get("end").asInt());
        if (!f.isObject() || !f.path("record_id").isTextual() || !f.path("category").isTextual() || !offsets) {
            throw new ConfigException(file + ":" + number + ": not a finding (record_id, category and, for a span, "
                    + "0 <= start < end); --findings takes a scan's findings.jsonl");
        }
        return f;
    }

    /** Findings name the age fields by their schema names (see {@code RecordAssembler}); the rest by the input's. */
    private static String inputField(String field, FieldMapping mapping) {
        return field.equals("member_birth_date") || field.equals("member_age") ? mapping.inputName(field) : field;
    }

    private String share(String s) {
        return shared.computeIfAbsent(s, k -> k);
    }

    /** The marks of a record, or an empty list; notes that the input holds this record id. */
    List<Mark> of(String recordId) {
        Entry entry = byRecord.get(recordId);
        if (entry == null) {
            return List.of();
        }
        entry.seen = true;
        return entry.marks;
    }

    /** Findings read. */
    long findings() {
        return findings;
    }

    /** Findings below the plan's minimum confidence, left as they are. */
    long belowConfidence() {
        return belowConfidence;
    }

    /** Findings of categories neither dropped nor masked, by category. */
    Map<String, Long> leftByCategory() {
        return leftByCategory;
    }

    /** Record ids with findings. */
    long recordIds() {
        return byRecord.size();
    }

    /** Record ids with findings that {@link #of} was never asked about: not in the input. */
    long unseenRecordIds() {
        return byRecord.values().stream().filter(e -> !e.seen).count();
    }

    /** Findings of record ids not in the input. */
    long unseenFindings() {
        return byRecord.values().stream().filter(e -> !e.seen).mapToLong(e -> e.findings).sum();
    }
}
