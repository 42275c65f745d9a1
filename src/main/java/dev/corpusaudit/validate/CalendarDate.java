package dev.corpusaudit.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A date that exists in the calendar (day within its month, 29 February only in leap years) with a year from 1900 to
 * 2099. Forms: numeric day-month-year with one separator kind ({@code 12.03.1990}, {@code 12/03/1990},
 * {@code 12-03-90}; a two-digit year passes if the date exists in 19yy or 20yy), month-day-year as an American
 * reading when the day-month reading does not exist and the separator is a slash or dash ({@code 03/31/1990}), year-month-day ({@code 1990-03-12}), and a
 * month written out in English, German, French, Dutch, Spanish or Italian, full or abbreviated, before or after the
 * day ({@code 12 March 1990}, {@code 1er mars 1990}, {@code 12 de marzo de 1990}, {@code March 12th, 1990}).
 */
public final class CalendarDate implements Validator {
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2099;
    private static final Map<String, Integer> MONTHS = months();
    /** Words that may stand next to a written-out date: ordinal endings and "of", "de", "del", "the". */
    private static final List<String> FILLERS = List.of("st", "nd", "rd", "th", "er", "e", "o", "of", "de", "del",
            "the", "º", "ª");

    @Override
    public String name() {
        return "calendar_date";
    }

    @Override
    public Result check(String candidate) {
        String s = candidate.strip().toLowerCase(Locale.ROOT);
        List<String> numbers = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<Character> separators = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int j = i;
            if (c >= '0' && c <= '9') {
                while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                    j++;
                }
                numbers.add(s.substring(i, j));
            } else if (Character.isLetter(c)) {
                while (j < s.length() && Character.isLetter(s.charAt(j))) {
                    j++;
                }
                words.add(s.substring(i, j));
            } else {
                j++;
                if (c == '.' || c == '/' || c == '-') {
                    separators.add(c);
                }
            }
            i = j;
        }
        if (numbers.size() != 2 && numbers.size() != 3) {
            return Result.fail("not a day, month and year");
        }
        Integer month = null;
        for (String w : words) {
            Integer m = MONTHS.get(w);
            if (m != null && month == null) {
                month = m;
            } else if (!FILLERS.contains(w)) {
                return Result.fail("'" + w + "' is not a month name");
            }
        }
        if (month != null) {
            return written(numbers, month);
        }
        if (!words.isEmpty() || numbers.size() != 3) {
            return Result.fail("not a day, month and year");
        }
        return numeric(numbers, separators);
    }

    private static Result written(List<String> numbers, int month) {
        if (numbers.size() != 2) {
            return Result.fail("a written-out month needs one day and one year");
        }
        int d = numbers.get(0).length() <= 2 ? 0 : 1;
        String day = numbers.get(d);
        String year = numbers.get(1 - d);
        if (day.length() > 2 || year.length() != 4) {
            return Result.fail("a written-out month needs a one- or two-digit day and a four-digit year");
        }
        return verdict(Integer.parseInt(year), month, Integer.parseInt(day), "written-out month");
    }

    private static Result numeric(List<String> n, List<Character> separators) {
        if (separators.size() != 2 || separators.get(0) != separators.get(1)) {
            return Result.fail("separators differ");
        }
        if (n.get(0).length() == 4) {
            if (n.get(1).length() > 2 || n.get(2).length() > 2) {
                return Result.fail("not year-month-day");
            }
            return verdict(Integer.parseInt(n.get(0)), Integer.parseInt(n.get(1)), Integer.parseInt(n.get(2)),
                    "year-month-day");
        }
        String y = n.get(2);
        if (n.get(0).length() > 2 || n.get(1).length() > 2 || (y.length() != 2 && y.length() != 4)) {
            return Result.fail("not day-month-year");
        }
        int a = Integer.parseInt(n.get(0));
        int b = Integer.parseInt(n.get(1));
        int[] years = y.length() == 4 ? new int[]{Integer.parseInt(y)}
                : new int[]{1900 + Integer.parseInt(y), 2000 + Integer.parseInt(y)};
        // American month-day-year is written with slashes or dashes, never with dots.
        String[] orders = separators.get(0) == '.' ? new String[]{"day-month-year"}
                : new String[]{"day-month-year", "month-day-year"};
        for (String order : orders) {
            for (int year : years) {
                Result r = order.startsWith("day") ? verdict(year, b, a, order) : verdict(year, a, b, order);
                if (r.valid()) {
                    return r;
                }
            }
        }
        return verdict(years[0], b, a, "day-month-year");
    }

    private static Result verdict(int year, int month, int day, String form) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return Result.fail("year " + year + " outside " + MIN_YEAR + "-" + MAX_YEAR);
        }
        if (month < 1 || month > 12) {
            return Result.fail("no month " + month);
        }
        int days = daysIn(year, month);
        if (day < 1 || day > days) {
            return Result.fail(String.format(Locale.ROOT, "no day %d in %04d-%02d", day, year, month));
        }
        return Result.pass(String.format(Locale.ROOT, "%04d-%02d-%02d exists (%s)", year, month, day, form));
    }

    static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    static boolean isLeap(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    private static Map<String, Integer> months() {
        String[][] names = {
                {"january", "jan", "januar", "jänner", "janvier", "janv", "januari", "enero", "ene", "gennaio",
                        "gen"},
                {"february", "feb", "februar", "février", "fevrier", "févr", "fevr", "fév", "fev", "februari",
                        "febrero", "febbraio"},
                {"march", "mar", "märz", "maerz", "marz", "mär", "mrz", "mars", "maart", "mrt", "marzo"},
                {"april", "apr", "avril", "avr", "abril", "abr", "aprile"},
                {"may", "mai", "mei", "mayo", "maggio", "mag"},
                {"june", "jun", "juni", "juin", "junio", "giugno", "giu"},
                {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug"},
                {"august", "aug", "août", "aout", "augustus", "agosto", "ago"},
                {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "sett"},
                {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott"},
                {"november", "nov", "novembre", "noviembre"},
                {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic",
                        "dicembre"}};
        Map<String, Integer> map = new HashMap<>();
        for (int m = 0; m < names.length; m++) {
            for (String name : names[m]) {
                Integer earlier = map.put(name, m + 1);
                if (earlier != null && earlier != m + 1) {
                    throw new IllegalStateException("month name '" + name + "' is ambiguous");
                }
            }
        }
        return Map.copyOf(map);
    }
}
