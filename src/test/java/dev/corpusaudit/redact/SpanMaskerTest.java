package dev.corpusaudit.redact;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpanMaskerTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("one span", "mail me at a@b.de now", new int[][]{{11, 17}}, new String[]{"pii.email"},
                        "mail me at [REDACTED:pii.email] now"),
                Arguments.of("span at both ends", "a@b.de x 0611", new int[][]{{0, 6}, {9, 13}},
                        new String[]{"pii.email", "pii.phone"}, "[REDACTED:pii.email] x [REDACTED:pii.phone]"),
                Arguments.of("overlapping spans merge, categories named once each, sorted", "Jan Smit jan@smit.nl!",
                        new int[][]{{9, 20}, {0, 8}, {4, 12}, {9, 20}}, new String[]{"pii.email", "pii.person",
                                "pii.person", "pii.email"}, "[REDACTED:pii.email,pii.person]!"),
                Arguments.of("a span inside another", "abcdefgh", new int[][]{{1, 7}, {2, 3}},
                        new String[]{"pii.phone", "pii.email"}, "a[REDACTED:pii.email,pii.phone]h"),
                Arguments.of("touching spans stay apart", "abcdef", new int[][]{{0, 3}, {3, 6}},
                        new String[]{"pii.email", "pii.phone"}, "[REDACTED:pii.email][REDACTED:pii.phone]"),
                Arguments.of("a surrogate pair next to a span is kept whole", "😊a@b.de😊", new int[][]{{2, 8}},
                        new String[]{"pii.email"}, "😊[REDACTED:pii.email]😊"),
                Arguments.of("a span ending inside a pair takes the whole pair", "x 😊 y", new int[][]{{2, 3}},
                        new String[]{"pii.person"}, "x [REDACTED:pii.person] y"),
                Arguments.of("a span starting inside a pair takes the whole pair", "x 😊 y", new int[][]{{3, 4}},
                        new String[]{"pii.person"}, "x [REDACTED:pii.person] y"),
                Arguments.of("widened spans that touch stay apart", "😊😊", new int[][]{{0, 1}, {3, 4}},
                        new String[]{"pii.person", "pii.email"}, "[REDACTED:pii.person][REDACTED:pii.email]"),
                Arguments.of("no marks", "as is", new int[][]{}, new String[]{}, "as is"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void masks(String name, String value, int[][] spans, String[] categories, String expected) {
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < spans.length; i++) {
            marks.add(new Mark(categories[i], "rule", "text", spans[i][0], spans[i][1], false, false));
        }
        assertEquals(expected, SpanMasker.mask(value, marks));
    }
}
