package dev.corpusaudit.ingest;

import dev.corpusaudit.model.ConfigException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Maps the input's field names to the record schema of DESIGN.md, from {@code --map id=uuid,text=body}: the left
 * side is our name, the right side the input's.
 */
public final class FieldMapping {
    /** The record fields a mapping may name. */
    public static final Set<String> FIELDS = Set.of("id", "text", "member_id", "source", "region", "lang",
            "created_at", "member_birth_date", "member_age");

    private final Map<String, String> ourToInput;

    private FieldMapping(Map<String, String> ourToInput) {
        this.ourToInput = ourToInput;
    }

    public static FieldMapping identity() {
        return new FieldMapping(Map.of());
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
        return new FieldMapping(Map.copyOf(map));
    }

    /** The input's name for one of our fields. */
    public String inputName(String ours) {
        return ourToInput.getOrDefault(ours, ours);
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
