package dev.corpusaudit.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The release gate's verdict: {@code failed} when any condition holds (exit code 1), {@code passed} when none does,
 * {@code none} when no gate was set.
 *
 * @param source     where the conditions came from: {@code policy} or {@code command line}; null without a gate
 * @param conditions each condition with what was measured
 */
@JsonPropertyOrder({"verdict", "source", "conditions"})
public record GateVerdict(String verdict, String source, List<Check> conditions) {
    public static final String PASSED = "passed";
    public static final String FAILED = "failed";
    public static final String NONE = "none";

    /**
     * One condition.
     *
     * @param records records with a finding of the condition's categories
     * @param value   what the condition compared, as it states it ({@code 12} or {@code 0.4%})
     * @param holds   whether it holds, failing the gate
     */
    @JsonPropertyOrder({"condition", "records", "value", "holds"})
    public record Check(String condition, long records, String value, boolean holds) {
    }

    @JsonIgnore
    public boolean failed() {
        return FAILED.equals(verdict);
    }
}
