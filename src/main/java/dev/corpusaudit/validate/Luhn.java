package dev.corpusaudit.validate;

/** The Luhn (mod 10) check digit used by payment card numbers (ISO/IEC 7812). */
public final class Luhn {
    private Luhn() {
    }

    /** Whether a string of ASCII digits (no separators) passes the Luhn check. */
    public static boolean isValid(CharSequence digits) {
        if (digits.length() < 2) {
            return false;
        }
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int d = c - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }
}
