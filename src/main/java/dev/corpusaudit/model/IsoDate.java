package dev.corpusaudit.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The dates of the input schema and the registers: ISO-8601 dates or timestamps. */
public final class IsoDate {
    private IsoDate() {
    }

    /**
     * The date of an ISO-8601 date or timestamp ({@code T} or a space after the date), or null when absent or not
     * one.
     */
    public static LocalDate of(String value) {
        if (value == null || value.length() < 10
                || value.length() > 10 && value.charAt(10) != 'T' && value.charAt(10) != ' ') {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
