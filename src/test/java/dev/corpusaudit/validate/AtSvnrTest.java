package dev.corpusaudit.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up values; the check digits of the valid ones were computed for this test. */
class AtSvnrTest {
    private final Validator validator = new AtSvnr();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "'1237 010180', true, 'passed'",
            "1237010180, true, 'passed'",
            "'4568 150392', true, 'passed'",
            "'1001 290200', true, 'passed'",
            "'1238 010180', false, 'check digit failed'",
            "'4567 150392', false, 'check digit failed'",
            "'1237 320180', false, 'no birth date'",
            "'1237 011380', false, 'no birth date'",
            "'0664 123456', false, 'no birth date'",
            "'1237 01018', false, 'not 10 digits'",
            "'1237  010180', false, 'not 10 digits'"})
    void checks(String candidate, boolean valid, String reasonPart) {
        Validator.Result result = validator.check(candidate);
        assertEquals(valid, result.valid(), result.reason());
        assertTrue(result.reason().contains(reasonPart), result.reason());
    }
}
