package dev.corpusaudit.validate;

/**
 * Swiss social security number (AHV-Nummer, numéro AVS, numero AVS; since 2008 also the main personal identifier
 * of Swiss administrations): 13 digits, 756 (Switzerland's ISO 3166 code) first and an EAN-13 check digit last,
 * printed as 756.XXXX.XXXX.XX. Dots or spaces are allowed between groups.
 */
public final class ChAhv implements Validator {

    @Override
    public String name() {
        return "ch_ahv";
    }

    @Override
    public Result check(String candidate) {
        String d = Separators.strip(candidate, " .");
        if (d == null || d.length() != 13 || !Separators.allDigits(d)) {
            return Result.fail("not 13 digits");
        }
        if (!d.startsWith("756")) {
            return Result.fail("does not start with 756");
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (i % 2 == 0 ? 1 : 3) * (d.charAt(i) - '0');
        }
        if ((10 - sum % 10) % 10 != d.charAt(12) - '0') {
            return Result.fail("EAN-13 check digit failed");
        }
        return Result.pass("756 and EAN-13 check digit passed");
    }
}
