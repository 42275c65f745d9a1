package dev.corpusaudit.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalendarDateTest {
    private static final Validator DATE = new CalendarDate();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // numeric day-month-year
            "12.03.1990 | true | 1990-03-12 exists (day-month-year)",
            "12/03/1990 | true | 1990-03-12",
            "12-03-1990 | true | 1990-03-12",
            "1.3.1990 | true | 1990-03-01",
            "31.12.1999 | true | 1999-12-31",
            "31.04.1990 | false | no day 31 in 1990-04",
            "32.01.1990 | false | ",
            "00.01.1990 | false | ",
            "12.13.1990 | false | ",
            "12.00.1990 | false | ",
            "12.03/1990 | false | separators differ",
            // leap years
            "29.02.2000 | true | 2000-02-29",
            "29.02.1996 | true | 1996-02-29",
            "29.02.1990 | false | no day 29 in 1990-02",
            "29.02.1900 | false | no day 29 in 1900-02",
            "28.02.1900 | true | 1900-02-28",
            "30.02.2000 | false | ",
            // two-digit years: 19yy or 20yy
            "12.03.90 | true | 1990-03-12",
            "29.02.00 | true | 2000-02-29",
            "29.02.01 | false | ",
            // American month-day-year when day-month-year does not exist
            "03/31/1990 | true | 1990-03-31 exists (month-day-year)",
            "02/30/1990 | false | ",
            "12/13/1990 | true | 1990-12-13 exists (month-day-year)",
            "12-13-1990 | true | 1990-12-13",
            "13/13/1990 | false | ",
            // year-month-day
            "1990-03-12 | true | 1990-03-12 exists (year-month-day)",
            "1990/3/12 | true | 1990-03-12",
            "1990-02-29 | false | ",
            "1990-12-03 | true | 1990-12-03",
            // year range
            "12.03.1899 | false | year 1899 outside 1900-2099",
            "12.03.2100 | false | ",
            // written-out months, six languages
            "12 March 1990 | true | 1990-03-12 exists (written-out month)",
            "March 12th, 1990 | true | 1990-03-12",
            "12th of March 1990 | true | 1990-03-12",
            "12. März 1990 | true | 1990-03-12",
            "1er mars 1990 | true | 1990-03-01",
            "29 février 1992 | true | 1992-02-29",
            "29 février 1993 | false | no day 29 in 1993-02",
            "12 de marzo de 1990 | true | 1990-03-12",
            "1º de mayo de 1985 | true | 1985-05-01",
            "12 marzo 1990 | true | 1990-03-12",
            "3 maart 1990 | true | 1990-03-03",
            "17 mei 1988 | true | 1988-05-17",
            "5 Sept. 1979 | true | 1979-09-05",
            "31 giugno 1990 | false | no day 31 in 1990-06",
            "31 avril 1990 | false | ",
            "12 Marchx 1990 | false | ",
            "12 March 90 | false | ",
            "March 1990 | false | ",
            // not dates
            "1990 | false | ",
            "12.03 | false | ",
            "1.2.3.4 | false | ",
            "| false | "})
    void checksTheCalendar(String candidate, boolean valid, String reasonPart) {
        Validator.Result r = DATE.check(candidate == null ? "" : candidate);
        assertEquals(valid, r.valid(), r.reason());
        if (reasonPart != null) {
            assertTrue(r.reason().contains(reasonPart), r.reason());
        }
    }

    @Test
    void leapYearRule() {
        assertTrue(CalendarDate.isLeap(2000));
        assertTrue(CalendarDate.isLeap(2024));
        assertFalse(CalendarDate.isLeap(1900));
        assertFalse(CalendarDate.isLeap(2023));
        assertEquals(29, CalendarDate.daysIn(2024, 2));
        assertEquals(30, CalendarDate.daysIn(2023, 11));
        assertEquals(31, CalendarDate.daysIn(2023, 12));
    }
}
