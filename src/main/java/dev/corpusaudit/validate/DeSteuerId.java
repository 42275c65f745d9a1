package dev.corpusaudit.validate;

/**
 * German tax identification number (steuerliche Identifikationsnummer, ELSTER/BZSt rules): 11 digits, the first
 * not 0; in the first ten exactly one digit occurs twice or three times (three times not all in a row); the last
 * digit is the ISO 7064 MOD 11,10 check digit. Spaces are allowed between groups.
 */
public final class DeSteuerId implements Validator {

    @Override
    public String name() {
        return "de_steuer_id";
    }

    @Override
    public Result check(String candidate) {
        String d = Separators.strip(candidate, " ");
        if (d == null || d.length() != 11 || !Separators.allDigits(d)) {
            return Result.fail("not 11 digits");
        }
        if (d.charAt(0) == '0') {
            return Result.fail("first digit is 0");
        }
        int[] counts = new int[10];
        for (int i = 0; i < 10; i++) {
            counts[d.charAt(i) - '0']++;
        }
        int repeated = -1;
        for (int digit = 0; digit < 10; digit++) {
            if (counts[digit] > 1) {
                if (repeated >= 0) {
                    return Result.fail("more than one digit repeated in the first 10");
                }
                repeated = digit;
            }
        }
        if (repeated < 0) {
            return Result.fail("no digit repeated in the first 10");
        }
        if (counts[repeated] > 3) {
            return Result.fail("digit " + repeated + " occurs " + counts[repeated] + " times in the first 10");
        }
        if (counts[repeated] == 3 && d.substring(0, 10).contains(String.valueOf(repeated).repeat(3))) {
            return Result.fail("digit " + repeated + " three times in a row");
        }
        int expected = checkDigit(d);
        if (d.charAt(10) - '0' != expected) {
            return Result.fail("MOD 11,10 check digit failed, expected " + expected);
        }
        return Result.pass("MOD 11,10 check digit passed, digit " + repeated + " occurs " + counts[repeated]
                + " times in the first 10");
    }

    private static int checkDigit(String d) {
        int product = 10;
        for (int i = 0; i < 10; i++) {
            int sum = (d.charAt(i) - '0' + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = sum * 2 % 11;
        }
        int check = 11 - product;
        return check == 10 ? 0 : check;
    }
}
