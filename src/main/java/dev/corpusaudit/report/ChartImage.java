package dev.corpusaudit.report;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chart's SVG as an image inside the HTML report: a {@code data:} URI, so the page needs no other file and fetches
 * nothing. A browser never runs scripts or loads resources of an SVG shown as an image, and each chart keeps its own
 * ids (two inline SVGs could clash); still, an SVG that holds anything active or refers outside itself is not
 * embedded at all.
 */
final class ChartImage {
    static final String PREFIX = "data:image/svg+xml;base64,";

    // the XML declaration, and a doctype without an internal subset: it names a DTD by URL, of no use to an image
    private static final Pattern PROLOG = Pattern.compile(
            "\\A\\s*(<\\?xml\\s[^>]*\\?>\\s*)?(<!DOCTYPE[^>\\[]*>\\s*)?");
    // elements that run, embed or link; an event handler inside a tag; and what the prolog must not have left: a
    // doctype (with entity declarations) or a processing instruction (a style sheet)
    private static final Pattern ACTIVE = Pattern.compile(
            "<\\s*(script|foreignObject|iframe|object|embed|a)\\b|<[^>]*\\son[a-z]+\\s*=|<!|<\\?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCE = Pattern.compile(
            "(?:href|src)\\s*=\\s*(['\"])(.*?)\\1|url\\(\\s*['\"]?([^)'\"]*)", Pattern.CASE_INSENSITIVE);

    private ChartImage() {
    }

    /** The SVG document as a data URI; empty when it holds something active or refers outside itself. */
    static Optional<String> dataUri(String svgDocument) {
        String svg = PROLOG.matcher(svgDocument).replaceFirst("");
        if (!isSelfContained(svg)) {
            return Optional.empty();
        }
        return Optional.of(PREFIX + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** No script, foreign content, link or event handler, and every reference to a part of the same document. */
    static boolean isSelfContained(String svg) {
        if (ACTIVE.matcher(svg).find()) {
            return false;
        }
        Matcher reference = REFERENCE.matcher(svg);
        while (reference.find()) {
            String target = reference.group(2) != null ? reference.group(2) : reference.group(3);
            if (!target.startsWith("#")) {
                return false;
            }
        }
        return true;
    }
}
