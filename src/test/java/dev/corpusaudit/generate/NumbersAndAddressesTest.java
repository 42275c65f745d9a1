package dev.corpusaudit.generate;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Table and randomized tests of the card numbers, near-miss numbers and addresses the planters use. */
class NumbersAndAddressesTest {
    private static final Pattern CARD_SHAPE = Pattern.compile(
            "4\\d{15}|5[1-5]\\d{14}|2(?:22[1-9]|2[3-9]\\d|[3-6]\\d{2}|7[01]\\d|720)\\d{12}|3[47]\\d{13}|6(?:011|5\\d{2}|4[4-9]\\d)\\d{12}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private final SplittableRandom rng = new SplittableRandom(99);

    @ParameterizedTest
    @CsvSource({"4111111111111111,true", "4111111111111112,false", "378282246310005,true", "6011111111111117,true",
            "5555555555554444,true", "1234567812345678,false"})
    void luhnMatchesKnownTestNumbers(String digits, boolean valid) {
        assertEquals(valid, CardNumbers.luhnValid(digits));
        assertEquals(valid, PlantedLabelsTest.luhn(digits));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "card 4111 1111 1111 1111 please|true",
            "card 4111-1111-1111-1111|true",
            "order 4111 1111 1111 1112|false",
            "IBAN DE89 3704 0044 0532 0130 00|false",
            "ref 1234 4111 1111 1111 1111 99|true",
            "call +49 151 23456789|false",
            "date 2025-03-14|false"})
    void cardShapeGuardFindsValidNumbersInsideGroupedRuns(String text, boolean expected) {
        assertEquals(expected, CardNumbers.hasLuhnValidCardShape(text), text);
    }

    @RepeatedTest(5)
    void generatedCardsAreLuhnValidInIssuerRanges() {
        for (int i = 0; i < 400; i++) {
            String card = CardNumbers.card(rng);
            String digits = card.replaceAll("[ -]", "");
            assertTrue(PlantedLabelsTest.luhn(digits), card);
            assertTrue(CARD_SHAPE.matcher(digits).matches(), "issuer range of " + card);
            assertTrue(card.matches("\\d+([ -]\\d+)*"), card);
        }
    }

    @Test
    void referenceNumbersPhonesAndIbansNeverPassAsCards() {
        for (int i = 0; i < 2_000; i++) {
            String ref = NearMissNumbers.referenceNumber(rng);
            int length = ref.replaceAll("[ -]", "").length();
            assertTrue(length >= 13 && length <= 19, ref);
            assertFalse(PlantedLabelsTest.luhn(ref.replaceAll("[ -]", "")), ref);
            assertFalse(CardNumbers.hasLuhnValidCardShape(ref), ref);
            assertFalse(CardNumbers.hasLuhnValidCardShape(NearMissNumbers.phone(rng, "+49 151 ########")));
            String iban = NearMissNumbers.invalidIban(rng, "DE## #### #### #### #### ##");
            assertFalse(NearMissNumbers.ibanValid(iban), iban);
            assertFalse(CardNumbers.hasLuhnValidCardShape(iban), iban);
        }
        assertTrue(NearMissNumbers.ibanValid("DE89 3704 0044 0532 0130 00"));
        assertTrue(NearMissNumbers.ibanValid("GB29 NWBK 6016 1331 9268 19"));
    }

    @Test
    void addressesAreWellFormedAndObfuscationsAndHandlesAreNot() {
        List<String> providers = List.of("web.de", "gmail.com");
        List<String> tlds = List.of("de", "co.uk");
        String[][] people = {{"Jürgen", "Müller-Lüdenscheidt", "Müller & Söhne GmbH"}, {"Anne-Sophie", "d'Argent", "Dupont SA"},
                {"Seán", "O'Brien", "O'Brien, Murphy and Kelly"}, {"Ana", "de la Cruz", "Rocha y Alonso Asociados"}};
        for (int i = 0; i < 1_000; i++) {
            String[] p = people[i % people.length];
            String address = EmailAddresses.address(rng, p[0], p[1], p[2], providers, tlds);
            assertTrue(EMAIL.matcher(address).matches(), address);
            assertFalse(address.contains("..") || address.contains(".@"), address);
            String obfuscated = EmailAddresses.obfuscated(rng, p[0], p[1], p[2], tlds);
            assertFalse(obfuscated.contains("@"), obfuscated);
            String handle = EmailAddresses.handle(rng, p[0], p[1], p[2]);
            assertTrue(handle.matches("@[A-Za-z0-9_]+"), handle);
        }
    }

    @Test
    void slugsFoldAccentsAndDropLegalForms() {
        assertEquals("mueller-luedenscheidt", AsciiSlug.of("Müller-Lüdenscheidt"));
        assertEquals("obrien", AsciiSlug.of("O'Brien"));
        assertEquals(List.of("rossi", "bianchi", "figli"), AsciiSlug.companyWords("Rossi, Bianchi e Figli S.p.A."));
    }
}
