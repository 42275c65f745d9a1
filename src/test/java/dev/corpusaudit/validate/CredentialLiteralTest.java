package dev.corpusaudit.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CredentialLiteralTest {
    private final CredentialLiteral validator = new CredentialLiteral();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // in a password position a plain word is a password
            "tamarind          | true",
            "Sonnenblume       | true",
            "riverstone        | true",
            "admin1            | true",
            "Vt7#kQ2pLm        | true",
            "kiwi@tree42!      | true",
            // stand-ins and descriptions
            "secret            | false",
            "pass              | false",
            "test              | false",
            "incorrect         | false",
            "falsch            | false",
            "your_password     | false",
            "changeme          | false",
            "password123       | false",
            "xxxxxxxx          | false",
            "********          | false",
            "######            | false",
            // templates, code, paths
            "${DB_PASS}        | false",
            "{{ pw }}          | false",
            "#{datastore}      | false",
            "<password>        | false",
            "$password         | false",
            "os.environ.pw     | false",
            "/en/auth/login    | false",
            ".$p['             | false",
            // runs, repeats, length
            "123456            | false",
            "aaaa              | false",
            "abc               | false"})
    void acceptsAnyRealLookingLiteral(String value, boolean valid) {
        assertEquals(valid, validator.check(value).valid(), () -> value + ": " + validator.check(value).reason());
    }
}
