package dev.corpusaudit.eval;

import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.model.InputException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares a scan's findings with ground-truth labels, per category and at record level: the question is "does this
 * record contain data of this category?", not "was every occurrence found?".
 *
 * <h2>Scoring rules</h2>
 * <ul>
 *   <li>Findings with a confidence below the minimum confidence are ignored altogether; everything below counts
 *       only the findings at or above it.</li>
 *   <li>The labelled universe is the set of record ids in the labels file. Findings whose record id is not in it are
 *       counted ({@code findings for unlabelled records}) and otherwise ignored; a count above 0 usually means the
 *       labels do not belong to the scanned corpus.</li>
 *   <li>A category is <em>scored</em> if it appears in at least one label. A category that appears only in findings
 *       is listed as <em>not labelled in this set</em>, with its number of findings and of records, and is not
 *       counted as false positives: the label set says nothing about it.</li>
 *   <li>Per scored category, over the labelled records: TP = records labelled with the category that have at least
 *       one finding of it; FP = records with such a finding but without the label; FN = records with the label but
 *       no such finding. Several findings of one category in one record count once.</li>
 *   <li>Precision = TP / (TP + FP), recall = TP / (TP + FN), F1 = 2TP / (2TP + FP + FN) (the harmonic mean of
 *       precision and recall, and 0 when a labelled category is never found); support = TP + FN. A measure whose
 *       denominator is 0 is undefined: "-" in the table, {@code null} in JSON.</li>
 *   <li>The micro-average adds up TP, FP and FN over all scored categories and computes the measures once, so
 *       categories with more labelled records weigh more.</li>
 * </ul>
 * Each finding thus lands in exactly one place: a scored category, a category not labelled in this set, or the
 * findings for unlabelled records. Where the labels give a record's {@code subjects}, the subject of the record's most
 * confident finding of that category (the first of equals) is compared with the labelled one.
 *
 * <p>The findings file streams; memory holds the labels and, per labelled record, the categories found in it.
 */
public final class Evaluator {

    private Evaluator() {
    }

    /**
     * Evaluates a {@code findings.jsonl} (one finding per line, with at least {@code record_id}, {@code category}
     * and {@code confidence}) against {@code labels}.
     *
     * @param minConfidence findings below this are ignored; between 0 and 1
     * @throws ConfigException when {@code minConfidence} is out of range or a findings line is malformed
     * @throws InputException  when the findings file cannot be read
     */
    public static EvalResult evaluate(Path findings, LabelSet labels, double minConfidence) {
        if (!(minConfidence >= 0.0 && minConfidence <= 1.0)) {
            throw new ConfigException("min confidence must be between 0 and 1, was " + minConfidence);
        }
        Tally tally = new Tally(labels, minConfidence);
        JsonLines.forEach(findings, tally::add);
        return tally.result();
    }

    private record FoundSubject(double confidence, String subject) {
    }

    /** The counts gathered while the findings stream by. */
    private static final class Tally {
        private final LabelSet labels;
        private final double minConfidence;
        /** Labelled record id to the categories found in it. */
        private final Map<String, Set<String>> found = new HashMap<>();
        /** Per category, findings and distinct records among the labelled records (for the unscored ones). */
        private final Map<String, Long> findingsByCategory = new HashMap<>();
        private final Map<String, Long> recordsByCategory = new HashMap<>();
        private long findingsForUnlabelledRecords;
        /** "record\tcategory" to its most confident finding's subject, where the labels give a subject. */
        private final Map<String, FoundSubject> subjects = new HashMap<>();

        Tally(LabelSet labels, double minConfidence) {
            this.labels = labels;
            this.minConfidence = minConfidence;
        }

        void add(JsonLines.Line line) {
            String recordId = line.text("record_id");
            String category = line.text("category");
            double confidence = line.decimal("confidence");
            if (confidence < minConfidence) {
                return;
            }
            if (!labels.categoriesByRecord().containsKey(recordId)) {
                findingsForUnlabelledRecords++;
                return;
            }
            findingsByCategory.merge(category, 1L, Long::sum);
            if (labels.subjectsByRecord().getOrDefault(recordId, Map.of()).containsKey(category)) {
                String subject = line.has("subject") ? line.text("subject") : "none";
                subjects.merge(recordId + "\t" + category, new FoundSubject(confidence, subject),
                        (kept, next) -> next.confidence() > kept.confidence() ? next : kept);
            }
            if (found.computeIfAbsent(recordId, id -> new HashSet<>()).add(category)) {
                recordsByCategory.merge(category, 1L, Long::sum);
            }
        }

        EvalResult result() {
            List<Score> scores = new ArrayList<>();
            for (String category : labels.scoredCategories()) {
                scores.add(score(category));
            }
            TreeMap<String, EvalResult.UnscoredCategory> notLabelled = new TreeMap<>();
            findingsByCategory.forEach((category, count) -> {
                if (!labels.scoredCategories().contains(category)) {
                    notLabelled.put(category,
                            new EvalResult.UnscoredCategory(count, recordsByCategory.get(category)));
                }
            });
            return new EvalResult(minConfidence, labels.size(), scores, Score.micro(scores),
                    notLabelled, findingsForUnlabelledRecords, subjectScores());
        }

        private TreeMap<String, EvalResult.SubjectScore> subjectScores() {
            Map<String, long[]> counts = new TreeMap<>(); // category to {records, right}
            Map<String, TreeMap<String, Long>> confusion = new TreeMap<>();
            labels.subjectsByRecord().forEach((recordId, labelled) -> labelled.forEach((category, subject) -> {
                FoundSubject found = subjects.get(recordId + "\t" + category);
                if (found != null) {
                    long[] n = counts.computeIfAbsent(category, c -> new long[2]);
                    n[0]++;
                    n[1] += subject.equals(found.subject()) ? 1 : 0;
                    confusion.computeIfAbsent(category, c -> new TreeMap<>()).merge(subject + ">" + found.subject(), 1L,
                            Long::sum);
                }
            }));
            TreeMap<String, EvalResult.SubjectScore> out = new TreeMap<>();
            counts.forEach((category, n) -> out.put(category,
                    new EvalResult.SubjectScore(n[0], n[1], confusion.get(category))));
            return out;
        }

        private Score score(String category) {
            long tp = 0;
            long fp = 0;
            long fn = 0;
            for (Map.Entry<String, Set<String>> record : labels.categoriesByRecord().entrySet()) {
                boolean labelled = record.getValue().contains(category);
                boolean predicted = found.getOrDefault(record.getKey(), Set.of()).contains(category);
                if (labelled && predicted) {
                    tp++;
                } else if (predicted) {
                    fp++;
                } else if (labelled) {
                    fn++;
                }
            }
            return new Score(category, tp, fp, fn);
        }
    }
}
