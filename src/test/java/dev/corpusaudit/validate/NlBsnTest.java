package dev.corpusaudit.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up values; the check digits of the valid ones were computed for this test. */
class NlBsnTest {
    private final Validator validator = new NlBsn();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "123456782, true, '11-proof passed'",
            "'1234.56.782', true, '11-proof passed'",
            "'123 456 782', true, '11-proof passed'",
            "100000009, true, '11-proof passed'",
            "099999997, true, '11-proof passed'",
            "99999997, true, '11-proof passed'",
            "111222333, true, '11-proof passed'",
            "012345672, true, '11-proof passed'",
            "12345672, true, '11-proof passed'",
            "123456783, false, '11-proof failed'",
            "123456882, false, '11-proof failed'",
            "111222334, false, '11-proof failed'",
            "000000000, false, 'all zeros'",
            "1234567, false, 'not 9 digits'",
            "1234567820, false, 'not 9 digits'",
            "'1234..56.782', false, 'not 9 digits'",
            "12345678A, false, 'not 9 digits'"})
    void checks(String candidate, boolean valid, String reasonPart) {
        Validator.Result result = validator.check(candidate);
        assertEquals(valid, result.valid(), result.reason());
        assertTrue(result.reason().contains(reasonPart), result.reason());
    }
}
