package dev.corpusaudit.validate;

/**
 * Dutch citizen service number (burgerservicenummer, BSN): 9 digits, or 8 when a leading zero was dropped, passing
 * the 11-proof (weights 9 down to 2 and -1 for the last digit, sum divisible by 11). Spaces or dots are allowed
 * between groups.
 */
public final class NlBsn implements Validator {

    @Override
    public String name() {
        return "nl_bsn";
    }

    @Override
    public Result check(String candidate) {
        String d = Separators.strip(candidate, " .");
        if (d == null || (d.length() != 9 && d.length() != 8) || !Separators.allDigits(d)) {
            return Result.fail("not 9 digits (or 8 without the leading zero)");
        }
        if (d.length() == 8) {
            d = "0" + d;
        }
        if (d.equals("000000000")) {
            return Result.fail("all zeros");
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (d.charAt(i) - '0');
        }
        sum -= d.charAt(8) - '0';
        if (sum % 11 != 0) {
            return Result.fail("11-proof failed");
        }
        return Result.pass("11-proof passed");
    }
}
