package dev.corpusaudit.decide;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a text greets a name: a greeting word (and a title) from the start of its sentence up to the name, and a
 * comma, colon or exclamation mark after it ("Hi Sam,", "Hallo Herr Wagner,", "Bonjour Julien,", "Ciao Luca,"). The
 * greeted name is the reader's: an amount of pay in a recruiter's message to them is the role's, not theirs.
 */
final class Greeting {
    private static final Set<String> WORDS = Set.of("hi", "hey", "hello", "dear", "morning", "afternoon", "evening",
            "good", "hallo", "liebe", "lieber", "sehr", "geehrte", "geehrter", "guten", "tag", "moin", "servus",
            "grüezi", "bonjour", "bonsoir", "salut", "cher", "chère", "hoi", "beste", "dag", "goedemorgen",
            "goedemiddag", "goedenavond", "hola", "buenos", "buenas", "días", "tardes", "estimado", "estimada",
            "querido", "querida", "ciao", "buongiorno", "buonasera", "salve", "gentile", "caro", "cara",
            "mr", "mrs", "ms", "dr", "herr", "frau", "monsieur", "madame", "mme", "meneer", "mevrouw", "señor",
            "señora", "sr", "sra", "signor", "signora", "sig", "dott");

    private Greeting() {
    }

    /** Whether {@code name} ({start, end} in the text) is greeted from the sentence that starts at {@code from}. */
    static boolean greets(String text, int from, int[] name) {
        int after = name[1];
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        if (after >= text.length() || ",:!".indexOf(text.charAt(after)) < 0) {
            return false;
        }
        String before = text.substring(from, name[0]).trim().toLowerCase(Locale.ROOT);
        if (before.isEmpty()) {
            return false;
        }
        for (String word : before.split("[\\s.]+")) {
            if (!WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
