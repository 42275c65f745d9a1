package dev.corpusaudit.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * E-mail addresses written so that a scraper misses them: {@code anna.weber(at)web.de}, {@code jan [at] outlook
 * [dot] com}, {@code sofia AT protonmail DOT com}, {@code claire arobase orange point fr}. German imprints and
 * contact lines write "(at)" as a matter of course; the person is as identifiable as with an "@".
 * <p>
 * A bracketed "at" ({@code (at) [at] {at} <at> (@) [@]}), an "@" between spaces, the full-width "＠", or an upper-case
 * {@code AT} after a lower-case local part and before a lower-case domain is taken at its word. A plain
 * " at " or a language's name for the sign ("arobase", "arroba", "chiocciola", "Klammeraffe") is everyday prose
 * ("looked at amazon dot com"), so it counts only when the dots are written out too ("dot", "point", "punto",
 * "punt") and the local part looks like a mailbox (a dot, underscore, hyphen or digit in it) or a word for mail or
 * contact stands just before it. Dots written out need a top-level domain people write this way (com, de, fr...).
 * Scans outward from each marker, so the cost is linear in the text.
 */
public final class ObfuscatedEmailDetector implements PatternDetector {
    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 253;
    /** The full-width commercial at of East Asian text, and of addresses disguised with it. */
    private static final char FULLWIDTH_AT = '\uFF20';
    /** How far before a local part a word for mail or contact is looked for. */
    private static final int CUE_REACH = 40;
    private static final List<String> AT_WORDS = List.of(" at ", " arobase ", " arroba ", " chiocciola ",
            " klammeraffe ");
    private static final List<String> DOT_WORDS = List.of(" dot ", " point ", " punto ", " punt ");
    private static final List<String> BRACKETED_DOTS = List.of("(dot)", "[dot]", "{dot}", "<dot>", "(.)", "[.]");
    /** What {@link #mayMatch} looks for besides the two signs: the ends of bracketed "at"s, AT, dots written out. */
    private static final List<String> MARKS = List.of("at)", "at]", "at}", "at>", "at )", "at ]", "AT)", "AT]",
            " AT ", " dot ", " DOT ", " point ", " punt", "dot)", "dot]");
    private static final Set<String> SPELLED_TLDS = Set.of("com", "org", "net", "edu", "gov", "io", "info", "eu",
            "de", "fr", "nl", "es", "it", "uk", "be", "ch", "at", "lu", "ie", "pt", "pl", "se", "dk", "no", "fi",
            "ca", "au");
    private static final List<String> CUES = List.of("mail", "contact", "kontakt", "courriel", "correo", "posta",
            "address", "adress", "adres", "direcci", "indirizz", "write to", "reach me", "reach out", "schreib",
            "écri", "scriv", "escrib");

    @Override
    public String name() {
        return "email_obfuscated";
    }

    /**
     * Whether the text may hold a marker: an "@" or "＠" of any kind, the end of a bracketed "at", an upper-case AT,
     * or a dot written out (which the plain " at " needs). The stage runs this on every text, so it is a few
     * {@code indexOf} calls, which the JVM vectorises; a loop over the characters cost several times more.
     */
    @Override
    public boolean mayMatch(String text, int digits) {
        if (text.indexOf('@') >= 0 || text.indexOf(FULLWIDTH_AT) >= 0) {
            return true;
        }
        for (String mark : MARKS) {
            if (text.indexOf(mark) >= 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = -1;
            boolean strong = false;
            char c = text.charAt(i);
            if (c == '(' || c == '[' || c == '{' || c == '<') {
                end = bracketedAt(text, i);
                strong = end > 0;
            } else if (c == FULLWIDTH_AT) {
                end = i + 1;
                strong = true;
            } else if (c == ' ') {
                if (text.startsWith(" @ ", i)) {
                    end = i + 3;
                    strong = true;
                } else if (text.startsWith(" AT ", i)) {
                    end = i + 4;
                    // not in text all in capitals ("the foetus AT SOME POINT")
                    strong = i > 0 && Character.isLowerCase(text.charAt(i - 1))
                            && i + 4 < text.length() && Character.isLowerCase(text.charAt(i + 4));
                } else if (i + 1 < text.length() && "aAcCkK".indexOf(text.charAt(i + 1)) >= 0) {
                    end = atWordAt(text, i);
                }
            }
            Match match = end > 0 ? read(text, i, end, strong) : null;
            if (match != null) {
                out.add(match);
                i = match.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The address around the marker [{@code from}, {@code to}), or null when there is none. */
    private static Match read(String text, int from, int to, boolean strong) {
        int localEnd = from > 0 && text.charAt(from - 1) == ' ' && text.charAt(from) != ' ' ? from - 1 : from;
        int start = localEnd;
        while (localEnd - start < MAX_LOCAL) {
            if (start > 0 && isLocalChar(text.charAt(start - 1))) {
                start--;
                continue;
            }
            int dot = dotBefore(text, start); // "marco(dot)rossi(at)..."
            if (dot <= 0 || !isLocalChar(text.charAt(dot - 1))) {
                break;
            }
            start = dot;
        }
        while (start < localEnd && text.charAt(start) == '.') {
            start++;
        }
        if (start == localEnd || start > 0 && !Character.isWhitespace(text.charAt(start - 1))
                && "(\"'<:;,".indexOf(text.charAt(start - 1)) < 0) {
            return null;
        }
        int p = to < text.length() && text.charAt(to) == ' ' && text.charAt(to - 1) != ' ' ? to + 1 : to;
        List<String> labels = new ArrayList<>();
        boolean spelledDots = false;
        int end = p;
        while (p < text.length() && p - to <= MAX_DOMAIN) {
            int labelEnd = p;
            while (labelEnd < text.length() && isLabelChar(text.charAt(labelEnd))) {
                labelEnd++;
            }
            if (labelEnd == p) {
                break;
            }
            labels.add(text.substring(p, labelEnd));
            end = labelEnd;
            int next = dot(text, labelEnd);
            if (next < 0) {
                break;
            }
            spelledDots |= text.charAt(labelEnd) != '.';
            p = next;
        }
        if (labels.size() < 2) {
            return null;
        }
        String tld = labels.get(labels.size() - 1).toLowerCase(Locale.ROOT);
        if (tld.length() < 2 || tld.length() > 24 || !tld.chars().allMatch(Character::isLetter)) {
            return null;
        }
        String local = text.substring(start, localEnd);
        if (spelledDots && !SPELLED_TLDS.contains(tld)
                || !strong && !(spelledDots && (mailboxLike(local) || cueBefore(text, start)))) {
            return null;
        }
        String marker = text.substring(from, to).strip();
        String written = switch (marker) {
            case "@" -> "'@' between spaces";
            case "\uFF20" -> "the full-width '\uFF20'";
            default -> "'" + marker + "' for '@'";
        };
        return new Match(start, end, "address written with " + written
                + (spelledDots ? " and the dots written out" : "") + "; domain '." + tld
                + "' top-level label alphabetic");
    }

    /** The end of a word for the "@" (" at ", " arobase "...) that starts with the space at {@code i}, or -1. */
    private static int atWordAt(String text, int i) {
        if (i + 2 >= text.length() || "tTrRhHlL".indexOf(text.charAt(i + 2)) < 0) {
            return -1; // " at", " arobase", " arroba", " chiocciola", " klammeraffe": the second letter first
        }
        for (String word : AT_WORDS) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return i + word.length();
            }
        }
        return -1;
    }

    /** The end of a bracketed "at" or "@" starting at {@code i} ("(at)", "[ at ]", "(@)"), or -1. */
    private static int bracketedAt(String text, int i) {
        char close = switch (text.charAt(i)) {
            case '(' -> ')';
            case '[' -> ']';
            case '{' -> '}';
            default -> '>';
        };
        int p = i + 1;
        if (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        if (text.regionMatches(true, p, "at", 0, 2)) {
            p += 2;
        } else if (p < text.length() && text.charAt(p) == '@') {
            p++;
        } else {
            return -1;
        }
        if (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        return p < text.length() && text.charAt(p) == close ? p + 1 : -1;
    }

    /** Where a bracketed dot that ends at {@code i} starts ("rossi" of "marco(dot)rossi"), or -1. */
    private static int dotBefore(String text, int i) {
        for (String dot : BRACKETED_DOTS) {
            if (i >= dot.length() && text.startsWith(dot, i - dot.length())) {
                return i - dot.length();
            }
        }
        return -1;
    }

    /** Where the next label starts after a dot at {@code i}, written or spelled out, or -1. */
    private static int dot(String text, int i) {
        if (i + 1 < text.length() && text.charAt(i) == '.' && isLabelChar(text.charAt(i + 1))) {
            return i + 1;
        }
        int p = i < text.length() && text.charAt(i) == ' ' ? i + 1 : i;
        for (String dot : BRACKETED_DOTS) {
            if (text.startsWith(dot, p)) {
                int q = p + dot.length();
                return q < text.length() && text.charAt(q) == ' ' ? q + 1 : q;
            }
        }
        for (String dot : DOT_WORDS) {
            if (text.startsWith(dot, i)) {
                return i + dot.length();
            }
        }
        if (text.startsWith(" DOT ", i)) {
            return i + 5;
        }
        return -1;
    }

    private static boolean mailboxLike(String local) {
        return local.chars().anyMatch(c -> c == '.' || c == '_' || c == '-' || Character.isDigit(c));
    }

    private static boolean cueBefore(String text, int start) {
        String before = text.substring(Math.max(0, start - CUE_REACH), start).toLowerCase(Locale.ROOT);
        return CUES.stream().anyMatch(before::contains);
    }

    private static boolean isLocalChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "._%+-".indexOf(c) >= 0;
    }

    private static boolean isLabelChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    }
}
