package dev.corpusaudit.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up values; the check digits of the valid ones were computed for this test. */
class FrNirTest {
    private final Validator validator = new FrNir();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "185017512345609, true, 'mod-97 key passed'",
            "'1 85 01 75 123 456 09', true, 'mod-97 key passed'",
            "285017512345656, true, 'mod-97 key passed'",
            "299061300099903, true, 'mod-97 key passed'",
            "175029900100105, true, 'mod-97 key passed'",
            "201022A01234523, true, 'mod-97 key passed, Corsica 2A'",
            "'2 01 02 2A 012 345 23', true, 'Corsica 2A'",
            "201022a01234523, true, 'Corsica 2A'",
            "188022B00100202, true, 'mod-97 key passed, Corsica 2B'",
            "799019900100264, true, 'mod-97 key passed'",
            "185017512345610, false, 'mod-97 key failed, expected 09'",
            "185017512345709, false, 'mod-97 key failed'",
            "201022B01234523, false, 'mod-97 key failed'",
            "201022A01234524, false, 'mod-97 key failed'",
            "585017512345603, false, 'not a sex digit'",
            "18501751234560, false, 'not a sex digit'",
            "1850175123456090, false, 'not a sex digit'",
            "201022C01234523, false, 'not a sex digit'"})
    void checks(String candidate, boolean valid, String reasonPart) {
        Validator.Result result = validator.check(candidate);
        assertEquals(valid, result.valid(), result.reason());
        assertTrue(result.reason().contains(reasonPart), result.reason());
    }
}
