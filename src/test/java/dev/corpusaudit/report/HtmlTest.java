package dev.corpusaudit.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "plain text|plain text",
            "<script>alert(1)</script>|&lt;script&gt;alert(1)&lt;/script&gt;",
            "`\"><img src=x onerror=alert(1)>`|&quot;&gt;&lt;img src=x onerror=alert(1)&gt;",
            "' onmouseover='x|&#39; onmouseover=&#39;x",
            "a & b|a &amp; b",
            "&amp;|&amp;amp;",
            "`=HYPERLINK(\"http://x\",\"y\")`|=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)",
            "Zoë 😀 日本|Zoë 😀 日本",
    })
    void escapesMarkupCharactersAndKeepsTheRest(String text, String escaped) {
        assertEquals(escaped, Html.escape(text));
    }

    static Stream<Arguments> unprintable() {
        return Stream.of(
                // control characters go, tab, LF and CR stay
                Arguments.of("a\u0000b\u0007c\u001Bd", "abcd"),
                Arguments.of("a\tb\nc\rd", "a\tb\nc\rd"),
                // C1 controls and DEL are invisible in a browser
                Arguments.of("a\u007Fb\u0085c\u009Fd", "abcd"),
                // an unpaired surrogate cannot be encoded; a pair can
                Arguments.of("a\uD800b\uDC00c", "abc"),
                Arguments.of("\uD83D\uDE00", "\uD83D\uDE00"),
                Arguments.of("a\uFFFEb\uFFFFc", "abc"));
    }

    @ParameterizedTest
    @MethodSource("unprintable")
    void dropsWhatAPageCannotCarry(String text, String kept) {
        assertEquals(kept, Html.escape(text));
    }

    @Test
    void elementsEscapeTextAndAttributeValues() {
        String page = new Html().element("td", "<b>", "title", "\"x\" & 'y'").empty("img", "alt", "<").toString();

        assertEquals("<td title=\"&quot;x&quot; &amp; &#39;y&#39;\">&lt;b&gt;</td><img alt=\"&lt;\" />", page);
        assertEquals("", Html.escape(null));
    }
}
