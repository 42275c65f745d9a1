package dev.corpusaudit.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Formats an {@link EvalResult} as the aligned plain-text table that {@code corpus-audit eval} prints:
 * <pre>
 * labelled records: 5
 * min confidence: 0.500
 *
 * category        tp  fp  fn  precision  recall     f1  support
 * pii.email        1   1   1      0.500   0.500  0.500        2
 * pii.phone        0   0   1          -   0.000  0.000        1
 * special.health   1   0   1      1.000   0.500  0.667        2
 * micro avg        2   1   3      0.667   0.400  0.500        5
 *
 * not labelled in this set (not scored):
 * category    findings  records
 * pii.person         3        2
 *
 * findings for unlabelled records: 1
 *
 * subject (records found with a labelled subject):
 * category        records  right  accuracy
 * special.health        1      1     1.000
 * special.health labelled>found: self>self 1
 * </pre>
 * Category ids are left-aligned, numbers right-aligned, measures with 3 decimals and "-" when undefined. The "not
 * labelled" and "subject" blocks are left out when there is nothing in them. Lines end with {@code \n} on every platform.
 */
public final class EvalTable {

    private static final String GAP = "  ";

    private EvalTable() {
    }

    public static String format(EvalResult result) {
        StringBuilder out = new StringBuilder();
        out.append("labelled records: ").append(result.records()).append('\n');
        out.append("min confidence: ").append(decimal(result.minConfidence())).append("\n\n");

        List<String[]> scores = new ArrayList<>();
        scores.add(new String[]{"category", "tp", "fp", "fn", "precision", "recall", "f1", "support"});
        result.categories().forEach(score -> scores.add(row(score.category(), score)));
        scores.add(row("micro avg", result.micro()));
        appendAligned(out, scores);

        if (!result.notLabelled().isEmpty()) {
            out.append("\nnot labelled in this set (not scored):\n");
            List<String[]> unscored = new ArrayList<>();
            unscored.add(new String[]{"category", "findings", "records"});
            result.notLabelled().forEach((category, count) -> unscored.add(new String[]{
                    category, Long.toString(count.findings()), Long.toString(count.records())}));
            appendAligned(out, unscored);
        }

        out.append("\nfindings for unlabelled records: ").append(result.findingsForUnlabelledRecords()).append('\n');

        if (!result.subjects().isEmpty()) {
            out.append("\nsubject (records found with a labelled subject):\n");
            List<String[]> subjects = new ArrayList<>();
            subjects.add(new String[]{"category", "records", "right", "accuracy"});
            result.subjects().forEach((category, s) -> subjects.add(new String[]{category, Long.toString(s.records()),
                    Long.toString(s.right()), s.accuracy() == null ? "-" : decimal(s.accuracy())}));
            appendAligned(out, subjects);
            result.subjects().forEach((category, s) -> out.append(category).append(" labelled>found: ")
                    .append(String.join(" ", s.confusion().entrySet().stream()
                            .map(e -> e.getKey() + " " + e.getValue()).toList())).append('\n'));
        }
        return out.toString();
    }

    private static String[] row(String label, Score score) {
        return new String[]{label, Long.toString(score.tp()), Long.toString(score.fp()), Long.toString(score.fn()),
                decimal(score.precision()), decimal(score.recall()), decimal(score.f1()),
                Long.toString(score.support())};
    }

    private static String decimal(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

    /** Appends rows as columns as wide as their widest cell: the first left-aligned, the others right-aligned. */
    private static void appendAligned(StringBuilder out, List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            out.append(row[0]).append(" ".repeat(widths[0] - row[0].length()));
            for (int i = 1; i < row.length; i++) {
                out.append(GAP).append(" ".repeat(widths[i] - row[i].length())).append(row[i]);
            }
            out.append('\n');
        }
    }
}
