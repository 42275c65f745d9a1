package dev.corpusaudit.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up values; the check digits of the valid ones were computed for this test. */
class BeNationalNumberTest {
    private final Validator validator = new BeNationalNumber();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "80.01.01-123.79, true, 'national number mod-97 check passed, born before 2000'",
            "80010112379, true, 'born before 2000'",
            "'800101 123 79', true, 'born before 2000'",
            "'80 01 01 123 79', true, 'born before 2000'",
            "00.01.01-123.77, true, 'born from 2000'",
            "00.02.29-123.20, true, 'born from 2000'",
            "80.21.01-123.25, true, 'BIS number mod-97 check passed'",
            "80.41.01-123.68, true, 'BIS number mod-97 check passed, born before 2000'",
            "80.00.00-123.05, true, 'national number mod-97 check passed'",
            "99.01.01-001.18, true, 'born before 2000'",
            "80.01.01-123.78, false, 'mod-97 check failed'",
            "80.01.01-124.79, false, 'mod-97 check failed'",
            "80.13.01-123.66, false, 'impossible'",
            "80.02.30-123.89, false, 'impossible'",
            "00.02.29-123.88, false, 'impossible'",
            "05.02.29-456.83, false, 'impossible'",
            "8001011237, false, 'not 11 digits'",
            "'80..01.01-123.79', false, 'not 11 digits'"})
    void checks(String candidate, boolean valid, String reasonPart) {
        Validator.Result result = validator.check(candidate);
        assertEquals(valid, result.valid(), result.reason());
        assertTrue(result.reason().contains(reasonPart), result.reason());
    }
}
