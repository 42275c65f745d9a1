package dev.corpusaudit.validate;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Italian codice fiscale of a person (D.M. 23/12/1976): 6 name letters, birth year, month letter, day (plus 40 for
 * women), place code and a check letter from the odd/even position tables, sum mod 26. The digits may be replaced
 * by the omocodia letters LMNPQRSTUV. Case-insensitive; spaces are allowed between groups.
 */
public final class ItCodiceFiscale implements Validator {
    private static final String OMOCODIA = "LMNPQRSTUV";
    private static final String MONTHS = "ABCDEHLMPRST";
    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    /** Values of 0-9 and A-Z at the odd positions (1st, 3rd, ... 15th); even positions count 0-9 and A=0 .. Z=25. */
    private static final int[] ODD = {
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
    private static final Pattern FORMAT = Pattern.compile(
            "[A-Z]{6}[0-9LMNPQRSTUV]{2}[" + MONTHS + "][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]");

    @Override
    public String name() {
        return "it_codice_fiscale";
    }

    @Override
    public Result check(String candidate) {
        String s = Separators.strip(candidate.toUpperCase(Locale.ROOT), " ");
        if (s == null || !FORMAT.matcher(s).matches()) {
            return Result.fail("not the 16-character codice fiscale layout");
        }
        int month = MONTHS.indexOf(s.charAt(8));
        int day = digit(s.charAt(9)) * 10 + digit(s.charAt(10));
        int dayOfMonth = day > 40 ? day - 40 : day;
        if (dayOfMonth < 1 || dayOfMonth > DAYS_IN_MONTH[month]) {
            return Result.fail("impossible birth day " + day + " in month " + s.charAt(8));
        }
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            int v = Character.digit(s.charAt(i), 36);
            sum += i % 2 == 0 ? ODD[v] : (v < 10 ? v : v - 10);
        }
        char expected = (char) ('A' + sum % 26);
        if (s.charAt(15) != expected) {
            return Result.fail("odd/even check letter failed, expected " + expected);
        }
        return Result.pass("odd/even check letter passed, birth day and month plausible");
    }

    /** A digit, or the omocodia letter standing for it. */
    private static int digit(char c) {
        return c <= '9' ? c - '0' : OMOCODIA.indexOf(c);
    }
}
