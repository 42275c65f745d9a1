package dev.corpusaudit.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CardBrandTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "4111111111111111, VISA",
            "4222222222222, VISA",
            "5500000000000004, MASTERCARD",
            "2223000048400011, MASTERCARD",
            "378282246310005, AMEX",
            "37828224631000, NONE",
            "6011111111111117, DISCOVER",
            "3530111333300000, JCB",
            "30569309025904, DINERS",
            "6200000000000005, UNIONPAY",
            "159371648200172, UATP",
            "15937164820017, NONE",
            "1234567890123456, NONE",
            "9999999999999995, NONE"})
    void brandByRangeAndLength(String digits, String brand) {
        assertEquals(brand, CardBrand.of(digits).map(Enum::name).orElse("NONE"));
    }
}
