package dev.corpusaudit.redact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What happens to one record: kept as it is, masked (new values for some fields) or dropped, with why and which
 * findings decided it. Holds no text of the input except the masked values, which only the corpus writer sees.
 *
 * @param action     what happens
 * @param reason     why a record is dropped (null otherwise)
 * @param marks      the findings acted on
 * @param newValues  field name to masked value, for {@link Action#MASKED}
 */
record Redaction(Action action, String reason, List<Mark> marks, Map<String, String> newValues) {

    /** The fate of a record, as the log names it. */
    enum Action { KEPT, MASKED, DROPPED }

    static final String DROP_CATEGORY = "finding of a category to drop";
    static final String RECORD_LEVEL = "record-level finding of a category to mask (no span to mask)";
    static final String DOES_NOT_FIT = "finding does not fit the record (field missing or shorter than its offsets)";

    static final Redaction KEEP = new Redaction(Action.KEPT, null, List.of(), Map.of());

    /**
     * Decides a record's fate from its marks.
     *
     * @param fields the record's field values as the scan read them (name to value; absent or null if none)
     */
    static Redaction decide(List<Mark> marks, Map<String, String> fields) {
        if (marks.isEmpty()) {
            return KEEP;
        }
        List<Mark> drops = marks.stream().filter(Mark::drop).toList();
        if (!drops.isEmpty()) {
            return new Redaction(Action.DROPPED, DROP_CATEGORY, drops, Map.of());
        }
        List<Mark> recordLevel = marks.stream().filter(Mark::recordLevel).toList();
        if (!recordLevel.isEmpty()) {
            return new Redaction(Action.DROPPED, RECORD_LEVEL, recordLevel, Map.of());
        }
        List<Mark> masks = withoutWholeTexts(marks);
        Map<String, List<Mark>> byField = new LinkedHashMap<>();
        for (Mark mark : masks) {
            String value = fields.get(mark.field());
            if (value == null || mark.end() > value.length()) {
                // The findings were made from other input: masking would cut at the wrong place.
                return new Redaction(Action.DROPPED, DOES_NOT_FIT, List.of(mark), Map.of());
            }
            byField.computeIfAbsent(mark.field(), f -> new ArrayList<>()).add(mark);
        }
        Map<String, String> newValues = new LinkedHashMap<>();
        byField.forEach((field, fieldMarks) -> newValues.put(field, SpanMasker.mask(fields.get(field), fieldMarks)));
        return new Redaction(Action.MASKED, null, masks, newValues);
    }

    /**
     * The marks to mask, without a whole-text mark ({@link Mark#wholeText}) where a mark of its category in its field
     * says where the value is: "bekomme ich [REDACTED] brutto", not the whole post, when a pattern rule found the
     * amount the pay categorizer read the post for.
     */
    private static List<Mark> withoutWholeTexts(List<Mark> marks) {
        return marks.stream().filter(m -> !m.wholeText() || marks.stream().noneMatch(o -> !o.wholeText()
                && o.category().equals(m.category()) && o.field().equals(m.field()))).toList();
    }

    /** The distinct categories acted on, sorted. */
    List<String> categories() {
        return List.copyOf(new TreeSet<>(marks.stream().map(Mark::category).toList()));
    }

    /** The distinct rule ids acted on, sorted. */
    List<String> ruleIds() {
        return List.copyOf(new TreeSet<>(marks.stream().map(Mark::ruleId).toList()));
    }
}
