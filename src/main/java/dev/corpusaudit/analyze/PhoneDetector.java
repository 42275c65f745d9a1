package dev.corpusaudit.analyze;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Phone numbers, found and validated by Google's libphonenumber: international numbers ({@code +49 30 ...}) in any
 * text, national numbers in the formats of the text's language's country (en: GB, then IE, then US; de: DE; fr: FR;
 * nl: NL; es: ES; it: IT; ...), the first country that reads a valid number in a cluster of digits winning; a later
 * country must read the whole cluster as one number, and so must the country the text names just before it ("my
 * Israeli number is 09-...", see {@link CountryMentions}). A number must be valid for its numbering plan (right
 * length and a range in use), not just digit-shaped.
 */
public final class PhoneDetector implements PatternDetector {
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final CountryMentions COUNTRIES = CountryMentions.shipped();
    /**
     * The countries whose national formats a text of each language is read in, in order. English is read as British,
     * Irish and American; the other languages only in their main country's formats: Austria's, Belgium's,
     * Switzerland's and Luxembourg's plans take dates, pieces of card numbers and IBANs, and French numbers that France
     * rejects as valid numbers of theirs (measured on the generated corpus), so reading them would report those.
     */
    private static final Map<String, List<String>> REGIONS_OF_LANGUAGE = Map.of(
            "en", List.of("GB", "IE", "US"), "de", List.of("DE"), "fr", List.of("FR"), "nl", List.of("NL"),
            "es", List.of("ES"), "it", List.of("IT"), "pt", List.of("PT"), "sv", List.of("SE"), "pl", List.of("PL"));
    /** Digits of the longest national number (with its country's leading 1 or 0) a later country is tried for. */
    private static final int MAX_NATIONAL_DIGITS = 12;
    /**
     * A cluster with more digits than an international number has (E.164: at most 15) is read only for numbers
     * written with their '+'.
     */
    private static final int MAX_NUMBER_DIGITS = 15;
    /**
     * A country's two-letter code ("CN") reads only clusters of this many digits: shorter numbers are valid in many
     * small countries' plans, and two capitals are often an abbreviation ("Stealth RT TT 38...").
     */
    private static final int MIN_DIGITS_AFTER_CODE = 9;
    /** A phone number has at least this many digits. */
    private static final int MIN_DIGITS = 7;

    @Override
    public String name() {
        return "phone";
    }

    /** A text with fewer digits than a phone number has holds none (the clusters are found in {@link #find}). */
    @Override
    public boolean mayMatch(String text, int digits) {
        return digits >= MIN_DIGITS;
    }

    @Override
    public List<Match> find(String text) {
        return find(text, "en");
    }

    @Override
    public List<Match> find(String text, String lang) {
        List<String> regions = REGIONS_OF_LANGUAGE.getOrDefault(lang, List.of("ZZ")); // ZZ: international only
        List<Match> matches = new ArrayList<>();
        // libphonenumber's cost grows with the text it reads: give it only the clusters of digits that could be a
        // number, with a little room on each side for a leading '+' or '('.
        for (int[] cluster : digitClusters(text)) {
            int from = Math.max(0, cluster[0] - 2);
            int to = Math.min(text.length(), cluster[1] + 1);
            String part = text.substring(from, to);
            int clusterDigits = digits(part);
            if (clusterDigits > MAX_NUMBER_DIGITS && part.indexOf('+') < 0) {
                continue; // a card number, an IBAN's digits or a reference: read as national numbers, pieces of them
                          // passed for numbers of the language's country, and an international number needs its '+'
            }
            // the first of the language's countries in whose formats the cluster holds a valid number reads it; a
            // country after the first must read the whole cluster as one number, not a piece of a card or an IBAN;
            // last, a country the text names just before the cluster ("my Israeli number is ...")
            int before = matches.size();
            for (String region : regions) {
                if (!region.equals(regions.get(0)) && clusterDigits > MAX_NATIONAL_DIGITS) {
                    break; // a card number or an IBAN's digits: no later country's national number is that long
                }
                if (read(part, from, clusterDigits, region, region.equals(regions.get(0)), matches)) {
                    break;
                }
            }
            if (matches.size() == before && clusterDigits <= MAX_NATIONAL_DIGITS) {
                COUNTRIES.before(text, cluster[0], clusterDigits >= MIN_DIGITS_AFTER_CODE).filter(region -> !regions.contains(region))
                        .ifPresent(region -> read(part, from, clusterDigits, region, false, matches));
            }
        }
        return matches;
    }

    /**
     * Adds the valid numbers the region's formats read in {@code part} (at {@code from} in the text) to matches, and
     * says whether there were any. A region that is not the text's first must read the whole cluster as one number.
     */
    private static boolean read(String part, int from, int clusterDigits, String region, boolean first,
                                List<Match> matches) {
        if (!first && !isValidWhole(part, region)) {
            return false; // parsing the whole cluster is cheaper than finding in it
        }
        int before = matches.size();
        for (PhoneNumberMatch m : PHONES.findNumbers(part, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
            if (!first && digits(m.rawString()) != clusterDigits
                    || clusterDigits > MAX_NUMBER_DIGITS && !m.rawString().startsWith("+")) {
                continue;
            }
            String where = PHONES.getRegionCodeForNumber(m.number());
            String type = PHONES.getNumberType(m.number()).name().toLowerCase(Locale.ROOT).replace('_', ' ');
            boolean international = m.rawString().startsWith("+") || m.rawString().startsWith("00");
            matches.add(new Match(from + m.start(), from + m.end(), "valid " + where + " " + type
                    + " number (libphonenumber, " + (international ? "international" : "national " + region)
                    + " format)"));
        }
        return matches.size() > before;
    }

    /**
     * Whether the country's formats read the text, as a whole, as a valid number: what a later country needs of a
     * cluster before it is searched (libphonenumber's parse is a fraction of the cost of its search).
     */
    private static boolean isValidWhole(String part, String region) {
        try {
            return PHONES.isValidNumber(PHONES.parse(part, region));
        } catch (NumberParseException e) {
            return false;
        }
    }

    /**
     * Spans [start, end) of runs of at least {@link #MIN_DIGITS} digits joined only by the characters phone numbers
     * are written with (space, dash, dot, slash, parentheses, plus); anything else ends a run. Runs written as another
     * kind of number ({@link OtherNumbers}: a date, an IP address, a range of amounts, an ISBN, an IBAN's digits, part
     * of an identifier) are left out.
     */
    static List<int[]> digitClusters(String text) {
        List<int[]> clusters = new ArrayList<>();
        int start = -1;
        int lastDigit = -1;
        int digits = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c >= '0' && c <= '9') {
                if (start < 0) {
                    start = i;
                    digits = 0;
                }
                digits++;
                lastDigit = i;
            } else if (start >= 0 && (c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')'
                    || c == '+' || c == '\u00a0') && i - lastDigit <= 3) {
                continue;
            } else if (start >= 0) {
                if (digits >= MIN_DIGITS && !OtherNumbers.isOther(text, start, lastDigit + 1)) {
                    clusters.add(new int[]{start, lastDigit + 1});
                }
                start = -1;
            }
        }
        return clusters;
    }

    private static int digits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) >= '0' && s.charAt(i) <= '9' ? 1 : 0;
        }
        return n;
    }
}
