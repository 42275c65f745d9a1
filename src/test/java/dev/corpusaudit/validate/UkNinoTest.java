package dev.corpusaudit.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up values; the check digits of the valid ones were computed for this test. */
class UkNinoTest {
    private final Validator validator = new UkNino();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "AB123456C, true, 'format rules passed'",
            "'AB 12 34 56 C', true, 'format rules passed'",
            "'ab 123456 d', true, 'format rules passed'",
            "'ZY 00 11 22 A', true, 'format rules passed'",
            "OA000001B, true, 'format rules passed'",
            "DA123456C, false, 'D F I Q U V'",
            "AF123456C, false, 'D F I Q U V'",
            "QA123456C, false, 'D F I Q U V'",
            "AV123456C, false, 'D F I Q U V'",
            "AO123456C, false, 'O as second letter'",
            "BG123456A, false, 'never allocated'",
            "GB123456A, false, 'never allocated'",
            "NK123456A, false, 'never allocated'",
            "KN123456A, false, 'never allocated'",
            "TN123456A, false, 'never allocated'",
            "NT123456A, false, 'never allocated'",
            "ZZ123456A, false, 'never allocated'",
            "AB123456E, false, 'format rules'",
            "AB12345C, false, 'format rules'",
            "AB1234567C, false, 'format rules'",
            "'AB  123456 C', false, 'format rules'",
            "A1123456C, false, 'format rules'"})
    void checks(String candidate, boolean valid, String reasonPart) {
        Validator.Result result = validator.check(candidate);
        assertEquals(valid, result.valid(), result.reason());
        assertTrue(result.reason().contains(reasonPart), result.reason());
    }
}
