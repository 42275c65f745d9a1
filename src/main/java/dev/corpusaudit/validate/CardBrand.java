package dev.corpusaudit.validate;

import java.util.Optional;

/**
 * Payment card brands by issuer identification number (IIN) range and length, so that a Luhn-valid number of a
 * shape no scheme issues (one in ten random numbers pass Luhn) is not reported as a card.
 */
public enum CardBrand {
    VISA("Visa", 13, 19),
    MASTERCARD("Mastercard", 16, 16),
    AMEX("American Express", 15, 15),
    DISCOVER("Discover", 16, 19),
    DINERS("Diners Club", 14, 19),
    JCB("JCB", 16, 19),
    UNIONPAY("UnionPay", 16, 19),
    MAESTRO("Maestro", 12, 19),
    /** Airline cards (15 digits starting with 1): so like other 15-digit references that the detector wants a card word. */
    UATP("UATP", 15, 15);

    private final String label;
    private final int minLength;
    private final int maxLength;

    CardBrand(String label, int minLength, int maxLength) {
        this.label = label;
        this.minLength = minLength;
        this.maxLength = maxLength;
    }

    public String label() {
        return label;
    }

    /** The brand whose IIN range and length fit these digits. */
    public static Optional<CardBrand> of(String digits) {
        CardBrand brand = byPrefix(digits);
        if (brand == null || digits.length() < brand.minLength || digits.length() > brand.maxLength) {
            return Optional.empty();
        }
        return Optional.of(brand);
    }

    private static CardBrand byPrefix(String d) {
        int p2 = Integer.parseInt(d.substring(0, 2));
        int p3 = Integer.parseInt(d.substring(0, 3));
        int p4 = Integer.parseInt(d.substring(0, 4));
        int p6 = d.length() >= 6 ? Integer.parseInt(d.substring(0, 6)) : -1;
        if (d.charAt(0) == '1') {
            return UATP;
        }
        if (d.charAt(0) == '4') {
            return VISA;
        }
        if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) {
            return MASTERCARD;
        }
        if (p2 == 34 || p2 == 37) {
            return AMEX;
        }
        if (p4 == 6011 || p2 == 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925)) {
            return DISCOVER;
        }
        if (p2 == 36 || p2 == 38 || p2 == 39 || (p3 >= 300 && p3 <= 305)) {
            return DINERS;
        }
        if (p4 >= 3528 && p4 <= 3589) {
            return JCB;
        }
        if (p2 == 62) {
            return UNIONPAY;
        }
        if (p2 == 50 || (p2 >= 56 && p2 <= 69)) {
            return MAESTRO;
        }
        return null;
    }
}
