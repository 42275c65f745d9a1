package dev.corpusaudit.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SecretValueTest {
    private final SecretValue validator = new SecretValue();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "ghp_ENXgEzwx3g5nTy3AEUQHblBHt9mWR5d97v4U    | true",
            "kyP8+l9ZhcRTPQUue+1zdzM/GzKhe+cJMWZqXCac     | true",
            "b2d74c71452940de0d5bb7217716c328             | true",
            "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX      | false",
            "AIzaSyQ0123456789abcdefghijklmnopqrstuv      | false",
            "sk_live_EXAMPLEq8Zr4Lm2Xv9Tn6Wc1Hb7         | false",
            "<your-key>                                   | false",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa     | false",
            "q8Zr4Lm2987654Xv9Tn6Wc1Hb7Ks3P               | false",
            "abcabcabcabcabcabcab                         | false",
            "a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8NRAL     | false"})
    void rejectsPlaceholdersTypedSequencesAndLowEntropy(String value, boolean valid) {
        assertEquals(valid, validator.check(value).valid(), () -> value + ": " + validator.check(value).reason());
    }

    @Test
    void longestRunCountsAscendingAndDescendingLettersAndDigits() {
        assertEquals(6, SecretValue.longestRun("xxabcdefyy"));
        assertEquals(5, SecretValue.longestRun("q98765q"));
        assertEquals(1, SecretValue.longestRun("a-b-c-d"));
    }
}
