package dev.corpusaudit.validate;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spanish DNI (8 digits, or 7 with the leading zero left out, and a control letter) and NIE (X, Y or Z, 7 digits and a control letter, the first letter
 * counting as 0, 1 or 2): the letter is {@code TRWAGMYFPDXBNJZSQVHLCKE} at the number mod 23. A dash or space may
 * precede the control letter (or follow the NIE's first letter), and a DNI may group its digits with dots
 * (12.345.678).
 */
public final class EsDniNie implements Validator {
    private static final String LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final Pattern DNI = Pattern.compile("([0-9]{7,8}|[0-9]{2}\\.[0-9]{3}\\.[0-9]{3})[- ]?([A-Z])");
    private static final Pattern NIE = Pattern.compile("([XYZ])[- ]?([0-9]{7})[- ]?([A-Z])");

    @Override
    public String name() {
        return "es_dni_nie";
    }

    @Override
    public Result check(String candidate) {
        String s = candidate.toUpperCase(Locale.ROOT);
        Matcher m = DNI.matcher(s);
        if (m.matches()) {
            return letter("DNI", m.group(1).replace(".", ""), m.group(2).charAt(0));
        }
        m = NIE.matcher(s);
        if (m.matches()) {
            return letter("NIE", "XYZ".indexOf(m.group(1).charAt(0)) + m.group(2), m.group(3).charAt(0));
        }
        return Result.fail("not a DNI (7 or 8 digits and a letter) or NIE (X/Y/Z, 7 digits and a letter)");
    }

    private static Result letter(String kind, String digits, char letter) {
        char expected = LETTERS.charAt(Integer.parseInt(digits) % 23);
        if (letter != expected) {
            return Result.fail(kind + " mod-23 control letter failed, expected " + expected);
        }
        return Result.pass(kind + " mod-23 control letter passed");
    }
}
