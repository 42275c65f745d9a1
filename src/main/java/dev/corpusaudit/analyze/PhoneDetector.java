package dev.corpusaudit.analyze;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Phone numbers, found and validated by Google's libphonenumber: international numbers ({@code +49 30 ...}) in any
 * text, national numbers in the formats of the text's language's country (en: GB, de: DE, fr: FR, nl: NL, es: ES,
 * it: IT). A number must be valid for its numbering plan (right length and a range in use), not just digit-shaped.
 */
public final class PhoneDetector implements PatternDetector {
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Map<String, String> REGION_OF_LANGUAGE = Map.of("en", "GB", "de", "DE", "fr", "FR",
            "nl", "NL", "es", "ES", "it", "IT", "pt", "PT", "sv", "SE", "pl", "PL");
    /** A phone number has at least this many digits. */
    private static final int MIN_DIGITS = 7;

    @Override
    public String name() {
        return "phone";
    }

    @Override
    public boolean mayMatch(String text) {
        return !digitClusters(text).isEmpty();
    }

    @Override
    public List<Match> find(String text) {
        return find(text, "en");
    }

    @Override
    public List<Match> find(String text, String lang) {
        String region = REGION_OF_LANGUAGE.getOrDefault(lang, "ZZ"); // ZZ: international numbers only
        List<Match> matches = new ArrayList<>();
        // libphonenumber's cost grows with the text it reads: give it only the clusters of digits that could be a
        // number, with a little room on each side for a leading '+' or '('.
        for (int[] cluster : digitClusters(text)) {
            int from = Math.max(0, cluster[0] - 2);
            int to = Math.min(text.length(), cluster[1] + 1);
            for (PhoneNumberMatch m : PHONES.findNumbers(text.substring(from, to), region,
                    PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
                String where = PHONES.getRegionCodeForNumber(m.number());
                String type = PHONES.getNumberType(m.number()).name().toLowerCase(Locale.ROOT).replace('_', ' ');
                boolean international = m.rawString().startsWith("+") || m.rawString().startsWith("00");
                matches.add(new Match(from + m.start(), from + m.end(), "valid " + where + " " + type
                        + " number (libphonenumber, " + (international ? "international" : "national " + region)
                        + " format)"));
            }
        }
        return matches;
    }

    /**
     * Spans [start, end) of runs of at least {@link #MIN_DIGITS} digits joined only by the characters phone numbers
     * are written with (space, dash, dot, slash, parentheses, plus); anything else ends a run.
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
                if (digits >= MIN_DIGITS) {
                    clusters.add(new int[]{start, lastDigit + 1});
                }
                start = -1;
            }
        }
        return clusters;
    }
}
