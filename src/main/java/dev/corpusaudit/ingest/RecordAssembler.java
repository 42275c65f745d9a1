package dev.corpusaudit.ingest;

import dev.corpusaudit.model.CorpusRecord;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the fields of one input line into a {@link CorpusRecord}, or a rejection: missing id or text, duplicate
 * id, text over the size limit. A record kept with invalid UTF-8 replaced or metadata outside the schema
 * ({@link MetadataCheck}) is flagged, with one warning line that says all of it. Assigns each accepted record its
 * sequence number. One per scan, used by every reader, so that ids are unique across all inputs.
 */
public final class RecordAssembler {
    private final FieldMapping mapping;
    private final int maxRecordChars;
    private final RecordHandler handler;
    // Exact ids, not hashes: a hash collision would silently drop a record.
    private final Set<String> seenIds = new HashSet<>();
    private long nextSeq;
    private long accepted;
    private long rejected;
    private long flagged;

    public RecordAssembler(FieldMapping mapping, int maxRecordChars, RecordHandler handler) {
        this.mapping = mapping;
        this.maxRecordChars = maxRecordChars;
        this.handler = handler;
    }

    /**
     * Accepts or rejects one input record.
     *
     * @param fields      the input's fields as strings (null values allowed), in input order
     * @param origin      file and line
     * @param utf8Problem whether invalid UTF-8 was replaced while decoding the line
     */
    public void offer(Map<String, String> fields, CorpusRecord.Origin origin, boolean utf8Problem)
            throws InterruptedException {
        String id = fields.get(mapping.inputName("id"));
        String text = fields.get(mapping.inputName("text"));
        if (id == null || id.isBlank()) {
            reject(origin, null, "missing field '" + mapping.inputName("id") + "' (record id)");
            return;
        }
        if (text == null) {
            reject(origin, id, "missing field '" + mapping.inputName("text") + "' (record text)");
            return;
        }
        if (text.length() > maxRecordChars) {
            reject(origin, id, "text has " + text.length() + " characters, over --max-record-chars " + maxRecordChars);
            return;
        }
        if (!seenIds.add(id)) {
            reject(origin, id, "duplicate id '" + id + "' (the first record with this id was kept)");
            return;
        }
        String source = blankToNull(fields.get(mapping.inputName("source")));
        source = mapping.sourceType(source == null ? null : source.toLowerCase(Locale.ROOT));
        String region = region(fields.get(mapping.inputName("region")));
        String lang = blankToNull(fields.get(mapping.inputName("lang")));
        lang = lang == null ? null : lang.toLowerCase(Locale.ROOT);
        String createdAt = blankToNull(fields.get(mapping.inputName("created_at")));
        List<String> warnings = new ArrayList<>();
        if (utf8Problem) {
            warnings.add("invalid UTF-8 replaced with U+FFFD");
        }
        warnings.addAll(MetadataCheck.problems(source, region, lang, createdAt));
        lang = MetadataCheck.isLanguage(lang) ? lang : null;
        if (!warnings.isEmpty()) {
            flagged++;
            handler.problem(Rejection.kept(origin.file(), origin.line(), id,
                    String.join("; ", warnings) + "; record scanned"));
        }
        Map<String, String> extra = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (!mapping.isMapped(name) && value != null) {
                extra.put(name, value);
            }
        });
        // Age fields are not used by this stage yet; keep them under their schema names for later checks.
        for (String ours : new String[]{"member_birth_date", "member_age"}) {
            String value = blankToNull(fields.get(mapping.inputName(ours)));
            if (value != null) {
                extra.put(ours, value);
            }
        }
        CorpusRecord record = new CorpusRecord(nextSeq++, id, text,
                blankToNull(fields.get(mapping.inputName("member_id"))), source, region, lang, createdAt,
                Collections.unmodifiableMap(extra), origin);
        accepted++;
        handler.record(record);
    }

    /** Rejects a line that could not even be parsed into fields. */
    public void reject(CorpusRecord.Origin origin, String recordId, String reason) {
        rejected++;
        handler.problem(Rejection.rejected(origin.file(), origin.line(), recordId, reason));
    }

    public long accepted() {
        return accepted;
    }

    public long rejected() {
        return rejected;
    }

    public long flagged() {
        return flagged;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** A region code in upper case, with the two codes the EU writes for countries ISO names otherwise (UK, EL). */
    private static String region(String s) {
        String v = blankToNull(s);
        if (v == null) {
            return null;
        }
        v = v.toUpperCase(Locale.ROOT);
        return switch (v) {
            case "UK" -> "GB";
            case "EL" -> "GR";
            default -> v;
        };
    }
}
