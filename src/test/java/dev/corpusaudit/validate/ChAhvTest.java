package dev.corpusaudit.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up values; the check digits of the valid ones were computed for this test (7561234567897 is the FOPH's example). */
class ChAhvTest {
    private final Validator validator = new ChAhv();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "'756.1234.5678.97', true, 'passed'",
            "7561234567897, true, 'passed'",
            "'756 9876 5432 17', true, 'passed'",
            "'756.0000.0000.19', true, 'passed'",
            "'756.1234.5678.98', false, 'check digit failed'",
            "'756.9876.5432.10', false, 'check digit failed'",
            "'757.1234.5678.97', false, 'does not start with 756'",
            "'756.1234.5678.9', false, 'not 13 digits'",
            "'756..1234.5678.97', false, 'not 13 digits'",
            "'756.1234.5678.9A', false, 'not 13 digits'"})
    void checks(String candidate, boolean valid, String reasonPart) {
        Validator.Result result = validator.check(candidate);
        assertEquals(valid, result.valid(), result.reason());
        assertTrue(result.reason().contains(reasonPart), result.reason());
    }
}
