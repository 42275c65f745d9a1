package dev.corpusaudit.validate;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * International Bank Account Number (ISO 13616): the mod-97 check (ISO 7064 MOD 97-10) and the registered length
 * of each SEPA country's IBAN. Case-insensitive; written either compact or in groups of four separated by spaces.
 */
public final class Iban implements Validator {

    /** IBAN length by country, from the SWIFT IBAN registry: the EEA, the UK, Switzerland and the SEPA microstates. */
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22),
            Map.entry("CH", 21), Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22),
            Map.entry("DK", 18), Map.entry("EE", 20), Map.entry("ES", 24), Map.entry("FI", 18),
            Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GI", 23), Map.entry("GR", 27),
            Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IS", 26),
            Map.entry("IT", 27), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20),
            Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MT", 31), Map.entry("NL", 18),
            Map.entry("NO", 15), Map.entry("PL", 28), Map.entry("PT", 25), Map.entry("RO", 24),
            Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27),
            Map.entry("VA", 22));

    private static final Pattern GROUPED = Pattern.compile("[A-Z0-9]{4}( [A-Z0-9]{4})*( [A-Z0-9]{1,3})?");
    private static final Pattern COMPACT = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]+");

    @Override
    public String name() {
        return "iban";
    }

    @Override
    public Result check(String candidate) {
        String text = candidate.replace('\u00A0', ' ').replace('\u202F', ' ').toUpperCase(Locale.ROOT);
        if (text.indexOf(' ') >= 0 && !GROUPED.matcher(text).matches()) {
            return Result.fail("spaces not in groups of 4");
        }
        String iban = text.replace(" ", "");
        if (!COMPACT.matcher(iban).matches()) {
            return Result.fail("not country code, 2 check digits and letters or digits");
        }
        String country = iban.substring(0, 2);
        Integer length = LENGTHS.get(country);
        if (length == null) {
            return Result.fail("country " + country + " not a SEPA IBAN country");
        }
        if (iban.length() != length) {
            return Result.fail(country + " length must be " + length + ", is " + iban.length());
        }
        int checkDigits = Integer.parseInt(iban.substring(2, 4));
        if (checkDigits < 2 || checkDigits > 98) {
            return Result.fail("check digits " + iban.substring(2, 4) + " outside 02-98");
        }
        if (mod97(iban.substring(4) + iban.substring(0, 4)) != 1) {
            return Result.fail("mod-97 check failed, " + country + " length " + length);
        }
        return Result.pass("mod-97 check passed, " + country + " length " + length);
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
}
