package dev.corpusaudit.validate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * International Bank Account Number (ISO 13616): the mod-97 check (ISO 7064 MOD 97-10) and the registered length
 * of the country's IBAN, for every country of the SWIFT IBAN registry. Case-insensitive; written either compact, in
 * groups of four separated by spaces, or (Italy, San Marino) in the fields of the BBAN as their banks print it:
 * "IT60 X 05428 11101 000000123456".
 */
public final class Iban implements Validator {

    /** IBAN length by country, from the SWIFT IBAN registry ({@code validate/iban-lengths.tsv}). */
    private static final Map<String, Integer> LENGTHS = lengths();

    private static final Pattern GROUPED = Pattern.compile("[A-Z0-9]{4}( [A-Z0-9]{4})*( [A-Z0-9]{1,3})?");
    private static final Pattern COMPACT = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]+");
    private static final Pattern ITALIAN_FIELDS = Pattern.compile(
            "(?:IT|SM) ?[0-9]{2} ?[A-Z] ?[0-9]{5} ?[0-9]{5} ?[A-Z0-9]{12}");

    @Override
    public String name() {
        return "iban";
    }

    /**
     * Checks a candidate written compact (exactly the country's length) or in groups of four; a grouped candidate may
     * run on past the IBAN (a pattern that takes groups greedily takes "2024" or "with" too), so the IBAN is its
     * first groups up to the country's length, and only those are reported.
     */
    @Override
    public Result check(String candidate) {
        String text = candidate.replace('\u00A0', ' ').replace('\u202F', ' ').toUpperCase(Locale.ROOT);
        boolean fields = ITALIAN_FIELDS.matcher(text).matches();
        boolean grouped = !fields && text.indexOf(' ') >= 0;
        if (grouped && !GROUPED.matcher(text).matches()) {
            return Result.fail("spaces not in groups of 4");
        }
        String all = text.replace(" ", "");
        if (!COMPACT.matcher(all).matches()) {
            return Result.fail("not country code, 2 check digits and letters or digits");
        }
        String country = all.substring(0, 2);
        Integer length = LENGTHS.get(country);
        if (length == null) {
            return Result.fail("country " + country + " has no IBAN in the registry");
        }
        if (all.length() < length || !grouped && all.length() != length) {
            return Result.fail(country + " length must be " + length + ", is " + all.length());
        }
        String iban = all.substring(0, length);
        int checkDigits = Integer.parseInt(iban.substring(2, 4));
        if (checkDigits < 2 || checkDigits > 98) {
            return Result.fail("check digits " + iban.substring(2, 4) + " outside 02-98");
        }
        if (mod97(iban.substring(4) + iban.substring(0, 4)) != 1) {
            return Result.fail("mod-97 check failed, " + country + " length " + length);
        }
        String reason = "mod-97 check passed, " + country + " length " + length;
        if (all.length() == length) {
            return Result.pass(reason);
        }
        int chars = length + (length - 1) / 4; // the groups' spaces: one after every four characters
        if (text.charAt(chars - 1) == ' ' || chars < text.length() && text.charAt(chars) != ' ') {
            return Result.fail(country + " length " + length + " does not end at a group's end");
        }
        return Result.passFirst(chars, reason + " (in its first " + chars + " characters)");
    }

    /** The remainder mod 97 of the number formed by replacing each letter with 10..35 (A..Z). */
    private static int mod97(String s) {
        int rest = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = Character.digit(s.charAt(i), 36);
            rest = v < 10 ? (rest * 10 + v) % 97 : (rest * 100 + v) % 97;
        }
        return rest;
    }

    private static Map<String, Integer> lengths() {
        Map<String, Integer> lengths = new HashMap<>();
        try (InputStream in = Iban.class.getResourceAsStream("/validate/iban-lengths.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cols = line.split("\t");
                    lengths.put(cols[0], Integer.parseInt(cols[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(lengths);
    }
}
