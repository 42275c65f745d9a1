package dev.corpusaudit.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up values; the check digits of the valid ones were computed for this test. */
class EsDniNieTest {
    private final Validator validator = new EsDniNie();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "87654321X, true, 'DNI mod-23 control letter passed'",
            "'87654321-X', true, 'DNI mod-23 control letter passed'",
            "'87654321 X', true, 'DNI mod-23 control letter passed'",
            "87.654.321-X, true, 'DNI mod-23 control letter passed'",
            "00000001R, true, 'DNI mod-23 control letter passed'",
            "99999999r, true, 'DNI mod-23 control letter passed'",
            "X1234567L, true, 'NIE mod-23 control letter passed'",
            "X-1234567-L, true, 'NIE mod-23 control letter passed'",
            "y0000001s, true, 'NIE mod-23 control letter passed'",
            "'Z7654321 H', true, 'NIE mod-23 control letter passed'",
            "87654321Y, false, 'DNI mod-23 control letter failed, expected X'",
            "87654320X, false, 'DNI mod-23 control letter failed'",
            "X1234567M, false, 'NIE mod-23 control letter failed, expected L'",
            "Y1234567L, false, 'NIE mod-23 control letter failed'",
            "W1234567L, false, 'not a DNI'",
            "'1234567-L', true, 'DNI mod-23 control letter passed'",
            "8765432V, true, 'DNI mod-23 control letter passed'",
            "8765432X, false, 'DNI mod-23 control letter failed, expected V'",
            "876543X, false, 'not a DNI'",
            "876543210X, false, 'not a DNI'",
            "87654321--X, false, 'not a DNI'",
            "8765.4321X, false, 'not a DNI'",
            "87654321, false, 'not a DNI'"})
    void checks(String candidate, boolean valid, String reasonPart) {
        Validator.Result result = validator.check(candidate);
        assertEquals(valid, result.valid(), result.reason());
        assertTrue(result.reason().contains(reasonPart), result.reason());
    }
}
