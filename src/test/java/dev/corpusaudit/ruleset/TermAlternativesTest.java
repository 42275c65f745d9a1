package dev.corpusaudit.ruleset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TermAlternativesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "voted for;                              voted for",
            "{vote|voted} Labour;                    vote Labour|voted Labour",
            "{vote|voté} {pour |}{le RN|LFI};        vote pour le RN|vote pour LFI|vote le RN|vote LFI|voté pour le RN|voté pour LFI|voté le RN|voté LFI",
            "{AfD|SPD}-{Wähler|Mitglied};            AfD-Wähler|AfD-Mitglied|SPD-Wähler|SPD-Mitglied",
            "die {Grünen|Linke}  gewählt;            die Grünen gewählt|die Linke gewählt",
            "{op de |}VVD {gestemd};                 op de VVD gestemd|VVD gestemd"})
    void everyCombinationInOrderSpacesCollapsed(String term, String expected) {
        assertEquals(List.of(expected.split("\\|")), TermAlternatives.expand(term));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "{vote|voted Labour;         '{' without its '}' in term \"{vote|voted Labour\"",
            "vote} Labour;               '}' without '{' in term \"vote} Labour\"",
            "{vote {for|to}|voted};      '{' without its '}' in term \"{vote {for|to}|voted}\"",
            "{|};                        term \"{|}\" can stand for no words at all"})
    void brokenBracesSayWhatIsWrong(String term, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> TermAlternatives.expand(term))
                .getMessage());
    }

    @org.junit.jupiter.api.Test
    void tooManyCombinationsAreAMistake() {
        String ten = "{a|b|c|d|e|f|g|h|i|j}";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TermAlternatives.expand(ten + " " + ten + " " + ten + " " + ten));
        assertEquals(true, e.getMessage().endsWith("stands for more than 2000 phrases"), e.getMessage());
        assertEquals(1000, TermAlternatives.expand(ten + " " + ten + " " + ten).size());
    }
}
