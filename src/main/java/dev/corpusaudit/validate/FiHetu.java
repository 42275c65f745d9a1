package dev.corpusaudit.validate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finnish personal identity code (henkilötunnus, DVV): DDMMYY, a century sign ('+' 1800s; '-' or Y X W V U 1900s;
 * A or B C D E F 2000s), an individual number 002-999 and a check character, the 9-digit number DDMMYYNNN mod 31
 * in {@code 0123456789ABCDEFHJKLMNPRSTUVWXY}. The birth date must be real.
 */
public final class FiHetu implements Validator {
    private static final String CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    private static final Pattern FORMAT =
            Pattern.compile("([0-9]{2})([0-9]{2})([0-9]{2})([-+A-FU-Y])([0-9]{3})([0-9A-Y])");

    @Override
    public String name() {
        return "fi_hetu";
    }

    @Override
    public Result check(String candidate) {
        Matcher m = FORMAT.matcher(candidate.toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Result.fail("not DDMMYY, century sign, 3 digits and a check character");
        }
        char sign = m.group(4).charAt(0);
        int century = sign == '+' ? 1800 : sign == '-' || sign >= 'U' ? 1900 : 2000;
        int year = century + Integer.parseInt(m.group(3));
        LocalDate born;
        try {
            born = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            return Result.fail("impossible birth date " + m.group(1) + m.group(2) + m.group(3) + sign);
        }
        int individual = Integer.parseInt(m.group(5));
        if (individual < 2) {
            return Result.fail("individual number " + m.group(5) + " is never issued");
        }
        int number = Integer.parseInt(m.group(1) + m.group(2) + m.group(3) + m.group(5));
        char expected = CHECK_CHARS.charAt(number % 31);
        if (m.group(6).charAt(0) != expected) {
            return Result.fail("mod-31 check character failed, expected " + expected);
        }
        return Result.pass("mod-31 check character passed, birth date " + born);
    }
}
