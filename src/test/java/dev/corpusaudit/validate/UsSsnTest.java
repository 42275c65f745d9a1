package dev.corpusaudit.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up values; the check digits of the valid ones were computed for this test. */
class UsSsnTest {
    private final Validator validator = new UsSsn();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "555-01-2345, true, 'format rules passed'",
            "'555 01 2345', true, 'format rules passed'",
            "555012345, true, 'format rules passed'",
            "555.01.2345, true, 'format rules passed'",
            "555.01-2345, false, 'not AAA-GG-SSSS'",
            "899-99-9999, true, 'format rules passed'",
            "001-01-0001, true, 'format rules passed'",
            "665-10-1000, true, 'format rules passed'",
            "667-10-1000, true, 'format rules passed'",
            "000-12-3456, false, 'area 000'",
            "666-12-3456, false, 'area 666'",
            "900-12-3456, false, 'area 900'",
            "999-12-3456, false, 'area 999'",
            "555-00-2345, false, 'group 00'",
            "555-01-0000, false, 'serial 0000'",
            "078-05-1120, false, 'advertising'",
            "219-09-9999, false, 'advertising'",
            "078051120, false, 'advertising'",
            "'555-01 2345', false, 'format rules'",
            "55-501-2345, false, 'format rules'",
            "555-01-234, false, 'format rules'",
            "5550123456, false, 'format rules'"})
    void checks(String candidate, boolean valid, String reasonPart) {
        Validator.Result result = validator.check(candidate);
        assertEquals(valid, result.valid(), result.reason());
        assertTrue(result.reason().contains(reasonPart), result.reason());
    }
}
