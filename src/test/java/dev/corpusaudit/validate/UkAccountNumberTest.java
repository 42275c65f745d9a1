package dev.corpusaudit.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up values. */
class UkAccountNumberTest {
    private final Validator validator = new UkAccountNumber();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "31926819, true, '8 digits next to a sort code'",
            "04004523, true, '8 digits next to a sort code'",
            "12345679, true, '8 digits next to a sort code'",
            "12345678, false, 'counted in a run'",
            "87654321, false, 'counted in a run'",
            "00000000, false, 'one digit repeated'",
            "99999999, false, 'one digit repeated'",
            "1234567, false, 'not 8 digits'",
            "123456789, false, 'not 8 digits'",
            "'3192 681', false, 'not 8 digits'",
            "3192681A, false, 'not 8 digits'"})
    void checks(String candidate, boolean valid, String reasonPart) {
        Validator.Result result = validator.check(candidate);
        assertEquals(valid, result.valid(), result.reason());
        assertTrue(result.reason().contains(reasonPart), result.reason());
    }
}
