package dev.corpusaudit.eval;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * Record-level counts for one category (or, with no category, the micro-average over several) and the measures
 * derived from them. A measure whose denominator is 0 is {@code null}, never NaN.
 *
 * @param category the category id; {@code null} for the micro-average
 * @param tp       labelled records that have a finding of the category
 * @param fp       records with a finding of the category but not its label
 * @param fn       labelled records without a finding of the category
 */
@JsonPropertyOrder({"category", "tp", "fp", "fn", "precision", "recall", "f1", "support"})
// the measures are written for readers and computed again when an eval result is read back (corpus-audit report)
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(value = {"precision", "recall", "f1", "support"},
        allowGetters = true)
public record Score(@JsonInclude(JsonInclude.Include.NON_NULL) String category, long tp, long fp, long fn) {

    /** The micro-average: the counts of all {@code scores} added up, then the measures computed once. */
    public static Score micro(List<Score> scores) {
        return new Score(null,
                scores.stream().mapToLong(Score::tp).sum(),
                scores.stream().mapToLong(Score::fp).sum(),
                scores.stream().mapToLong(Score::fn).sum());
    }

    /** TP / (TP + FP); {@code null} when nothing was found. */
    @JsonProperty("precision")
    public Double precision() {
        return ratio(tp, tp + fp);
    }

    /** TP / (TP + FN); {@code null} when nothing is labelled. */
    @JsonProperty("recall")
    public Double recall() {
        return ratio(tp, tp + fn);
    }

    /**
     * The harmonic mean of precision and recall, computed as 2TP / (2TP + FP + FN). That is the same number when
     * both are defined, and 0 (not undefined) when a category is labelled but never found: a detector that finds
     * nothing has failed, and the table should say so.
     */
    @JsonProperty("f1")
    public Double f1() {
        return ratio(2 * tp, 2 * tp + fp + fn);
    }

    /** The labelled records: TP + FN. */
    @JsonProperty("support")
    public long support() {
        return tp + fn;
    }

    private static Double ratio(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
