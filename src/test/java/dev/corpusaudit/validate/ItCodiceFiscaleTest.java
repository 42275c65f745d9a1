package dev.corpusaudit.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up values; the check digits of the valid ones were computed for this test. */
class ItCodiceFiscaleTest {
    private final Validator validator = new ItCodiceFiscale();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "TSTPRV80A01H501A, true, 'odd/even check letter passed'",
            "tstprv80a01h501a, true, 'odd/even check letter passed'",
            "'TST PRV 80A01 H501A', true, 'odd/even check letter passed'",
            "XXXYYY99T71Z999M, true, 'odd/even check letter passed'",
            "QWEASD00B29F205V, true, 'odd/even check letter passed'",
            "TSTPRV8LA01H501L, true, 'odd/even check letter passed'",
            "TSTPRVL0A01H501L, true, 'odd/even check letter passed'",
            "TSTPRV80A01H5LMD, true, 'odd/even check letter passed'",
            "TSTPRV80A01H501B, false, 'odd/even check letter failed, expected A'",
            "TSTPRV80A01H502A, false, 'odd/even check letter failed'",
            "TSTPRX80A01H501A, false, 'odd/even check letter failed'",
            "QWEASD00B30F205C, false, 'impossible birth day'",
            "TSTPRV80D31H501J, false, 'impossible birth day'",
            "XXXYYY99T72Z999R, false, 'impossible birth day'",
            "TSTPRV80A40H501F, false, 'impossible birth day'",
            "TSTPRV80A00H501B, false, 'impossible birth day'",
            "TSTPRV80F01H501A, false, 'not the 16-character'",
            "TSTPRV80A01H501, false, 'not the 16-character'",
            "TSTPRV8AA01H501A, false, 'not the 16-character'",
            "TSTPR080A01H501A, false, 'not the 16-character'"})
    void checks(String candidate, boolean valid, String reasonPart) {
        Validator.Result result = validator.check(candidate);
        assertEquals(valid, result.valid(), result.reason());
        assertTrue(result.reason().contains(reasonPart), result.reason());
    }
}
