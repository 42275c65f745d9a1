package dev.corpusaudit.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up values; the check digits of the valid ones were computed for this test. */
class FiHetuTest {
    private final Validator validator = new FiHetu();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "010180-1232, true, 'mod-31 check character passed, birth date 1980-01-01'",
            "010180Y1232, true, 'birth date 1980-01-01'",
            "010180-9004, true, 'mod-31 check character passed'",
            "010180-0025, true, 'mod-31 check character passed'",
            "290200A1239, true, 'birth date 2000-02-29'",
            "290200B1239, true, 'birth date 2000-02-29'",
            "311299+1236, true, 'birth date 1899-12-31'",
            "010101A123N, true, 'birth date 2001-01-01'",
            "010101c123n, true, 'birth date 2001-01-01'",
            "010323A456P, true, 'birth date 2023-03-01'",
            "010180-1233, false, 'mod-31 check character failed, expected 2'",
            "010180-1242, false, 'mod-31 check character failed'",
            "290200-1239, false, 'impossible birth date'",
            "300280-555H, false, 'impossible birth date'",
            "010180-0014, false, 'never issued'",
            "010180G1232, false, 'century sign'",
            "010180-123, false, 'century sign'",
            "'010180 1232', false, 'century sign'"})
    void checks(String candidate, boolean valid, String reasonPart) {
        Validator.Result result = validator.check(candidate);
        assertEquals(valid, result.valid(), result.reason());
        assertTrue(result.reason().contains(reasonPart), result.reason());
    }
}
