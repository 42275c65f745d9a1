package dev.corpusaudit.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corpusaudit.model.Category;
import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.model.InputException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The ground truth of an evaluation: which categories each labelled record contains. Read from a JSON Lines file
 * with one object per record:
 * <pre>{"record_id":"r-0000001","lang":"de","categories":["pii.email"],"subjects":{"special.health":"self"}}</pre>
 * {@code record_id} and {@code categories} are required; {@code categories} may be empty (the record contains
 * nothing) and must hold category ids of DESIGN.md. Optional {@code spans}, for span-level scoring, give where each
 * labelled value is: {@code "spans":[{"category":"pii.email","start":10,"end":27}]} (character offsets into the
 * record's text, end exclusive). Optional {@code subjects} say whose data a labelled category is ({@code self},
 * {@code person} or {@code general}), for scoring the findings' {@code subject}. Other keys ({@code lang}, ...) are
 * ignored.
 * A record id may appear only once, because two lines for one record would be two different truths.
 */
public final class LabelSet {

    /** A labelled value's place in its record's text. */
    public record Span(String category, int start, int end) {
        boolean overlaps(int otherStart, int otherEnd) {
            return otherStart < end && otherEnd > start;
        }
    }

    private final Map<String, Set<String>> categoriesByRecord;
    private final Map<String, List<Span>> spansByRecord;
    private final Map<String, Map<String, String>> subjectsByRecord;
    private final SortedSet<String> scoredCategories;

    /** The subjects a label may give. */
    static final Set<String> SUBJECTS = Set.of("self", "person", "general");

    private LabelSet(Map<String, Set<String>> categoriesByRecord, Map<String, List<Span>> spansByRecord,
                     Map<String, Map<String, String>> subjectsByRecord) {
        this.categoriesByRecord = Collections.unmodifiableMap(categoriesByRecord);
        this.spansByRecord = Collections.unmodifiableMap(spansByRecord);
        this.subjectsByRecord = Collections.unmodifiableMap(subjectsByRecord);
        TreeSet<String> scored = new TreeSet<>();
        categoriesByRecord.values().forEach(scored::addAll);
        this.scoredCategories = Collections.unmodifiableSortedSet(scored);
    }

    /**
     * Reads a labels file.
     *
     * @throws ConfigException when a line is malformed, names an unknown category or repeats a record id
     * @throws InputException  when the file cannot be read
     */
    public static LabelSet read(Path file) {
        Map<String, Set<String>> categoriesByRecord = new LinkedHashMap<>();
        Map<String, List<Span>> spansByRecord = new LinkedHashMap<>();
        Map<String, Map<String, String>> subjectsByRecord = new LinkedHashMap<>();
        JsonLines.forEach(file, line -> {
            String recordId = line.text("record_id");
            Set<String> categories = categoriesOf(line);
            if (categoriesByRecord.putIfAbsent(recordId, categories) != null) {
                throw line.error("duplicate record_id \"" + recordId + "\"");
            }
            if (line.has("spans")) {
                spansByRecord.put(recordId, spansOf(line, categories));
            }
            if (line.has("subjects")) {
                subjectsByRecord.put(recordId, subjectsOf(line, categories));
            }
        });
        return new LabelSet(categoriesByRecord, spansByRecord, subjectsByRecord);
    }

    private static Map<String, String> subjectsOf(JsonLines.Line line, Set<String> categories) {
        JsonNode subjects = line.object().get("subjects");
        Map<String, String> out = new LinkedHashMap<>();
        if (!subjects.isObject()) {
            throw line.error("\"subjects\" must be an object of category to self, person or general");
        }
        subjects.fields().forEachRemaining(e -> {
            if (!categories.contains(e.getKey()) || !SUBJECTS.contains(e.getValue().asText())) {
                throw line.error("a subject needs a category listed in \"categories\" and one of self, person, "
                        + "general: \"" + e.getKey() + "\": " + e.getValue());
            }
            out.put(e.getKey(), e.getValue().asText());
        });
        return Map.copyOf(out);
    }

    private static List<Span> spansOf(JsonLines.Line line, Set<String> categories) {
        List<Span> spans = new ArrayList<>();
        for (JsonNode item : line.array("spans")) {
            String category = item.path("category").asText("");
            int start = item.path("start").asInt(-1);
            int end = item.path("end").asInt(-1);
            if (!categories.contains(category) || start < 0 || end <= start) {
                throw line.error("a span needs a category listed in \"categories\" and 0 <= start < end: " + item);
            }
            spans.add(new Span(category, start, end));
        }
        return List.copyOf(spans);
    }

    private static Set<String> categoriesOf(JsonLines.Line line) {
        TreeSet<String> categories = new TreeSet<>();
        for (JsonNode item : line.array("categories")) {
            // a typo in the ground truth would otherwise become a category that no detector can ever find
            if (!item.isTextual() || Category.byId(item.asText()).isEmpty()) {
                throw line.error("unknown category " + item + " in \"categories\"");
            }
            categories.add(item.asText());
        }
        return Set.copyOf(categories);
    }

    /** The number of labelled records. */
    public int size() {
        return categoriesByRecord.size();
    }

    /** Each labelled record id with the categories it contains (possibly none), in file order. */
    public Map<String, Set<String>> categoriesByRecord() {
        return categoriesByRecord;
    }

    /** The labelled spans of the records whose labels give them (the records span-level scoring covers). */
    public Map<String, List<Span>> spansByRecord() {
        return spansByRecord;
    }

    /** Whose data each labelled category of a record is, for the records whose labels say. */
    public Map<String, Map<String, String>> subjectsByRecord() {
        return subjectsByRecord;
    }

    /** The categories that appear in at least one label, sorted by id: those this label set can score. */
    public SortedSet<String> scoredCategories() {
        return scoredCategories;
    }
}
