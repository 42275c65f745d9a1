package dev.corpusaudit.validate;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A literal written where only a credential can stand: the password of a URL ({@code scheme://user:PASSWORD@host}),
 * the password given to {@code curl -u user:PASSWORD}, or a quoted value after a password cue
 * ({@code password is "tamarind"}). The place already says it is a password, so any real-looking value of four or
 * more characters passes, a plain word included; what fails is a stand-in: a template ({@code ${DB_PASS}},
 * {@code <password>}, {@code {{ pw }}}), a mask ({@code ****}), a placeholder word ({@code password},
 * {@code secret}, {@code changeme}, {@code your_password}), a word that describes the password instead of being it
 * ({@code incorrect}, {@code required}, {@code falsch}), a path or link, a code expression or a run like
 * {@code 123456}.
 */
public final class CredentialLiteral implements Validator {
    static final int MIN_LENGTH = 4;
    static final int MAX_LENGTH = 128;
    /** Placeholders wherever they occur in the value. */
    private static final Set<String> PLACEHOLDER_PARTS = Set.of("password", "passwort", "passwd", "wachtwoord",
            "kennwort", "contrasena", "contraseña", "motdepasse", "changeme", "example", "sample", "placeholder",
            "your", "xxx", "redacted", "dummy", "foobar", "undefined", "todo");
    /** Values that are a stand-in or a description, not a password, when they are the whole value. */
    private static final Set<String> NOT_A_PASSWORD = Set.of("pass", "pwd", "passw", "secret", "test", "user",
            "username", "login", "token", "key", "apikey", "value", "string", "text", "hidden", "empty", "blank",
            "none", "null", "nil", "true", "false", "yes", "required", "optional", "invalid", "incorrect", "wrong",
            "expired", "missing", "reset", "same", "default", "weak", "strong", "secure", "simple", "short", "long",
            "changed", "new", "old", "mypass", "mypwd", "guest", "falsch", "richtig", "geheim", "leer", "faux",
            "oublié", "oublie", "vide", "incorrecto", "incorrecta", "vacío", "vacio", "onjuist", "fout", "leeg",
            "sbagliata", "errata", "vuota");
    private static final Pattern CALL = Pattern.compile("[A-Za-z_][\\w.]*\\(.*\\)");

    @Override
    public String name() {
        return "credential_literal";
    }

    @Override
    public Result check(String candidate) {
        String v = candidate.strip();
        if (v.length() < MIN_LENGTH || v.length() > MAX_LENGTH) {
            return Result.fail(v.length() + " characters is not a password length (" + MIN_LENGTH + " to "
                    + MAX_LENGTH + ")");
        }
        String lower = v.toLowerCase(Locale.ROOT);
        char first = v.charAt(0);
        if ("<{[($%&*".indexOf(first) >= 0 || lower.contains("${") || lower.contains("#{") || lower.contains("{{")
                || lower.contains("***") || lower.contains("...") || lower.contains("…") || lower.contains("###")) {
            return Result.fail("a template or masked value");
        }
        String placeholder = StandIns.placeholderIn(lower, PLACEHOLDER_PARTS);
        if (placeholder != null) {
            return Result.fail("a placeholder ('" + placeholder + "')");
        }
        if (".,;:=+|/".indexOf(first) >= 0 || lower.contains("://")) {
            return Result.fail("starts like code, a path or a link, not a password");
        }
        if (NOT_A_PASSWORD.contains(lower)) {
            return Result.fail("'" + v + "' stands in for or describes a password");
        }
        if (StandIns.DOTTED_IDENTIFIER.matcher(v).matches() || CALL.matcher(v).matches()) {
            return Result.fail("a code expression, not a literal");
        }
        if (StandIns.isRepeatedOrRun(v)) {
            return Result.fail("a repeated or sequential placeholder");
        }
        return Result.pass(v.length() + " characters in a password position, not a placeholder");
    }
}
