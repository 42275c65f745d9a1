package dev.corpusaudit.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up values; the check digits of the valid ones were computed for this test. */
class IbanTest {
    private final Validator validator = new Iban();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "DE21123456780000012345, true, 'mod-97 check passed, DE length 22'",
            "'DE21 1234 5678 0000 0123 45', true, 'mod-97 check passed, DE length 22'",
            "'de21 1234 5678 0000 0123 45', true, 'mod-97 check passed, DE length 22'",
            "GB21TEST00000012345678, true, 'GB length 22'",
            "'gb21 test 0000 0012 3456 78', true, 'GB length 22'",
            "'NO03 1234 0000 001', true, 'NO length 15'",
            "'MT72 TEST 0000 1000 0000 0000 0000 000', true, 'MT length 31'",
            "BE68000123456789, true, 'BE length 16'",
            "'FR66 1234 5000 0000 0000 0000 000', true, 'FR length 27'",
            "'CH13 0000 0000 0000 1234 5', true, 'CH length 21'",
            "NL13TEST0123456789, true, 'NL length 18'",
            "AT741234500000012345, true, 'AT length 20'",
            "IT77X1234500000000000000000, true, 'IT length 27'",
            "'IT60 X 05428 11101 000000123456', true, 'IT length 27'",
            "'it60x 05428 11101 000000123456', true, 'IT length 27'",
            "'IT61 X 05428 11101 000000123456', false, 'mod-97 check failed'",
            "'IT60 X 05428 11101 0000001234567', false, 'groups of 4'",
            "GI38TEST000000000012345, true, 'GI length 23'",
            "IS810123260000000012345678, true, 'IS length 26'",
            "LI950000000000001234T, true, 'LI length 21'",
            "PT54000000000000000012345, true, 'PT length 25'",
            "SE5912300000000001234567, true, 'SE length 24'",
            "'SA03 8000 0000 6080 1016 7519', true, 'SA length 24'",
            "BR9700360305000010009795493P1, true, 'BR length 29'",
            "SA0480000000608010167519, false, 'mod-97 check failed'",
            "'BE03 0630 4721 9831 2024', true, 'in its first 19 characters'",
            "'AT61 1904 3002 3457 3201 ABCD', true, 'in its first 24 characters'",
            "'DE89 3704 0044 0532 0130 0012', false, 'does not end at a group'",
            "DE89370400440532013000XY, false, 'DE length must be 22, is 24'",
            "DE21123456780000012346, false, 'mod-97 check failed'",
            "'DE21 1234 5678 0000 0123 46', false, 'mod-97 check failed'",
            "DE12123456780000012345, false, 'mod-97 check failed'",
            "GB21TEST00000012345679, false, 'mod-97 check failed'",
            "DE4812345678000001234, false, 'DE length must be 22, is 21'",
            "GB69TEST0000001234567, false, 'GB length must be 22, is 21'",
            "US8412345678901234, false, 'country US has no IBAN'",
            "DE00123456780000012345, false, 'outside 02-98'",
            "'DE21 12345678 0000 0123 45', false, 'groups of 4'",
            "'DE21  1234 5678 0000 0123 45', false, 'groups of 4'",
            "DE21-1234-5678-0000-0123-45, false, 'country code'",
            "1221123456780000012345, false, 'country code'"})
    void checks(String candidate, boolean valid, String reasonPart) {
        Validator.Result result = validator.check(candidate);
        assertEquals(valid, result.valid(), result.reason());
        assertTrue(result.reason().contains(reasonPart), result.reason());
    }
}
