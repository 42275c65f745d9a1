package dev.corpusaudit.validate;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A value written after a password cue ("password:", "mein Passwort ist", "mot de passe :") that looks like a chosen
 * password rather than a word of the sentence, a placeholder or a piece of code. People's passwords are short and
 * regular ({@code Sommer2024!}), so {@link SecretValue}'s entropy test would reject them; instead the value must mix
 * two of letters, digits and symbols, or be six or more digits that are not a run. A word or a name
 * ({@code incorrect}, {@code Geheim}, {@code oublié}, {@code LinkedIn}, {@code @support}, {@code and/or}) is prose,
 * not a password. Trailing sentence punctuation does not count as a symbol, nor do the joiners - _ . / '.
 */
public final class PasswordValue implements Validator {
    static final int MIN_LENGTH = 6;
    static final int MAX_LENGTH = 64;
    private static final Set<String> PLACEHOLDER_WORDS = Set.of("password", "passwort", "passwd", "kennwort",
            "wachtwoord", "contrasena", "contraseña", "motdepasse", "example", "sample", "placeholder", "changeme",
            "dummy", "redacted", "xxx", "your", "yourpass", "foobar", "undefined", "null", "none", "todo");
    private static final Pattern CALL = Pattern.compile("[A-Za-z_][\\w.]*\\(.*");
    private static final Pattern NUMBER_FORMAT = Pattern.compile("[\\d.,:/-]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}");

    @Override
    public String name() {
        return "password_value";
    }

    @Override
    public Result check(String candidate) {
        String v = candidate.strip();
        String core = stripTrailingPunctuation(v);
        if (core.length() < MIN_LENGTH || v.length() > MAX_LENGTH) {
            return Result.fail(core.length() + " characters is not a password length (" + MIN_LENGTH + " to "
                    + MAX_LENGTH + ")");
        }
        String lower = core.toLowerCase(Locale.ROOT);
        char first = core.charAt(0);
        if ("<{[($%&*".indexOf(first) >= 0 || lower.startsWith("#{") || lower.contains("***") || lower.contains("...")
                || lower.contains("…") || lower.contains("${")) {
            return Result.fail("a template or masked value");
        }
        String placeholder = StandIns.placeholderIn(lower, PLACEHOLDER_WORDS);
        if (placeholder != null) {
            return Result.fail("a placeholder ('" + placeholder + "')");
        }
        if (lower.contains("://") || lower.startsWith("www.") || first == '/' || EMAIL.matcher(core).matches()) {
            return Result.fail("a link, path or e-mail address, not a password");
        }
        if (StandIns.DOTTED_IDENTIFIER.matcher(core).matches() || CALL.matcher(core).matches()) {
            return Result.fail("a code expression, not a literal");
        }
        if (StandIns.isRepeatedOrRun(core)) {
            return Result.fail("a repeated or sequential placeholder");
        }
        boolean digitsOnly = core.chars().allMatch(Character::isDigit);
        if (digitsOnly) {
            return core.chars().distinct().count() >= 3
                    ? Result.pass(core.length() + " digits, not a run")
                    : Result.fail("too few distinct digits");
        }
        if (NUMBER_FORMAT.matcher(core).matches()) {
            return Result.fail("a date, time or number, not a password");
        }
        // @mentions and #hashtags: the leading sign is not a symbol of the password
        String body = first == '@' || first == '#' ? core.substring(1) : core;
        boolean letter = body.chars().anyMatch(Character::isLetter);
        boolean digit = body.chars().anyMatch(Character::isDigit);
        boolean symbol = body.chars().anyMatch(PasswordValue::isSymbol);
        if ((letter ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0) < 2) {
            return Result.fail("letters, digits or symbols alone: a word or a name, not a password");
        }
        String mix = String.join(" and ", Stream.of(letter ? "letters" : null, digit ? "digits" : null,
                symbol ? "symbols" : null).filter(Objects::nonNull).toList());
        return Result.pass(String.format(Locale.ROOT, "%d characters mixing %s, not a placeholder", v.length(), mix));
    }

    /** Not a letter or digit, and not a word joiner ('-', '_', '.', '/', '\'', which join ordinary words too). */
    static boolean isSymbol(int c) {
        return !Character.isLetterOrDigit(c) && "-_./'".indexOf(c) < 0;
    }

    private static String stripTrailingPunctuation(String v) {
        int end = v.length();
        while (end > 0 && ".,;:!?".indexOf(v.charAt(end - 1)) >= 0) {
            end--;
        }
        return v.substring(0, end);
    }
}
