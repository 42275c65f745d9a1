package dev.corpusaudit.analyze;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


import static org.junit.jupiter.api.Assertions.assertEquals;

class EmailDetectorTest {
    private final EmailDetector detector = new EmailDetector();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "write to jane.doe@example.com today          | jane.doe@example.com",
            "(mailto:paul+tag@mail.exemple.fr)            | paul+tag@mail.exemple.fr",
            "JANE@EXAMPLE.CO.UK.                          | JANE@EXAMPLE.CO.UK",
            "name: o'brien-x@firm-name.ie, thanks         | o'brien-x@firm-name.ie",
            "trailing dot user@example.org.               | user@example.org",
            "leading dots ..user@example.org              | user@example.org",
            "ping @jane_doe on the forum                  | ''",
            "jane at example dot com                      | ''",
            "user@localhost is local                      | ''",
            "version 1.2@3.4 numbers                      | ''",
            "double dot jo..hn@example.com                | ''",
            "user@-bad.com                                | ''",
            "IDN a@xn--d1acufc.xn--p1ai ok                | a@xn--d1acufc.xn--p1ai",
            "(a@host.xn--80asehdb.)                       | a@host.xn--80asehdb",
            "user@example.c                               | ''",
            // a URL's user and password before its host are no address; mailto: is one
            "postgres://admin:S3cr3tPa55@db.example.com/x | ''",
            "https://bob:hunter2@git.example.org/repo     | ''",
            "contact mailto:anna@example.org now          | anna@example.org"})
    void findsAddresses(String text, String expected) {
        Spans.assertOnly(text, expected, detector.find(text));
    }

    @org.junit.jupiter.api.Test
    void explainsTheValidation() {
        assertEquals("address shape valid; domain '.de' top-level label alphabetic",
                detector.find("a@b.de").get(0).explanation());
    }
}
