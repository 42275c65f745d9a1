package dev.corpusaudit.validate;

import java.util.Optional;

/** A payment card number: 12-19 digits (separators ignored) in a card scheme's range and length, Luhn-valid. */
public final class PaymentCardNumber implements Validator {
    @Override
    public String name() {
        return "luhn_card";
    }

    @Override
    public Result check(String candidate) {
        String digits = candidate.replaceAll("[ -]", "");
        if (!digits.chars().allMatch(Character::isDigit) || digits.length() < 12 || digits.length() > 19) {
            return Result.fail("not 12-19 digits");
        }
        if (!Luhn.isValid(digits)) {
            return Result.fail("Luhn check failed");
        }
        Optional<CardBrand> brand = CardBrand.of(digits);
        return brand.map(b -> Result.pass(digits.length() + " digits, Luhn check passed, " + b.label()))
                .orElseGet(() -> Result.fail("Luhn-valid but in no card scheme's range"));
    }
}
