package dev.corpusaudit.validate;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Polish PESEL: 11 digits, YYMMDD birth date with the century in the month (+80 for 1800s, +0 for 1900s, +20 for
 * 2000s, +40 for 2100s, +60 for 2200s), a serial, and a check digit from the weights 1 3 7 9 1 3 7 9 1 3. Spaces
 * are allowed between groups.
 */
public final class PlPesel implements Validator {
    private static final int[] WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};

    @Override
    public String name() {
        return "pl_pesel";
    }

    @Override
    public Result check(String candidate) {
        String d = Separators.strip(candidate, " ");
        if (d == null || d.length() != 11 || !Separators.allDigits(d)) {
            return Result.fail("not 11 digits");
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += WEIGHTS[i] * (d.charAt(i) - '0');
        }
        int expected = (10 - sum % 10) % 10;
        if (d.charAt(10) - '0' != expected) {
            return Result.fail("weighted check digit failed, expected " + expected);
        }
        int yy = Integer.parseInt(d.substring(0, 2));
        int mm = Integer.parseInt(d.substring(2, 4));
        int dd = Integer.parseInt(d.substring(4, 6));
        int centuryOffset = mm / 20 * 20;
        int century = switch (centuryOffset) {
            case 80 -> 1800;
            case 0 -> 1900;
            case 20 -> 2000;
            case 40 -> 2100;
            default -> 2200;
        };
        LocalDate born;
        try {
            born = LocalDate.of(century + yy, mm - centuryOffset, dd);
        } catch (DateTimeException e) {
            return Result.fail("weighted check digit passed but birth date " + d.substring(0, 6) + " is impossible");
        }
        return Result.pass("weighted check digit passed, birth date " + born);
    }
}
