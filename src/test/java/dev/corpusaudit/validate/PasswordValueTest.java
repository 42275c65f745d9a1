package dev.corpusaudit.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PasswordValueTest {
    private final PasswordValue validator = new PasswordValue();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // realistic passwords: letters with digits or symbols, or six or more digits
            "Sommer2024!      | true",
            "Kaffee#Pause24   | true",
            "tr4in-Station7   | true",
            "tiger$moon       | true",
            "K9v!mQ2z         | true",
            "7oak2468         | true",
            "Rheinufer_1987   | true",
            "582946           | true",
            // words, names and mentions are prose, not passwords
            "incorrect        | false",
            "Sonnenblume      | false",
            "wrong!           | false",
            "oublié           | false",
            "LinkedIn         | false",
            "iPhone-sicher    | false",
            "@support         | false",
            "#fail            | false",
            "and/or           | false",
            "blue_harbor      | false",
            // placeholders, masks, templates, code
            "********         | false",
            "<your-password>  | false",
            "${DB_PASSWORD}   | false",
            "mypassword1      | false",
            "changeme123      | false",
            "xxxxxx1          | false",
            "*required        | false",
            "os.environ.get   | false",
            "getPassword()    | false",
            // runs, repeats, numbers, dates, links, lengths
            "123456           | false",
            "111111           | false",
            "20.03.2024       | false",
            "https://x.io/r1  | false",
            "bob@example.com  | false",
            "a1!              | false"})
    void acceptsChosenPasswordsOnly(String value, boolean valid) {
        assertEquals(valid, validator.check(value).valid(), () -> value + ": " + validator.check(value).reason());
    }
}
