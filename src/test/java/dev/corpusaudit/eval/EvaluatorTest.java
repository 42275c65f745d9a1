package dev.corpusaudit.eval;

import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.model.InputException;
import dev.corpusaudit.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluatorTest {

    /** Five labelled records; r5 has nothing labelled for the detectors to find but pii.phone. */
    static final String LABELS = """
            {"record_id":"r1","lang":"en","categories":["pii.email"]}
            {"record_id":"r2","categories":["pii.email","special.health"],"subjects":{"special.health":"self"}}
            {"record_id":"r3","categories":[],"note":"grüße, 😀 – ignored"}

            {"record_id":"r4","categories":["special.health"]}
            {"record_id":"r5","categories":["pii.phone"]}
            """;

    /**
     * r1 email twice (one record, counts once); r2 email only at 0.4; r3 email and health (0.3) it should not have;
     * r4 health; pii.person is never labelled; r9 is not in the label set.
     */
    static final String FINDINGS = """
            {"record_id":"r1","category":"pii.email","confidence":0.9,"evidence":"schreib an j***@beispiel.de 😀"}
            {"record_id":"r1","category":"pii.email","confidence":0.8}
            {"record_id":"r1","category":"pii.person","confidence":0.9}
            {"record_id":"r1","category":"pii.person","confidence":0.7}
            {"record_id":"r2","category":"pii.email","confidence":0.4}
            {"record_id":"r3","category":"pii.email","confidence":0.7}
            {"record_id":"r3","category":"special.health","confidence":0.3}
            {"record_id":"r4","category":"special.health","confidence":0.6}
            {"record_id":"r4","category":"pii.person","confidence":0.9}
            {"record_id":"r5","category":"pii.person","confidence":0.2}
            {"record_id":"r9","category":"pii.email","confidence":0.9}
            """;

    @TempDir
    Path dir;

    EvalResult evaluate(String labels, String findings, double minConfidence) throws IOException {
        Path labelsFile = write("labels.jsonl", labels);
        Path findingsFile = write("findings.jsonl", findings);
        return Evaluator.evaluate(findingsFile, LabelSet.read(labelsFile), minConfidence);
    }

    Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** Empty precision, recall or f1 cells mean "undefined" (null). */
    @ParameterizedTest(name = "min {0}: {1}")
    @CsvSource({
            // min, category,        tp, fp, fn, precision,          recall, f1,                 support
            "0.0, pii.email,          2,  1,  0, 0.6666666666666666, 1.0,    0.8,                2",
            "0.0, pii.phone,          0,  0,  1,                   , 0.0,    0.0,                1",
            "0.0, special.health,     1,  1,  1, 0.5,                0.5,    0.5,                2",
            "0.0, micro,              3,  2,  2, 0.6,                0.6,    0.6,                5",
            // 0.5 drops r2's email (0.4) and r3's health (0.3); the threshold is inclusive
            "0.5, pii.email,          1,  1,  1, 0.5,                0.5,    0.5,                2",
            "0.5, pii.phone,          0,  0,  1,                   , 0.0,    0.0,                1",
            "0.5, special.health,     1,  0,  1, 1.0,                0.5,    0.6666666666666666, 2",
            "0.5, micro,              2,  1,  3, 0.6666666666666666, 0.4,    0.5,                5",
            "0.6, special.health,     1,  0,  1, 1.0,                0.5,    0.6666666666666666, 2",
            "0.95, micro,             0,  0,  5,                   , 0.0,    0.0,                5",
    })
    void scoresPerCategoryAndMicro(double min, String category, long tp, long fp, long fn, Double precision,
                                   Double recall, Double f1, long support) throws IOException {
        EvalResult result = evaluate(LABELS, FINDINGS, min);
        Score score = category.equals("micro") ? result.micro() : result.score(category).orElseThrow();
        assertEquals(List.of(tp, fp, fn, support), List.of(score.tp(), score.fp(), score.fn(), score.support()));
        assertEquals(precision, score.precision(), "precision");
        assertEquals(recall, score.recall(), "recall");
        assertEquals(f1, score.f1(), "f1");
    }

    @Test
    void scoredCategoriesAreThoseInTheLabelsSortedById() throws IOException {
        EvalResult result = evaluate(LABELS, FINDINGS, 0.0);
        assertEquals(List.of("pii.email", "pii.phone", "special.health"),
                result.categories().stream().map(Score::category).toList());
        assertEquals(5, result.records());
    }

    @ParameterizedTest(name = "min {0}")
    @CsvSource({
            // min, person findings, person records, findings for unlabelled records
            "0.0, 4, 3, 1",
            "0.5, 3, 2, 1",
            "0.95, 0, 0, 0",
    })
    void unlabelledCategoriesAndRecordsAreCountedNotScored(double min, long findings, long records, long unlabelled)
            throws IOException {
        EvalResult result = evaluate(LABELS, FINDINGS, min);
        Map<String, EvalResult.UnscoredCategory> expected =
                findings == 0 ? Map.of() : Map.of("pii.person", new EvalResult.UnscoredCategory(findings, records));
        assertEquals(expected, result.notLabelled());
        assertEquals(unlabelled, result.findingsForUnlabelledRecords());
        assertEquals(0, result.score("pii.person").map(Score::fp).orElse(0L), "never a false positive");
    }

    @Test
    void emptyFindingsGiveRecallZeroAndUndefinedPrecision() throws IOException {
        EvalResult result = evaluate(LABELS, "", 0.0);
        for (Score score : result.categories()) {
            assertEquals(0.0, score.recall(), score.category());
            assertNull(score.precision(), score.category());
            assertEquals(0.0, score.f1(), score.category());
        }
        assertNull(result.micro().precision());
        assertEquals(5, result.micro().support());
    }

    @Test
    void noScoredCategoryLeavesEveryMeasureUndefined() throws IOException {
        EvalResult result = evaluate("{\"record_id\":\"r1\",\"categories\":[]}\n", "", 0.0);
        assertEquals(List.of(), result.categories());
        assertEquals(new Score(null, 0, 0, 0), result.micro());
        assertNull(result.micro().precision());
        assertNull(result.micro().recall());
        assertNull(result.micro().f1());
    }

    @Test
    void jsonHasTheContractKeyOrderAndNullsForUndefinedMeasures() throws IOException {
        String json = Json.MAPPER.writeValueAsString(evaluate(LABELS, FINDINGS, 0.5));
        assertEquals("{\"min_confidence\":0.5,\"records\":5,\"categories\":["
                + "{\"category\":\"pii.email\",\"tp\":1,\"fp\":1,\"fn\":1,\"precision\":0.5,\"recall\":0.5,\"f1\":0.5,\"support\":2},"
                + "{\"category\":\"pii.phone\",\"tp\":0,\"fp\":0,\"fn\":1,\"precision\":null,\"recall\":0.0,\"f1\":0.0,\"support\":1},"
                + "{\"category\":\"special.health\",\"tp\":1,\"fp\":0,\"fn\":1,\"precision\":1.0,\"recall\":0.5,"
                + "\"f1\":0.6666666666666666,\"support\":2}],"
                + "\"micro\":{\"tp\":2,\"fp\":1,\"fn\":3,\"precision\":0.6666666666666666,\"recall\":0.4,\"f1\":0.5,\"support\":5},"
                + "\"not_labelled\":{\"pii.person\":{\"findings\":3,\"records\":2}},"
                + "\"findings_for_unlabelled_records\":1,\"subjects\":{}}", json);
    }

    @Test
    void theSubjectOfARecordsMostConfidentFindingIsScoredAgainstItsLabel() throws IOException {
        String labels = """
                {"record_id":"a","categories":["special.health"],"subjects":{"special.health":"self"}}
                {"record_id":"b","categories":["special.health"],"subjects":{"special.health":"person"}}
                {"record_id":"c","categories":["special.health"],"subjects":{"special.health":"general"}}
                {"record_id":"d","categories":["special.health"],"subjects":{"special.health":"self"}}
                {"record_id":"e","categories":["special.health"]}
                """;
        String findings = """
                {"record_id":"a","category":"special.health","confidence":0.6,"subject":"general"}
                {"record_id":"a","category":"special.health","confidence":0.9,"subject":"self"}
                {"record_id":"b","category":"special.health","confidence":0.8,"subject":"self"}
                {"record_id":"c","category":"special.health","confidence":0.6,"subject":"general"}
                {"record_id":"e","category":"special.health","confidence":0.6,"subject":"self"}
                """;
        EvalResult.SubjectScore score = evaluate(labels, findings, 0.0).subjects().get("special.health");
        assertEquals(3, score.records()); // d was not found, e has no labelled subject
        assertEquals(2, score.right());
        assertEquals(Map.of("self>self", 1L, "person>self", 1L, "general>general", 1L), score.confusion());
        assertTrue(EvalTable.format(evaluate(labels, findings, 0.0)).contains(
                "special.health labelled>found: general>general 1 person>self 1 self>self 1\n"));
    }

    @ParameterizedTest(name = "labels: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`{\"record_id\":\"r1\",\"categories\":[]}\n{\"record_id\":\"r2\",\"categories\":[}` | :2: not valid JSON at column 33: Unexpected close marker '}': expected ']'",
            "`[1,2]`                                                                             | :1: not a JSON object",
            "`{\"record_id\":\"r1\",\"categories\":[]} {}`                                       | :1: not valid JSON at column",
            "`{\"record_id\":\"r1\",\"categories\":[\"pii.email\"`                                 | :1: not valid JSON at column 44: Unexpected end-of-input: expected close marker for Array",
            "`{\"categories\":[]}`                                                               | :1: \"record_id\" must be a non-empty string",
            "`{\"record_id\":7,\"categories\":[]}`                                               | :1: \"record_id\" must be a non-empty string",
            "`{\"record_id\":\"r1\"}`                                                            | :1: \"categories\" must be an array",
            "`{\"record_id\":\"r1\",\"categories\":[\"pii.emial\"]}`                             | :1: unknown category \"pii.emial\"",
            "`\n\n{\"record_id\":\"r1\",\"categories\":[]}\n{\"record_id\":\"r1\",\"categories\":[]}` | :4: duplicate record_id \"r1\"",
            "`{\"record_id\":\"r1\",\"categories\":[\"special.health\"],\"subjects\":{\"special.health\":\"me\"}}` | :1: a subject needs a category listed in \"categories\" and one of self, person, general",
            "`{\"record_id\":\"r1\",\"categories\":[],\"subjects\":{\"special.health\":\"self\"}}`     | :1: a subject needs a category listed",
            "`{\"record_id\":\"r1\",\"categories\":[],\"subjects\":[\"self\"]}`                         | :1: \"subjects\" must be an object",
    })
    void malformedLabelLineNamesFileAndLine(String labels, String expected) throws IOException {
        Path file = write("labels.jsonl", labels);
        ConfigException e = assertThrows(ConfigException.class, () -> LabelSet.read(file));
        assertStartsWith(file + expected, e.getMessage());
        assertTrue(e.getMessage().lines().count() == 1 && !e.getMessage().contains("Source"), e.getMessage());
    }

    @ParameterizedTest(name = "findings: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`{\"record_id\":\"r1\",\"category\":\"pii.email\"}`                        | :2: \"confidence\" must be a number",
            "`{\"record_id\":\"r1\",\"category\":\"pii.email\",\"confidence\":\"high\"}` | :2: \"confidence\" must be a number",
            "`{\"record_id\":\"r1\",\"confidence\":0.5}`                                | :2: \"category\" must be a non-empty string",
            "`{\"record_id\":\"\",\"category\":\"pii.email\",\"confidence\":0.5}`       | :2: \"record_id\" must be a non-empty string",
            "`not json`                                                                 | :2: not valid JSON",
    })
    void malformedFindingLineNamesFileAndLine(String badLine, String expected) throws IOException {
        String findings = "{\"record_id\":\"r1\",\"category\":\"pii.email\",\"confidence\":0.9}\n" + badLine + "\n";
        ConfigException e = assertThrows(ConfigException.class, () -> evaluate(LABELS, findings, 0.0));
        assertStartsWith(dir.resolve("findings.jsonl") + expected, e.getMessage());
    }

    @Test
    void invalidUtf8NamesTheLine() throws IOException {
        Path file = dir.resolve("labels.jsonl");
        byte[] good = "{\"record_id\":\"r1\",\"categories\":[]}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'"', (byte) 0xff, '"', '\n'};
        Files.write(file, good);
        Files.write(file, bad, StandardOpenOption.APPEND);
        ConfigException e = assertThrows(ConfigException.class, () -> LabelSet.read(file));
        assertEquals(file + ":2: not valid UTF-8", e.getMessage());
    }

    @Test
    void missingFileIsAnInputError() {
        Path missing = dir.resolve("nope.jsonl");
        InputException e = assertThrows(InputException.class, () -> LabelSet.read(missing));
        assertEquals("cannot read " + missing + ": no such file", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"-0.1", "1.5", "NaN"})
    void minConfidenceOutOfRangeIsAConfigError(double min) throws IOException {
        Path labels = write("labels.jsonl", LABELS);
        Path findings = write("findings.jsonl", FINDINGS);
        assertThrows(ConfigException.class, () -> Evaluator.evaluate(findings, LabelSet.read(labels), min));
    }

    static void assertStartsWith(String expectedPrefix, String actual) {
        if (!actual.startsWith(expectedPrefix)) {
            assertEquals(expectedPrefix, actual, "message should start with");
        }
    }
}
