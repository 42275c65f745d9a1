package dev.corpusaudit.validate;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the credential validators ({@link SecretValue}, {@link PasswordValue}, {@link CredentialLiteral}) share about
 * values that stand in for a credential instead of being one: placeholder words, code expressions, and values of
 * one or two characters repeated or typed in a run ({@code 123456}, {@code abcdef}). Each validator keeps its own
 * list of placeholder words, since what may occur inside a password differs from what may occur inside a token.
 */
final class StandIns {
    /** A dotted name such as {@code config.db.password} or {@code os.getenv()}: code, not a literal. */
    static final Pattern DOTTED_IDENTIFIER =
            Pattern.compile("[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)+(?:\\(\\))?");

    private StandIns() {
    }

    /** The first of the words that occurs in the (lower-case) value, or null when none does. */
    static String placeholderIn(String lower, Set<String> words) {
        for (String word : words) {
            if (lower.contains(word)) {
                return word;
            }
        }
        return null;
    }

    /** At most two distinct characters ({@code aaaa}, {@code abab}), or each character one above the one before. */
    static boolean isRepeatedOrRun(String v) {
        if (v.chars().distinct().count() <= 2) {
            return true;
        }
        for (int i = 1; i < v.length(); i++) {
            if (v.charAt(i) - v.charAt(i - 1) != 1) {
                return false;
            }
        }
        return true;
    }
}
