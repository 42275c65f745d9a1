package dev.corpusaudit.analyze;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ObfuscatedEmailDetectorTest {
    private static final ObfuscatedEmailDetector DETECTOR = new ObfuscatedEmailDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // text | the address found, or - | its explanation
            "Bewerbungen an info(at)firma-beispiel.de bis Freitag. | info(at)firma-beispiel.de"
                    + " | address written with '(at)' for '@'; domain '.de' top-level label alphabetic",
            "Contact: jan.devries [at] outlook [dot] com | jan.devries [at] outlook [dot] com"
                    + " | address written with '[at]' for '@' and the dots written out; domain '.com' top-level label"
                    + " alphabetic",
            "Please email to kim @ woods.ulowell.edu today | kim @ woods.ulowell.edu"
                    + " | address written with '@' between spaces; domain '.edu' top-level label alphabetic",
            "lisa＠kpn.nl | lisa＠kpn.nl | address written with the full-width '＠'; domain '.nl' top-level label alphabetic",
            "Reach me at anna.weber at gmail dot com | anna.weber at gmail dot com"
                    + " | address written with 'at' for '@' and the dots written out; domain '.com' top-level label"
                    + " alphabetic",
            // a plain 'at' needs a mailbox-like local part or a word for mail before it
            "Mail: sofia at protonmail dot com | sofia at protonmail dot com"
                    + " | address written with 'at' for '@' and the dots written out; domain '.com' top-level label"
                    + " alphabetic",
            "Send the deck to sofia at protonmail dot com | - | -",
            "We looked at amazon dot com last year | - | -",
            // spelled-out dots need a top-level domain people write that way; capitals all through are prose
            "Write to me at anna.b at home dot prior | - | -",
            "the foetus AT SOME POINT PRIOR TO BIRTH | - | -",
            "a bracketed (at least) aside, then [at] nothing | - | -",
            "Meet me @ the office, thanks @ everyone | - | -",
    })
    void findsAddressesWrittenOutWithTheirSpanAndExplanation(String text, String address, String explanation) {
        List<PatternDetector.Match> matches = DETECTOR.find(text);
        if (address == null) {
            assertEquals(List.of(), matches);
            return;
        }
        assertEquals(1, matches.size(), matches.toString());
        PatternDetector.Match m = matches.get(0);
        assertEquals(address, text.substring(m.start(), m.end()));
        assertEquals(explanation, m.explanation());
        assertEquals(true, DETECTOR.mayMatch(text, 0));
    }
}
