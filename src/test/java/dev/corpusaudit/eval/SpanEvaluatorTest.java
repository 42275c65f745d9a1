package dev.corpusaudit.eval;

import dev.corpusaudit.model.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpanEvaluatorTest {
    @TempDir
    Path dir;

    /** s1 has two labelled IBANs and a phone; s2 one e-mail; s3 nothing (a negative); r9 has no spans at all. */
    static final String LABELS = """
            {"record_id":"s1","categories":["excluded.bank_account","pii.phone"],"spans":[{"category":"excluded.bank_account","start":5,"end":27},{"category":"excluded.bank_account","start":40,"end":62},{"category":"pii.phone","start":70,"end":82}]}
            {"record_id":"s2","categories":["pii.email"],"spans":[{"category":"pii.email","start":0,"end":12}]}
            {"record_id":"s3","categories":[],"spans":[]}
            {"record_id":"r9","categories":["pii.email"]}
            """;

    /**
     * s1: first IBAN found (overlapping, not exact), second missed, phone found twice; s2: e-mail found plus one
     * e-mail elsewhere (FP); s3: a false bank account; a pii.person nobody labelled; r9 has no spans.
     */
    static final String FINDINGS = """
            {"record_id":"s1","category":"excluded.bank_account","confidence":0.9,"start":5,"end":20}
            {"record_id":"s1","category":"pii.phone","confidence":0.8,"start":70,"end":82}
            {"record_id":"s1","category":"pii.phone","confidence":0.8,"start":72,"end":80}
            {"record_id":"s2","category":"pii.email","confidence":0.9,"start":0,"end":12}
            {"record_id":"s2","category":"pii.email","confidence":0.9,"start":30,"end":44}
            {"record_id":"s3","category":"excluded.bank_account","confidence":0.6,"start":1,"end":9}
            {"record_id":"s3","category":"pii.person","confidence":0.6,"start":1,"end":9}
            {"record_id":"r9","category":"pii.email","confidence":0.9,"start":0,"end":5}
            """;

    private EvalResult evaluate(String labels, String findings, double min) throws IOException {
        Path l = Files.writeString(dir.resolve("labels.jsonl"), labels);
        Path f = Files.writeString(dir.resolve("findings.jsonl"), findings);
        return SpanEvaluator.evaluate(f, LabelSet.read(l), min);
    }

    private static Score score(EvalResult r, String category) {
        return r.categories().stream().filter(s -> category.equals(s.category())).findFirst().orElseThrow();
    }

    @Test
    void overlapMatchesASpanAndEachSideIsCountedOnce() throws IOException {
        EvalResult r = evaluate(LABELS, FINDINGS, 0.0);
        assertEquals(new Score("excluded.bank_account", 1, 1, 1), score(r, "excluded.bank_account"));
        assertEquals(new Score("pii.phone", 1, 0, 0), score(r, "pii.phone"));
        assertEquals(new Score("pii.email", 1, 1, 0), score(r, "pii.email"));
        assertEquals(new Score(null, 3, 2, 1), r.micro());
        assertEquals(1, r.notLabelled().get("pii.person").findings());
        assertEquals(1, r.findingsForUnlabelledRecords(), "r9 has no spans: not scored at span level");
        assertEquals(3, r.records());
    }

    @Test
    void spansAtTheSameOffsetsInTwoRecordsAreTwoSpans() throws IOException {
        EvalResult r = evaluate("""
                {"record_id":"a","categories":["pii.email"],"spans":[{"category":"pii.email","start":3,"end":15}]}
                {"record_id":"b","categories":["pii.email"],"spans":[{"category":"pii.email","start":3,"end":15}]}
                """, """
                {"record_id":"a","category":"pii.email","confidence":0.9,"start":3,"end":15}
                {"record_id":"b","category":"pii.email","confidence":0.9,"start":3,"end":15}
                """, 0.0);
        assertEquals(new Score("pii.email", 2, 0, 0), score(r, "pii.email"));
    }

    @Test
    void theMinimumConfidenceDropsFindingsBeforeMatching() throws IOException {
        EvalResult r = evaluate(LABELS, FINDINGS, 0.7);
        assertEquals(new Score("excluded.bank_account", 1, 0, 1), score(r, "excluded.bank_account"));
    }

    @Test
    void aSpanOfACategoryNotListedIsAnError() {
        ConfigException e = assertThrows(ConfigException.class, () -> evaluate("""
                {"record_id":"x","categories":[],"spans":[{"category":"pii.email","start":0,"end":3}]}
                """, "", 0));
        assertTrue(e.getMessage().contains("labels.jsonl:1: a span needs a category listed in"),
                e.getMessage());
    }
}
