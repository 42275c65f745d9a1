package dev.corpusaudit.report;

/**
 * Builds an HTML page in which every text and every attribute value goes through one escaper, so text from the
 * corpus or from findings can only ever be text: never markup, a script or a link target.
 *
 * <p>Tag and attribute names are the report's own constants; only values are data. The output is also well-formed
 * XML (void elements self-closed, every value quoted, numeric character references only), which lets a test parse
 * it strictly.
 */
public final class Html {
    private final StringBuilder out = new StringBuilder(1 << 16);

    /**
     * Escapes {@code & < > " '} and drops characters a page cannot carry as text: control characters other than tab,
     * LF and CR, unpaired surrogates, U+FFFE and U+FFFF. A null becomes the empty string.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        s.append(c).append(text.charAt(++i));
                    } else if (isPageChar(c)) {
                        s.append(c);
                    }
                }
            }
        }
        return s.toString();
    }

    // C1 controls (0x7F-0x9F) are legal XML but invisible in a browser; a report shows nothing it cannot show.
    private static boolean isPageChar(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0x7F) || (c > 0x9F && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD);
    }

    /** Opens {@code tag} with attributes given as name, value pairs. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element without content ({@code meta}, {@code img}), self-closed. */
    Html empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append(" />");
        return this;
    }

    /** An element holding only {@code text}. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** The report's own fixed markup (the doctype, the style sheet); never data. */
    Html markup(String constant) {
        out.append(constant);
        return this;
    }

    Html newline() {
        out.append('\n');
        return this;
    }

    private void attributes(String[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come as name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
