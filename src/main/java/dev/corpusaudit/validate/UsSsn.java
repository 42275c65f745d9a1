package dev.corpusaudit.validate;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * US Social Security number (SSA format rules; it has no check digit): AAA-GG-SSSS with the area not 000, 666 or
 * 900-999, the group not 00 and the serial not 0000; the numbers printed in advertisements (078-05-1120,
 * 219-09-9999) are rejected. Both separators are dashes, both spaces, both dots, or both absent.
 */
public final class UsSsn implements Validator {
    private static final Pattern FORMAT = Pattern.compile("([0-9]{3})([- .]?)([0-9]{2})\\2([0-9]{4})");
    private static final Set<String> ADVERTISED = Set.of("078051120", "219099999");

    @Override
    public String name() {
        return "us_ssn";
    }

    @Override
    public Result check(String candidate) {
        Matcher m = FORMAT.matcher(candidate);
        if (!m.matches()) {
            return Result.fail("format rules: not AAA-GG-SSSS");
        }
        int area = Integer.parseInt(m.group(1));
        if (area == 0 || area == 666 || area >= 900) {
            return Result.fail("format rules: area " + m.group(1) + " is never assigned");
        }
        if (m.group(3).equals("00")) {
            return Result.fail("format rules: group 00 is never assigned");
        }
        if (m.group(4).equals("0000")) {
            return Result.fail("format rules: serial 0000 is never assigned");
        }
        if (ADVERTISED.contains(m.group(1) + m.group(3) + m.group(4))) {
            return Result.fail("format rules: a number published in advertising");
        }
        return Result.pass("format rules passed (no check digit): area, group and serial assignable");
    }
}
