package dev.corpusaudit.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up values; the check digits of the valid ones were computed for this test. */
class PlPeselTest {
    private final Validator validator = new PlPesel();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "89010100010, true, 'weighted check digit passed, birth date 1989-01-01'",
            "'890101 00010', true, 'birth date 1989-01-01'",
            "00010100008, true, 'birth date 1900-01-01'",
            "99123101233, true, 'birth date 1999-12-31'",
            "04022907893, true, 'birth date 1904-02-29'",
            "04242901239, true, 'birth date 2004-04-29'",
            "00222900016, true, 'birth date 2000-02-29'",
            "00202900014, false, 'is impossible'",
            "99810100013, true, 'birth date 1899-01-01'",
            "04410100015, true, 'birth date 2104-01-01'",
            "02610100017, true, 'birth date 2202-01-01'",
            "89010100011, false, 'weighted check digit failed, expected 0'",
            "89010200010, false, 'weighted check digit failed'",
            "05222904565, false, 'birth date 052229 is impossible'",
            "99022900014, false, 'is impossible'",
            "00023000016, false, 'is impossible'",
            "00130100010, false, 'is impossible'",
            "8901010001, false, 'not 11 digits'",
            "890101000100, false, 'not 11 digits'"})
    void checks(String candidate, boolean valid, String reasonPart) {
        Validator.Result result = validator.check(candidate);
        assertEquals(valid, result.valid(), result.reason());
        assertTrue(result.reason().contains(reasonPart), result.reason());
    }
}
