package dev.corpusaudit.ingest;

import dev.corpusaudit.model.ConfigException;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps the input's field names to the record schema of DESIGN.md, from {@code --map id=uuid,text=body}: the left
 * side is our name, the right side the input's. In JSON input the input's name may be a path into nested objects
 * ({@code text=post.body}, {@code id=data.id}): the readers then read those objects' members as fields named by
 * their paths ({@link #isNestedPrefix}).
 */
public final class FieldMapping {
    /** The record fields a mapping may name. */
    public static final Set<String> FIELDS = Set.of("id", "text", "member_id", "source", "region", "lang",
            "created_at", "member_birth_date", "member_age");

    private final Map<String, String> ourToInput;
    /** The input's {@code source} values read as the schema's (lower case): {@code dm} as {@code message}. */
    private final Map<String, String> sourceValues;

    private FieldMapping(Map<String, String> ourToInput, Map<String, String> sourceValues) {
        this.ourToInput = ourToInput;
        this.sourceValues = sourceValues;
    }

    public static FieldMapping identity() {
        return new FieldMapping(Map.of(), Map.of());
    }

    /**
     * This mapping, reading the input's {@code source} values as the schema's, from {@code --source-values
     * dm=message,inmail=message} (the input's value on the left, compared without case); a value on the right that
     * is no source type of the schema, or a malformed pair, is a {@link ConfigException}.
     */
    public FieldMapping withSourceValues(String spec) {
        if (spec == null || spec.isBlank()) {
            return this;
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : spec.split(",")) {
            String[] kv = pair.split("=", 2);
            if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                throw new ConfigException("--source-values: '" + pair.trim() + "' is not of the form"
                        + " input_value=source_type");
            }
            String ours = kv[1].trim().toLowerCase(Locale.ROOT);
            if (!MetadataCheck.SOURCES.contains(ours)) {
                throw new ConfigException("--source-values: '" + kv[1].trim() + "' is not a source type; known: "
                        + String.join(", ", MetadataCheck.SOURCES.stream().sorted().toList()));
            }
            map.put(kv[0].trim().toLowerCase(Locale.ROOT), ours);
        }
        return new FieldMapping(ourToInput, Map.copyOf(map));
    }

    /** The schema's source type for an input's (lower-case) source value: itself unless mapped. */
    public String sourceType(String inputValue) {
        return inputValue == null ? null : sourceValues.getOrDefault(inputValue, inputValue);
    }

    /** Parses {@code ours=theirs,...}; an unknown field name or a malformed pair is a {@link ConfigException}. */
    public static FieldMapping parse(String spec) {
        Map<String, String> map = new LinkedHashMap<>();
        if (spec == null || spec.isBlank()) {
            return identity();
        }
        for (String pair : spec.split(",")) {
            String[] kv = pair.split("=", 2);
            if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                throw new ConfigException("--map: '" + pair.trim() + "' is not of the form field=input_name");
            }
            String ours = kv[0].trim();
            if (!FIELDS.contains(ours)) {
                throw new ConfigException("--map: unknown field '" + ours + "'; known fields: "
                        + String.join(", ", FIELDS.stream().sorted().toList()));
            }
            map.put(ours, kv[1].trim());
        }
        return new FieldMapping(Map.copyOf(map), Map.of());
    }

    /** The input's name for one of our fields. */
    public String inputName(String ours) {
        return ourToInput.getOrDefault(ours, ours);
    }

    /**
     * Whether a JSON member of this (dotted) name holds, as an object, a mapped field: {@code post} and
     * {@code data.post} for {@code text=data.post.body}. Its members are then read as fields of their own, named by
     * their paths ({@code data.post.body}, {@code data.post.title}), instead of as one field of JSON text.
     */
    public boolean isNestedPrefix(String inputName) {
        for (String input : ourToInput.values()) {
            if (input.length() > inputName.length() && input.startsWith(inputName)
                    && input.charAt(inputName.length()) == '.') {
                return true;
            }
        }
        return false;
    }

    /** Whether an input field name feeds one of our fields (so it is not an "extra" field). */
    public boolean isMapped(String inputName) {
        for (String ours : FIELDS) {
            if (inputName(ours).equals(inputName)) {
                return true;
            }
        }
        return false;
    }
}
