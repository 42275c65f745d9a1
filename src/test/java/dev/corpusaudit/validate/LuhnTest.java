package dev.corpusaudit.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LuhnTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "4111111111111111, true",
            "4111111111111112, false",
            "378282246310005, true",
            "5500000000000004, true",
            "6011111111111117, true",
            "79927398713, true",
            "79927398710, false",
            "0, false",
            "4111-1111, false",
            "'', false"})
    void checksDigits(String digits, boolean valid) {
        assertEquals(valid, Luhn.isValid(digits));
    }
}
