package dev.corpusaudit.validate;

/**
 * A UK bank account number as written next to its sort code: eight digits. UK banks check them against the sort
 * code with Vocalink's modulus tables, which are licensed and change with the banks, so this validator checks only
 * what stands in for a number instead of being one: all one digit ({@code 00000000}) or counted up or down
 * ({@code 12345678}, {@code 87654321}), as forms and templates show.
 */
public final class UkAccountNumber implements Validator {

    @Override
    public String name() {
        return "uk_account_number";
    }

    @Override
    public Result check(String candidate) {
        if (candidate.length() != 8 || !Separators.allDigits(candidate)) {
            return Result.fail("not 8 digits");
        }
        boolean same = true;
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < 8; i++) {
            int step = candidate.charAt(i) - candidate.charAt(i - 1);
            same &= step == 0;
            up &= step == 1;
            down &= step == -1;
        }
        if (same || up || down) {
            return Result.fail("a stand-in: " + (same ? "one digit repeated" : "digits counted in a run"));
        }
        return Result.pass("8 digits next to a sort code (the banks' modulus check is not public)");
    }
}
