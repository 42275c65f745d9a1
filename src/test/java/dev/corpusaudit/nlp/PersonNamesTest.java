package dev.corpusaudit.nlp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PersonNamesTest {
    private static final PersonNames NAMES = PersonNames.shipped();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a first name of the lexicon, and the capitalised words and particles after it
            "Anna Schmidt told me she earns more now.         | Anna Schmidt",
            "Ich habe gestern mit Jan van der Berg gesprochen. | Jan van der Berg",
            "Congrats to Sofia and Marco on the launch!       | Sofia;Marco",
            "Merci à Jean-Pierre Dubois pour son aide.        | Jean-Pierre Dubois",
            // first names of first-names-more.txt (datafaker's lists lack them)
            "Finanzminister Wolfgang Schäuble sprach zuerst.  | Wolfgang Schäuble",
            "Giorgia Meloni ha incontrato Barack Obama.       | Giorgia Meloni;Barack Obama",
            // a title and a capitalised word: a last name alone
            "Frau Müller hat das Angebot angenommen.          | Müller",
            "Ask Dr. Okonkwo about the trial results.         | Okonkwo",
            "Ask Dr Okonkwo, then Frau Dr. Schuster.          | Okonkwo;Schuster",
            "Merci à M. Okonkwo, puis à Mme Lefèvre.          | Okonkwo;Lefèvre",
            "Der Turm ist 40 m Höhe gewachsen, ING Group auch. | ''",
            // not names: lower case, capitals only, months, weekdays and stop words of the six languages
            "anna said the build is green.                    | ''",
            "ANNA REPORT 2024 is out.                         | ''",
            "Im Juli beginnt das Projekt in Berlin.           | ''",
            "Man sagt, es regnet morgen.                      | ''",
            "The Christian community centre opens in August.  | ''",
            // words of CVs, forms and job posts that the lexicon files hold as names
            "Date de naissance : 14 mars 1987.                | ''",
            "Junior Developer (m/w/d), zurück in den Job.     | ''",
            // places far more often than first names, and a name before an institution word
            "Israel and Florida signed a deal in London.      | ''",
            "Ich war an der Georgia State University.         | ''",
            "Kontakt: Anna Schmidt GmbH, oder Anna Schmidt.   | Anna Schmidt",
            "Jenny Park and Nathan Lane met Georgia Smith.    | Jenny Park;Nathan Lane;Georgia Smith"})
    void findsNamesByLexiconAndCapitals(String text, String expected) {
        List<String> found = NAMES.find(text).stream().map(s -> text.substring(s[0], s[1])).toList();
        assertEquals(expected.isEmpty() ? List.of() : Arrays.asList(expected.split(";")), found);
    }
}
