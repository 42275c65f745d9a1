package dev.corpusaudit.validate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Swedish personnummer and samordningsnummer (Skatteverket): YYMMDD-NNNC or YYYYMMDD-NNNC, the separator '-' (or
 * '+' from the 100th birthday, short form only) or none; a real birth date, the day plus 60 for a
 * samordningsnummer; the Luhn check digit over the 10-digit form.
 */
public final class SePersonnummer implements Validator {
    private static final Pattern FORMAT = Pattern.compile("(18|19|20)?([0-9]{2})([0-9]{2})([0-9]{2})([-+]?)([0-9]{4})");

    @Override
    public String name() {
        return "se_personnummer";
    }

    @Override
    public Result check(String candidate) {
        Matcher m = FORMAT.matcher(candidate);
        if (!m.matches()) {
            return Result.fail("not YYMMDD-NNNC or YYYYMMDD-NNNC");
        }
        boolean longForm = m.group(1) != null;
        if (longForm && m.group(5).equals("+")) {
            return Result.fail("'+' separator with a 4-digit year");
        }
        int yy = Integer.parseInt(m.group(2));
        int month = Integer.parseInt(m.group(3));
        int day = Integer.parseInt(m.group(4));
        boolean coordination = day > 60;
        // a short form leaves the century open: 2000 + yy is a leap year exactly when some candidate century's is
        int year = longForm ? Integer.parseInt(m.group(1)) * 100 + yy : 2000 + yy;
        try {
            LocalDate.of(year, month, coordination ? day - 60 : day);
        } catch (DateTimeException e) {
            return Result.fail("impossible birth date " + m.group(2) + m.group(3) + m.group(4));
        }
        String tenDigits = m.group(2) + m.group(3) + m.group(4) + m.group(6);
        String kind = coordination ? "samordningsnummer" : "personnummer";
        if (!Luhn.isValid(tenDigits)) {
            return Result.fail(kind + " Luhn check failed");
        }
        return Result.pass(kind + " Luhn check passed, birth date real");
    }
}
