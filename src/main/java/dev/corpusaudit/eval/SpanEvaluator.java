package dev.corpusaudit.eval;

import dev.corpusaudit.model.ConfigException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Span-level scoring: "was each labelled value found, and is each finding a labelled value?". Only records whose
 * labels give {@code spans} are scored, so a label set can mix both kinds.
 *
 * <ul>
 *   <li>A finding matches a labelled span when they have the same category and their character ranges overlap.</li>
 *   <li>Per category: TP = labelled spans matched by at least one finding; FN = labelled spans no finding matches;
 *       FP = findings (at or above the minimum confidence) that match no labelled span of their category.
 *       Precision, recall and F1 follow as at record level, from these counts.</li>
 *   <li>A category is scored when a span of it is labelled; findings of other categories are listed as not
 *       labelled, as at record level, and findings in records without spans are counted apart.</li>
 * </ul>
 */
public final class SpanEvaluator {

    private SpanEvaluator() {
    }

    /** A labelled span of one record. */
    private record Labelled(String recordId, LabelSet.Span span) {
    }

    public static EvalResult evaluate(Path findings, LabelSet labels, double minConfidence) {
        if (!(minConfidence >= 0.0 && minConfidence <= 1.0)) {
            throw new ConfigException("min confidence must be between 0 and 1, was " + minConfidence);
        }
        Map<String, List<LabelSet.Span>> spans = labels.spansByRecord();
        Set<String> scored = new java.util.TreeSet<>();
        spans.values().forEach(list -> list.forEach(s -> scored.add(s.category())));
        // per record: two records may hold a span of one category at the same offsets
        Set<Labelled> matched = new HashSet<>();
        Map<String, Long> falsePositives = new HashMap<>();
        Map<String, Long> unscoredFindings = new HashMap<>();
        Map<String, Set<String>> unscoredRecords = new HashMap<>();
        long[] outside = {0};
        JsonLines.forEach(findings, line -> {
            if (line.decimal("confidence") < minConfidence) {
                return;
            }
            String recordId = line.text("record_id");
            String category = line.text("category");
            List<LabelSet.Span> labelled = spans.get(recordId);
            if (labelled == null) {
                outside[0]++;
                return;
            }
            if (!scored.contains(category)) {
                unscoredFindings.merge(category, 1L, Long::sum);
                unscoredRecords.computeIfAbsent(category, c -> new HashSet<>()).add(recordId);
                return;
            }
            Integer start = line.integer("start");
            Integer end = line.integer("end");
            boolean hit = false;
            for (LabelSet.Span span : labelled) {
                if (span.category().equals(category) && start != null && end != null && span.overlaps(start, end)) {
                    matched.add(new Labelled(recordId, span));
                    hit = true;
                }
            }
            if (!hit) {
                falsePositives.merge(category, 1L, Long::sum);
            }
        });
        List<Score> scores = new ArrayList<>();
        for (String category : scored) {
            long total = spans.values().stream().flatMap(List::stream).filter(s -> s.category().equals(category)).count();
            long tp = matched.stream().filter(s -> s.span().category().equals(category)).count();
            scores.add(new Score(category, tp, falsePositives.getOrDefault(category, 0L), total - tp));
        }
        TreeMap<String, EvalResult.UnscoredCategory> notLabelled = new TreeMap<>();
        unscoredFindings.forEach((c, n) -> notLabelled.put(c,
                new EvalResult.UnscoredCategory(n, (long) unscoredRecords.get(c).size())));
        return new EvalResult(minConfidence, spans.size(), scores, Score.micro(scores), notLabelled, outside[0]);
    }
}
