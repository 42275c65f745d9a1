package dev.corpusaudit.analyze;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CountryMentionsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // names in the six languages, one to three words, accents or not
            "Reach me in Tel Aviv, Israel:        | IL",
            "Mon numéro aux États-Unis :          | US",
            "Mijn nummer in het Verenigd Koninkrijk: | GB",
            "Il mio numero in Cina è               | CN",
            // adjectives: the name with a common ending, or one of the listed irregular ones
            "My Israeli number is                 | IL",
            "Meine japanische Nummer:             | JP",
            "Mon numéro israélien :               | IL",
            "Our Brazilian office:                | BR",
            "Call our Dutch office on             | NL",
            "Mi número polaco es el               | PL",
            // inflected adjectives: German and Dutch endings, Spanish and Italian feminine forms
            "Meine spanische Nummer:              | ES",
            "Mein belgisches Handy:               | BE",
            "Mijn Zweedse nummer is               | SE",
            "Mijn Oostenrijkse nummer:            | AT",
            "Su línea austriaca es la             | AT",
            "Mon portable britannique :           | GB",
            // upper-case ISO codes, but not those that are words in capitals
            "My CN number is                      | CN",
            "BR:                                  | BR",
            "CALL ME AT                           | ''",
            "IT helpdesk                          | ''",
            // words that only start like a country's name, and nothing at all
            "Individual number                    | ''",
            "Order number                         | ''",
            // the nearest name before the number wins
            "Born in Italy, now in Japan, phone   | JP",
            // a code inside a serial number is no code
            "Serial JH2SC281XPM, number           | ''"})
    void theCountryNamedJustBeforeANumber(String before, String region) {
        String text = before + " 0123456";
        assertEquals(region, CountryMentions.shipped().before(text, text.length() - 7, true).orElse(""));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"My CN number is | ''", "My Chinese number is | CN"})
    void codesCountOnlyWhenAskedFor(String before, String region) {
        String text = before + " 0123456";
        assertEquals(region, CountryMentions.shipped().before(text, text.length() - 7, false).orElse(""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Israel is far from here, and a long way from the office where 0123456 | ''",
            "Israel: 0123456                                                      | IL"})
    void onlyTheLastFortyEightCharactersCount(String text, String region) {
        assertEquals(region, CountryMentions.shipped().before(text, text.indexOf("0123456"), true).orElse(""));
    }
}
