package dev.corpusaudit.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EvalTableTest {

    @Test
    void alignsColumnsAndShowsUndefinedAsDash() {
        List<Score> scores = List.of(
                new Score("pii.email", 1, 1, 1),
                new Score("pii.phone", 0, 0, 1),
                new Score("special.health", 1, 0, 1));
        EvalResult result = new EvalResult(0.5, 5, scores, Score.micro(scores),
                new TreeMap<>(Map.of("pii.person", new EvalResult.UnscoredCategory(3, 2))), 1);
        assertEquals("""
                labelled records: 5
                min confidence: 0.500

                category        tp  fp  fn  precision  recall     f1  support
                pii.email        1   1   1      0.500   0.500  0.500        2
                pii.phone        0   0   1          -   0.000  0.000        1
                special.health   1   0   1      1.000   0.500  0.667        2
                micro avg        2   1   3      0.667   0.400  0.500        5

                not labelled in this set (not scored):
                category    findings  records
                pii.person         3        2

                findings for unlabelled records: 1
                """, EvalTable.format(result));
    }

    @Test
    void widensColumnsForLargeCountsAndLeavesOutAnEmptyNotLabelledBlock() {
        List<Score> scores = List.of(new Score("pii.ip_address", 123456, 7, 0));
        EvalResult result = new EvalResult(0.0, 2000000, scores, Score.micro(scores), new TreeMap<>(), 0);
        assertEquals("""
                labelled records: 2000000
                min confidence: 0.000

                category            tp  fp  fn  precision  recall     f1  support
                pii.ip_address  123456   7   0      1.000   1.000  1.000   123456
                micro avg       123456   7   0      1.000   1.000  1.000   123456

                findings for unlabelled records: 0
                """, EvalTable.format(result));
    }
}
