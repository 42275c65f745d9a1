package dev.corpusaudit.validate;

/**
 * Austrian social insurance number (Sozialversicherungsnummer, SVNR, on the e-card): a three-digit serial, a check
 * digit and the holder's birth date as DDMMYY, often written 1237 010180. The check digit is the sum of the other
 * nine digits weighted 3, 7, 9, 5, 8, 4, 2, 1, 6, modulo 11 (a remainder of 10 is never issued); the date must be
 * a real day of a month. Spaces are allowed between groups.
 */
public final class AtSvnr implements Validator {
    private static final int[] WEIGHTS = {3, 7, 9, 0, 5, 8, 4, 2, 1, 6};

    @Override
    public String name() {
        return "at_svnr";
    }

    @Override
    public Result check(String candidate) {
        String d = Separators.strip(candidate, " ");
        if (d == null || d.length() != 10 || !Separators.allDigits(d)) {
            return Result.fail("not 10 digits");
        }
        int day = Integer.parseInt(d.substring(4, 6));
        int month = Integer.parseInt(d.substring(6, 8));
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return Result.fail("no birth date DDMMYY in digits 5-10");
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += WEIGHTS[i] * (d.charAt(i) - '0');
        }
        if (sum % 11 != d.charAt(3) - '0') {
            return Result.fail("check digit failed");
        }
        return Result.pass("birth date and check digit passed");
    }
}
