package dev.corpusaudit.analyze;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

import java.util.ArrayList;
import java.util.List;
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
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && ++digits >= MIN_DIGITS) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Match> find(String text) {
        return find(text, "en");
    }

    @Override
    public List<Match> find(String text, String lang) {
        String region = REGION_OF_LANGUAGE.getOrDefault(lang, "ZZ"); // ZZ: international numbers only
        List<Match> matches = new ArrayList<>();
        for (PhoneNumberMatch m : PHONES.findNumbers(text, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
            String where = PHONES.getRegionCodeForNumber(m.number());
            String type = PHONES.getNumberType(m.number()).name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            matches.add(new Match(m.start(), m.end(), "valid " + where + " " + type + " number (libphonenumber, "
                    + (m.rawString().startsWith("+") || m.rawString().startsWith("00") ? "international" : "national "
                    + region) + " format)"));
        }
        return matches;
    }
}
