package dev.corpusaudit.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The outcome of comparing a scan's findings with a {@link LabelSet}; see {@link Evaluator} for the rules. Serialises
 * with Jackson to the {@code corpus-audit eval} JSON, keys in this order:
 * <pre>{"min_confidence":0.0,"records":N,"categories":[{"category":...,"tp":..,"fp":..,"fn":..,"precision":..,
 * "recall":..,"f1":..,"support":..}],"micro":{...},"not_labelled":{"cat":{"findings":..,"records":..}},
 * "findings_for_unlabelled_records":N,"subjects":{"cat":{"records":..,"right":..,"accuracy":..,
 * "confusion":{"self>general":..}}}}</pre>
 *
 * @param minConfidence                 findings below this confidence were ignored
 * @param records                       the labelled records
 * @param categories                    one score per scored category, sorted by id
 * @param micro                         the micro-average over {@code categories}
 * @param notLabelled                   categories found in labelled records but absent from every label, by id
 * @param findingsForUnlabelledRecords  findings whose record id is not in the label set
 * @param subjects                      per category with labelled subjects, how often the found subject was right
 */
@JsonPropertyOrder({"min_confidence", "records", "categories", "micro", "not_labelled",
        "findings_for_unlabelled_records", "subjects"})
public record EvalResult(@JsonProperty("min_confidence") double minConfidence,
                         long records,
                         List<Score> categories,
                         Score micro,
                         @JsonProperty("not_labelled") SortedMap<String, UnscoredCategory> notLabelled,
                         @JsonProperty("findings_for_unlabelled_records") long findingsForUnlabelledRecords,
                         SortedMap<String, SubjectScore> subjects) {

    /** Reads an {@code eval --json} file back; a file that is not one is a {@link dev.corpusaudit.model.ConfigException}. */
    public static EvalResult read(java.nio.file.Path file) {
        try {
            return dev.corpusaudit.model.Json.MAPPER.readValue(file.toFile(), EvalResult.class);
        } catch (java.io.IOException e) {
            throw new dev.corpusaudit.model.ConfigException(file + ": not an eval result (corpus-audit eval --json): "
                    + (e instanceof com.fasterxml.jackson.core.JacksonException j ? j.getOriginalMessage()
                    : e.getMessage()), e);
        }
    }

    public EvalResult {
        categories = List.copyOf(categories);
        notLabelled = Collections.unmodifiableSortedMap(new TreeMap<>(notLabelled));
        subjects = Collections.unmodifiableSortedMap(new TreeMap<>(subjects));
    }

    /** A result without subject scores (span level, or labels without subjects). */
    public EvalResult(double minConfidence, long records, List<Score> categories, Score micro,
                      SortedMap<String, UnscoredCategory> notLabelled, long findingsForUnlabelledRecords) {
        this(minConfidence, records, categories, micro, notLabelled, findingsForUnlabelledRecords, new TreeMap<>());
    }

    /**
     * Whose data the findings of a category say it is, against the labels: over the records labelled with the
     * category and a subject and found, the subject of the record's most confident finding of the category.
     *
     * @param records   records found with a labelled subject
     * @param right     those whose found subject is the labelled one
     * @param confusion "labelled&gt;found" to records, for every pair that occurred ("self&gt;general": 4)
     */
    @JsonPropertyOrder({"records", "right", "accuracy", "confusion"})
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(value = "accuracy", allowGetters = true)
    public record SubjectScore(long records, long right, SortedMap<String, Long> confusion) {
        public SubjectScore {
            confusion = Collections.unmodifiableSortedMap(new TreeMap<>(confusion));
        }

        @JsonProperty("accuracy")
        public Double accuracy() {
            return records == 0 ? null : right / (double) records;
        }
    }

    /**
     * What was found of a category the label set does not cover.
     *
     * @param findings findings of the category in labelled records
     * @param records  labelled records with at least one such finding
     */
    public record UnscoredCategory(long findings, long records) {
    }

    /** The score of one category; empty when the label set does not score it. */
    public Optional<Score> score(String category) {
        return categories.stream().filter(s -> s.category().equals(category)).findFirst();
    }
}
