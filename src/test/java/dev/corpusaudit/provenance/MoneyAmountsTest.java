package dev.corpusaudit.provenance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MoneyAmountsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "My salary is 85,000 a year | 85000 | 85,000",
            "Ich verdiene 85.000 € brutto | 85000 | 85.000",
            "Je gagne 85 000 € par an | 85000 | 85 000",
            "Lohn CHF 85'000 | 85000 | 85'000",
            "salario 85000 euro | 85000 | 85000",
            "offered 85k base | 85000 | 85k",
            "offered €85K plus bonus | 85000 | 85K",
            "now on 85.5k | 85500 | 85.5k",
            "EUR 85,000.00 gross | 85000 | 85,000.00",
            "85.000,50 EUR | 85000 | 85.000,50",
            "£1,250,000 | 1250000 | 1,250,000"})
    void commonWritingsOfOneAmount(String text, long value, String span) {
        List<MoneyAmounts.Amount> found = MoneyAmounts.find(text);
        assertEquals(1, found.size(), text);
        assertEquals(value, found.get(0).value());
        assertEquals(span, text.substring(found.get(0).start(), found.get(0).end()));
    }

    @Test
    void partsOfWordsAndOtherNumbersAreNotAmounts() {
        assertEquals(List.of(), MoneyAmounts.find("the A85 road, 85km away, v2.0.1"));
        assertEquals(3, MoneyAmounts.find("from 2019 to 2024, 150 people").size());
    }

    @Test
    void registerAmounts() {
        assertEquals(85000L, MoneyAmounts.parse(" 85000 "));
        assertEquals(85000L, MoneyAmounts.parse("85,000.00"));
        assertNull(MoneyAmounts.parse("85000 EUR"));
        assertNull(MoneyAmounts.parse("eighty"));
    }
}
