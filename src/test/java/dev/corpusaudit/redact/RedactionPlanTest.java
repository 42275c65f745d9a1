package dev.corpusaudit.redact;

import dev.corpusaudit.model.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RedactionPlanTest {

    @ParameterizedTest(name = "default plan: {0} at {1} -> {2}")
    @CsvSource({
            "excluded.minor, 1.0, DROP",
            "excluded.opted_out, 1.0, DROP",
            "excluded.private_message, 0.9, DROP",
            "special.health, 0.6, DROP",
            "special.criminal, 0.6, DROP",
            "excluded.payment_card, 1.0, MASK",
            "excluded.credentials, 1.0, MASK",
            "pii.person, 0.5, MASK",
            "pii.email, 0.9, MASK",
            "future.category, 1.0, LEAVE"})
    void defaults(String category, double confidence, RedactionPlan.Action expected) {
        assertEquals(expected, RedactionPlan.defaults().actionFor(category, confidence));
    }

    @ParameterizedTest(name = "--drop {0} --mask {1}, min {2}: {3} at {4} -> {5}")
    @CsvSource(delimiter = '|', value = {
            "special.health | pii.* | 0 | special.political | 1.0 | LEAVE",
            "special.*      | pii.* | 0 | special.political | 1.0 | DROP",
            "pii.email      | pii.* | 0 | pii.email         | 1.0 | DROP",
            "none           | *     | 0 | excluded.minor    | 1.0 | MASK",
            "''             | none  | 0 | pii.email         | 1.0 | LEAVE",
            "*              | pii.* | 0.8 | pii.email       | 0.79 | LEAVE",
            "*              | pii.* | 0.8 | pii.email       | 0.8 | DROP"})
    void lists(String drop, String mask, double min, String category, double confidence,
               RedactionPlan.Action expected) {
        assertEquals(expected, RedactionPlan.parse(drop, mask, min).actionFor(category, confidence));
    }

    @ParameterizedTest(name = "--drop {0} is refused")
    @CsvSource({"special.helth", "pii", "piii.*", "specials.*", "excluded.minor;pii.email"})
    void unknownCategoriesAreRefused(String drop) {
        ConfigException e = assertThrows(ConfigException.class, () -> RedactionPlan.parse(drop, "none", 0));
        assertTrue(e.getMessage().startsWith("--drop: no category is '"), e.getMessage());
    }

    @Test
    void confidenceMustBeAProbability() {
        assertThrows(ConfigException.class, () -> RedactionPlan.parse("none", "none", 1.5));
        assertThrows(ConfigException.class, () -> RedactionPlan.parse("none", "none", Double.NaN));
    }
}
