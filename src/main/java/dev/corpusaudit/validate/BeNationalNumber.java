package dev.corpusaudit.validate;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Belgian national register number (rijksregisternummer / numéro de registre national), YY.MM.DD-XXX.CC: the
 * check CC is 97 minus the first 9 digits mod 97, or, for people born from 2000, minus 2 followed by the 9 digits
 * mod 97. Month 00 and day 00 stand for an unknown birth date; BIS numbers add 20 or 40 to the month. Dots, dashes
 * and spaces are allowed between groups.
 */
public final class BeNationalNumber implements Validator {

    @Override
    public String name() {
        return "be_national_number";
    }

    @Override
    public Result check(String candidate) {
        String d = Separators.strip(candidate, ".- ");
        if (d == null || d.length() != 11 || !Separators.allDigits(d)) {
            return Result.fail("not 11 digits");
        }
        long first9 = Long.parseLong(d.substring(0, 9));
        int check = Integer.parseInt(d.substring(9));
        boolean before2000 = check == 97 - first9 % 97;
        boolean from2000 = check == 97 - (2_000_000_000L + first9) % 97;
        if (!before2000 && !from2000) {
            return Result.fail("mod-97 check failed for births before and from 2000");
        }
        int month = Integer.parseInt(d.substring(2, 4));
        int day = Integer.parseInt(d.substring(4, 6));
        String kind = month >= 20 ? "BIS number" : "national number";
        int birthMonth = month >= 40 ? month - 40 : month >= 20 ? month - 20 : month;
        if (birthMonth > 12 || day > 31) {
            return Result.fail("mod-97 check passed but month " + d.substring(2, 4) + " or day "
                    + d.substring(4, 6) + " is impossible");
        }
        if (birthMonth > 0 && day > 0) {
            int year = (before2000 ? 1900 : 2000) + Integer.parseInt(d.substring(0, 2));
            try {
                LocalDate.of(year, birthMonth, day);
            } catch (DateTimeException e) {
                return Result.fail("mod-97 check passed but birth date " + d.substring(0, 6) + " is impossible");
            }
        }
        return Result.pass(kind + " mod-97 check passed, born " + (before2000 ? "before 2000" : "from 2000"));
    }
}
