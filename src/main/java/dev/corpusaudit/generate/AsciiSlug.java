package dev.corpusaudit.generate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns names and company names into the lower-case ASCII words that e-mail addresses and handles use. */
final class AsciiSlug {
    /** Legal forms and joining words that do not appear in a company's domain. */
    private static final Set<String> NOT_IN_DOMAINS = Set.of(
            "and", "und", "et", "en", "e", "y", "of", "the", "inc", "ltd", "llc", "plc", "group", "gmbh", "ag", "kg",
            "ohg", "ug", "co", "sa", "sas", "sarl", "eurl", "bv", "vof", "nv", "spa", "srl", "sl", "asociados", "cia");

    private AsciiSlug() {
    }

    /** {@code "Müller-Lüdenscheidt"} to {@code "mueller-luedenscheidt"}: letters, digits and inner hyphens. */
    static String of(String text) {
        String folded = text.toLowerCase(Locale.ROOT)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                .replace("æ", "ae").replace("œ", "oe").replace("ø", "o").replace("ł", "l");
        folded = Normalizer.normalize(folded, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (c == '-' && out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append(c);
            }
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    /** The words of a company name that can make up its domain, e.g. {@code "Rossi, Bianchi e Figli SpA"} to rossi, bianchi, figli. */
    static List<String> companyWords(String company) {
        List<String> words = new ArrayList<>();
        for (String raw : company.split("[\\s,.&'/-]+")) {
            String word = of(raw);
            if (word.length() > 1 && !NOT_IN_DOMAINS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }
}
