package dev.corpusaudit.generate;

import java.math.BigInteger;
import java.util.SplittableRandom;

/**
 * Numbers that look like personal data but are not labelled: order, tracking and invoice numbers of
 * card length that fail Luhn, phone numbers, and IBAN-shaped strings whose checksum is wrong. Each
 * is regenerated until no card-shaped part of it passes Luhn.
 */
final class NearMissNumbers {
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private NearMissNumbers() {
    }

    /** 13 to 19 digits, plain or grouped, that fail the Luhn check. */
    static String referenceNumber(SplittableRandom rng) {
        while (true) {
            int length = 13 + rng.nextInt(7);
            StringBuilder digits = new StringBuilder(length);
            digits.append((char) ('1' + rng.nextInt(9)));
            while (digits.length() < length - 1) {
                digits.append((char) ('0' + rng.nextInt(10)));
            }
            int valid = CardNumbers.checkDigit(digits) - '0';
            digits.append((char) ('0' + (valid + 1 + rng.nextInt(9)) % 10));
            String formatted = rng.nextInt(10) < 6 ? digits.toString()
                    : CardNumbers.group(digits.toString(), new int[]{4, 4, 4, 4, 4}, rng.nextBoolean() ? " " : "-");
            if (!CardNumbers.hasLuhnValidCardShape(formatted)) {
                return formatted;
            }
        }
    }

    /** A phone number from one of the language's formats ({@code #} is a digit). */
    static String phone(SplittableRandom rng, String format) {
        while (true) {
            String phone = fill(rng, format);
            if (!CardNumbers.hasLuhnValidCardShape(phone)) {
                return phone;
            }
        }
    }

    /**
     * An IBAN-shaped string from a format such as {@code DE## #### #### #### #### ##} ({@code #} a
     * digit, {@code @} a capital letter) whose mod-97 checksum fails, so it is no bank account.
     */
    static String invalidIban(SplittableRandom rng, String format) {
        while (true) {
            String iban = fill(rng, format);
            if (!ibanValid(iban) && !CardNumbers.hasLuhnValidCardShape(iban)) {
                return iban;
            }
        }
    }

    static boolean ibanValid(String iban) {
        String compact = iban.replace(" ", "");
        if (compact.length() < 5) {
            return false;
        }
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        StringBuilder numeric = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            numeric.append(Character.isLetter(c) ? Integer.toString(c - 'A' + 10) : String.valueOf(c));
        }
        return new BigInteger(numeric.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }

    private static String fill(SplittableRandom rng, String format) {
        StringBuilder out = new StringBuilder(format.length());
        for (char c : format.toCharArray()) {
            out.append(c == '#' ? (char) ('0' + rng.nextInt(10)) : c == '@' ? (char) ('A' + rng.nextInt(26)) : c);
        }
        return out.toString();
    }
}
