package dev.corpusaudit.analyze;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhoneDetectorTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"12.03.2024, true", "2024-03-12, true", "03/31/2024, true", "31.12.1999, true", "16.4.2024, true",
            "3/7/2024, true", "2024-3-7, true",
            "12.34.5678, false", "2024-13-01, false", "06.12.34.56, false", "030-123-45, false", "12.03-2024, false",
            "0612345678, false", "030-12-2024, false"})
    void datesAreNotHandedToLibphonenumber(String cluster, boolean date) {
        assertEquals(date, OtherNumbers.isDate(cluster));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // other numbers that libphonenumber reads as valid numbers of the language's country
            "de | Der Vertrag begann am 16.4.2024 und läuft ein Jahr.                       | ''",
            "it | RAL: 34.000-54.000, rivista ogni anno.                                    | ''",
            "it | La fascia retributiva per questo ruolo è 36000-51000.                     | ''",
            "en | Nntp-Posting-Host: 128.158.16.248                                          | ''",
            "en | In article <9304051540.AA03922@gumby.example.edu> you wrote                 | ''",
            "en | In article <jam.19.735404158@ameslab.example.gov>, he says                 | ''",
            "en | Graphics Gems (ISBN 0-12-286165-5) has it.                                 | ''",
            "en | Ian Allan, ISBN 0 7110 17654, good on the subject.                          | ''",
            "en | cyberpunk short stories, 0-441-56959-5, in paperback                       | ''",
            "nl | Onze oude bankgegevens (NL83 WFEQ 0454 3979 01) zijn niet meer geldig.    | ''",
            // numbers labelled as an order's, an invoice's or a company's
            "en | Order #UK-2024-558712 has been dispatched.                                 | ''",
            "en | Companies House number 09876543 is on the invoice.                          | ''",
            "fr | Numéro d'entreprise BCE 0123.456.789 sur le bon.                            | ''",
            "nl | Gevonden: ondernemingsnummer BE 0456.789.133, offerte volgt.                | ''",
            "de | Rechnungsnr.: 030 2024 1187 bitte angeben.                                  | ''",
            "en | For your order call 0800 028 0148 today.                                     | 0800 028 0148",
            "es | Reservas: 912 345 678, de lunes a viernes.                                   | 912 345 678",
            "en | Apple Customer \t1-800-776-2333 (toll free)                                   | 1-800-776-2333",
            "en | Customer number 0800 028 0148 is on your bill.                               | ''",
            // phone numbers beside or in such shapes are still found
            "en | Call (408) 241-9760 or 1-800-555-0199x22 today.                           | (408) 241-9760",
            "en | FINLAND - +358 21 374624____                                               | +358 21 374624",
            "it | Chiamami al 347 123 4567 per la RAL.                                       | 347 123 4567"})
    void otherNumbersAreNoPhoneNumbers(String lang, String text, String first) {
        List<PatternDetector.Match> found = new PhoneDetector().find(text, lang);
        assertEquals(first, found.isEmpty() ? "" : text.substring(found.get(0).start(), found.get(0).end()));
    }

    @Test
    void aNumberNextToADateIsStillFound() {
        String text = "Bis zum 12.03.2024 unter 030 12345678 melden.";
        List<PatternDetector.Match> found = new PhoneDetector().find(text, "de");
        assertEquals(List.of("030 12345678"), found.stream().map(m -> text.substring(m.start(), m.end())).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // more digits than any phone number: card numbers read in German formats were valid fixed lines
            "Karte 4928 3060 2376 5094 bitte sperren | ''",
            "Karte 4928306023765094 bitte sperren     | ''",
            // a '+' still lets an international number out of a long cluster
            "SMS an +49 30 60617966 / 4928 3060 2376  | +49 30 60617966"})
    void longClustersAreReadOnlyForInternationalNumbers(String text, String expected) {
        List<String> found = new PhoneDetector().find(text, "de").stream()
                .map(m -> text.substring(m.start(), m.end())).toList();
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // English is read as British, then Irish, then American: a later country's number is found ...
            "Call me on (650) 253-0000 after six   | (650) 253-0000 | US",
            "Ring the office on 01 437 4000 please | 01 437 4000    | IE",
            "Ring me on 020 7946 0321 please       | 020 7946 0321  | GB",
            // ... only when it is the whole cluster, not a piece of a longer number
            "Order 650 253 0000 17 was shipped     | ''             | ''"})
    void laterCountriesOfALanguageReadWholeClusters(String text, String expected, String country) {
        List<PatternDetector.Match> found = new PhoneDetector().find(text, "en");
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected),
                found.stream().map(m -> text.substring(m.start(), m.end())).toList());
        if (!country.isEmpty()) {
            assertTrue(found.get(0).explanation().contains("valid " + country + " "), found.get(0).explanation());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a country named just before a cluster reads it when the text's own countries do not
            "en | Reach me in Tel Aviv, Israel: 03-6123456 | 03-6123456    | IL",
            "fr | Mon portable japonais : 080-2345-6789    | 080-2345-6789 | JP",
            "de | Meine chinesische Nummer: 139 1234 5678  | 139 1234 5678 | CN",
            // the text's own countries still come first
            "en | Our Dutch office: 0161 496 0000          | 0161 496 0000 | GB",
            // without a country's name the same cluster is nobody's number in English
            "en | Order 03-6123456 was shipped             | ''            | ''"})
    void aCountryNamedJustBeforeANumberReadsIt(String lang, String text, String expected, String country) {
        List<PatternDetector.Match> found = new PhoneDetector().find(text, lang);
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected),
                found.stream().map(m -> text.substring(m.start(), m.end())).toList());
        if (!country.isEmpty()) {
            assertTrue(found.get(0).explanation().contains("valid " + country + " "), found.get(0).explanation());
        }
    }
}
