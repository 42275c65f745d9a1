package dev.corpusaudit.validate;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * French NIR (INSEE / social security number): 13 characters and a 2-digit key equal to 97 minus the 13-digit
 * number mod 97; for Corsica the department 2A counts as 19 and 2B as 18. The first digit is the sex (1 or 2; 3, 4,
 * 7 or 8 for provisional numbers). Spaces are allowed between groups.
 */
public final class FrNir implements Validator {
    private static final Pattern FORMAT = Pattern.compile("[123478][0-9]{4}([0-9]{2}|2[AB])[0-9]{8}");

    @Override
    public String name() {
        return "fr_nir";
    }

    @Override
    public Result check(String candidate) {
        String s = Separators.strip(candidate.toUpperCase(Locale.ROOT), " ");
        if (s == null || !FORMAT.matcher(s).matches()) {
            return Result.fail("not a sex digit, 12 more digits (2A/2B for Corsica) and a 2-digit key");
        }
        String department = s.substring(5, 7);
        String body = s.substring(0, 13);
        if (department.equals("2A")) {
            body = body.substring(0, 5) + "19" + body.substring(7);
        } else if (department.equals("2B")) {
            body = body.substring(0, 5) + "18" + body.substring(7);
        }
        long expected = 97 - Long.parseLong(body) % 97;
        int key = Integer.parseInt(s.substring(13));
        String corsica = body.equals(s.substring(0, 13)) ? "" : ", Corsica " + department;
        if (key != expected) {
            return Result.fail("mod-97 key failed, expected " + String.format("%02d", expected) + corsica);
        }
        return Result.pass("mod-97 key passed" + corsica);
    }
}
