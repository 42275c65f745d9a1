package dev.corpusaudit.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up values; the check digits of the valid ones were computed for this test. */
class SePersonnummerTest {
    private final Validator validator = new SePersonnummer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "800101-1231, true, 'personnummer Luhn check passed'",
            "8001011231, true, 'personnummer Luhn check passed'",
            "19800101-1231, true, 'personnummer Luhn check passed'",
            "198001011231, true, 'personnummer Luhn check passed'",
            "800101+0001, true, 'personnummer Luhn check passed'",
            "000229-1235, true, 'personnummer Luhn check passed'",
            "20000229-1235, true, 'personnummer Luhn check passed'",
            "800161-1238, true, 'samordningsnummer Luhn check passed'",
            "800101-1232, false, 'personnummer Luhn check failed'",
            "800101-1331, false, 'Luhn check failed'",
            "800161-1231, false, 'samordningsnummer Luhn check failed'",
            "990230-1234, false, 'impossible birth date'",
            "010229-1234, false, 'impossible birth date'",
            "19000229-1235, false, 'impossible birth date'",
            "800192-1231, false, 'impossible birth date'",
            "19800101+1231, false, '4-digit year'",
            "800101-123, false, 'not YYMMDD'",
            "'800101 1231', false, 'not YYMMDD'",
            "21800101-1231, false, 'not YYMMDD'"})
    void checks(String candidate, boolean valid, String reasonPart) {
        Validator.Result result = validator.check(candidate);
        assertEquals(valid, result.valid(), result.reason());
        assertTrue(result.reason().contains(reasonPart), result.reason());
    }
}
