package dev.corpusaudit.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class SafeCellTest {

    // a method source, not a CSV table: the CSV parser would itself trim or split on these characters
    static Stream<Arguments> cleanCases() {
        return Stream.of(
                arguments("plain text", "plain text"),
                arguments("a\u0000b\u0001c\u001fd", "abcd"),
                arguments("tab\tlf\ncr\r", "tab\tlf\ncr\r"),
                arguments("bad\uFFFE\uFFFFend", "badend"),
                arguments("lone \uD83D high", "lone  high"),
                arguments("lone \uDE00 low", "lone  low"),
                arguments("pair \uD83D\uDE00 kept", "pair \uD83D\uDE00 kept"),
                arguments("swapped \uDE00\uD83D pair", "swapped  pair"),
                arguments("ends high\uD83D", "ends high"));
    }

    @ParameterizedTest
    @MethodSource("cleanCases")
    void cleanDropsWhatXmlCannotCarry(String input, String expected) {
        assertEquals(expected, SafeCell.clean(input));
    }

    @Test
    void cleanCutsToTheCellLimitWithAMark() {
        String cut = SafeCell.clean("x".repeat(SafeCell.MAX_CHARS + 10));
        assertEquals(SafeCell.MAX_CHARS, cut.length());
        assertTrue(cut.endsWith(SafeCell.CUT_MARK));
        assertEquals(SafeCell.MAX_CHARS, SafeCell.clean("y".repeat(SafeCell.MAX_CHARS)).length());
        assertFalse(SafeCell.clean("y".repeat(SafeCell.MAX_CHARS)).endsWith(SafeCell.CUT_MARK));
    }

    @Test
    void cleanNeverSplitsASurrogatePairWhenCutting() {
        String emoji = "\uD83D\uDE00";
        String cut = SafeCell.clean("x" + emoji.repeat(SafeCell.MAX_CHARS));
        assertTrue(cut.length() <= SafeCell.MAX_CHARS);
        String body = cut.substring(0, cut.length() - SafeCell.CUT_MARK.length());
        assertFalse(Character.isHighSurrogate(body.charAt(body.length() - 1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+SUM(1,2)", "-2", "@cmd", "\tx", "\rx", "=HYPERLINK(\"http://x\",\"y\")"})
    void formulaStartsAreRecognised(String text) {
        assertTrue(SafeCell.looksLikeFormula(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a=1", " =1", "\n=1", "1+1", "(=)"})
    void otherTextIsNotAFormulaStart(String text) {
        assertFalse(SafeCell.looksLikeFormula(text));
    }
}
