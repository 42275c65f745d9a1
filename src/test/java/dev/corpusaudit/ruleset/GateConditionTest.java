package dev.corpusaudit.ruleset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GateConditionTest {

    @ParameterizedTest(name = "{0} with {1} of {2} records: {3}")
    @CsvSource(delimiter = '|', value = {
            "excluded.* > 0         | 0  | 100  | false",
            "excluded.* > 0         | 1  | 100  | true",
            "special.health > 0.1%  | 1  | 1000 | false",
            "special.health > 0.1%  | 2  | 1000 | true",
            "special.* >= 5         | 5  | 10   | true",
            "special.* < 5          | 5  | 10   | false",
            "pii.email <= 0         | 0  | 10   | true",
            "* = 3                  | 3  | 10   | true",
            "special.health > 50%   | 1  | 0    | false"})
    void holds(String text, long records, long indexed, boolean holds) {
        assertEquals(holds, GateCondition.parse(text).holds(records, indexed));
    }

    @Test
    void coversCategoriesByIdFamilyOrAll() {
        assertTrue(GateCondition.parse("excluded.* > 0").covers("excluded.minor"));
        assertFalse(GateCondition.parse("excluded.* > 0").covers("special.health"));
        assertTrue(GateCondition.parse("special.health > 0").covers("special.health"));
        assertFalse(GateCondition.parse("special.health > 0").covers("special.political"));
        assertTrue(GateCondition.parse("* > 0").covers("pii.person"));
    }

    @Test
    void normalisesTheText() {
        GateCondition c = GateCondition.parse("  special.health>0.1 % ".replace(" % ", "% "));
        assertEquals("special.health > 0.1%", c.text());
        assertEquals("0.2000%", c.format(c.measure(2, 1000)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "excluded.*", "excluded.* > ", "excluded.* >> 0", "special.nonsense > 0",
            "nothing.* > 0", "special.health > 101%", "special.health > -1", "SPECIAL.HEALTH > 0"})
    void rejectsWhatIsNotACondition(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GateCondition.parse(text));
        assertTrue(e.getMessage().contains("gate condition"), e.getMessage());
    }
}
