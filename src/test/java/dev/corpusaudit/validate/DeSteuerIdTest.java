package dev.corpusaudit.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up values; the check digits of the valid ones were computed for this test. */
class DeSteuerIdTest {
    private final Validator validator = new DeSteuerId();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "12345678911, true, 'MOD 11,10 check digit passed, digit 1 occurs 2 times'",
            "'12 345 678 911', true, 'MOD 11,10 check digit passed'",
            "98765432198, true, 'digit 9 occurs 2 times'",
            "11213456783, true, 'digit 1 occurs 3 times'",
            "12131456787, true, 'digit 1 occurs 3 times'",
            "56152437807, true, 'MOD 11,10 check digit passed'",
            "23456789909, true, 'MOD 11,10 check digit passed'",
            "12345677890, true, 'digit 7 occurs 2 times'",
            "12345678912, false, 'MOD 11,10 check digit failed, expected 1'",
            "12345068911, false, 'MOD 11,10 check digit failed, expected 9'",
            "31114567892, false, 'three times in a row'",
            "12345678903, false, 'no digit repeated'",
            "11234566789, false, 'more than one digit repeated'",
            "12131415674, false, 'occurs 4 times'",
            "01234567896, false, 'first digit is 0'",
            "1234567891, false, 'not 11 digits'",
            "123456789111, false, 'not 11 digits'",
            "'12 345 678  911', false, 'not 11 digits'"})
    void checks(String candidate, boolean valid, String reasonPart) {
        Validator.Result result = validator.check(candidate);
        assertEquals(valid, result.valid(), result.reason());
        assertTrue(result.reason().contains(reasonPart), result.reason());
    }
}
