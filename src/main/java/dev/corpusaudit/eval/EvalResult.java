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
 * "findings_for_unlabelled_records":N}</pre>
 *
 * @param minConfidence                 findings below this confidence were ignored
 * @param records                       the labelled records
 * @param categories                    one score per scored category, sorted by id
 * @param micro                         the micro-average over {@code categories}
 * @param notLabelled                   categories found in labelled records but absent from every label, by id
 * @param findingsForUnlabelledRecords  findings whose record id is not in the label set
 */
@JsonPropertyOrder({"min_confidence", "records", "categories", "micro", "not_labelled",
        "findings_for_unlabelled_records"})
public record EvalResult(@JsonProperty("min_confidence") double minConfidence,
                         long records,
                         List<Score> categories,
                         Score micro,
                         @JsonProperty("not_labelled") SortedMap<String, UnscoredCategory> notLabelled,
                         @JsonProperty("findings_for_unlabelled_records") long findingsForUnlabelledRecords) {

    public EvalResult {
        categories = List.copyOf(categories);
        notLabelled = Collections.unmodifiableSortedMap(new TreeMap<>(notLabelled));
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
