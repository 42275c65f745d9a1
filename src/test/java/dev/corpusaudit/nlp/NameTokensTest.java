package dev.corpusaudit.nlp;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NameTokensTest {
    private static List<String> sentences(String text) {
        return NameTokens.sentences(text, 0, text.length()).stream()
                .map(s -> String.join(" ", s.tokens())).toList();
    }

    @Test
    void cutsAtSentenceEndsButNotAfterTitlesOrInitials() {
        assertEquals(List.of("Thanks to Dr . Weber and J . Smith !", "Great talk ."),
                sentences("Thanks to Dr. Weber and J. Smith! Great talk."));
        assertEquals(List.of("Frau Müller kommt", "Herr Meier nicht"), sentences("Frau Müller kommt\nHerr Meier nicht"));
        assertEquals(List.of("version 2 . 1 is out . then what ?"), sentences("version 2.1 is out. then what?"),
                "a lower-case word after a full stop starts no sentence");
    }

    @Test
    void spansPointIntoTheWholeText() {
        String text = "xx Hello Anna-Lena. Bye";
        NameTokens.Sentence first = NameTokens.sentences(text, 3, text.length()).get(0);
        assertEquals(List.of("Hello", "Anna", "-", "Lena", "."), Arrays.asList(first.tokens()));
        assertEquals("Anna", text.substring(first.spans()[1].getStart(), first.spans()[1].getEnd()));
    }

    @Test
    void cutsVeryLongSentencesIntoPieces() {
        String text = "word ".repeat(NameTokens.MAX_TOKENS * 2 + 5);
        assertEquals(List.of(NameTokens.MAX_TOKENS, NameTokens.MAX_TOKENS, 5),
                NameTokens.sentences(text, 0, text.length()).stream().map(s -> s.tokens().length).toList());
    }
}
