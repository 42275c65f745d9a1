package dev.corpusaudit.analyze;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The country a text names just before a number ("my Israeli number is ...", "Brazil: ...", "mi número de México"), so
 * that a phone number in that country's national format can be read in a text of another language. Country names
 * come from the JDK's locale data in the six languages (Israel, Israël, Israele; États-Unis, Vereinigte Staaten),
 * plus their adjectives where they are the name with a common ending (Israeli, israélien, japanische, Brazilian),
 * a list of adjectives in the six languages that are not (British, belge, Duits, spanisch, portoghese ...), either
 * also inflected (spanische, Zweedse, austriaca), and, when asked for,
 * upper-case ISO codes ("CN", "BR:") standing alone, except the two-letter codes that are also common words in
 * capitals (IT, IN, AT, ME ...). Words with digits in them (a serial number, a model) are no names.
 */
final class CountryMentions {
    /** How far before a number a country's name is looked for. */
    static final int WINDOW = 48;
    private static final List<String> LANGUAGES = List.of("en", "de", "fr", "nl", "es", "it");
    /** Endings that make a country's adjective or demonym from its name with a final vowel or y dropped. */
    private static final Set<String> ENDINGS = Set.of("", "a", "e", "i", "o", "n", "an", "ian", "ean", "en", "ien", "ienne",
            "ese", "es", "ees", "ish", "isch", "ische", "ischen", "ischer", "esisch", "esische", "esischen", "ais",
            "aise", "ano", "ana", "iano", "iana", "ain", "aine", "er", "ic", "ique");
    /** Adjectives and short names that are not a country's name with one of those endings. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("uk", "GB"), Map.entry("britain", "GB"), Map.entry("british", "GB"), Map.entry("england", "GB"),
            Map.entry("english", "GB"), Map.entry("scottish", "GB"), Map.entry("welsh", "GB"),
            Map.entry("usa", "US"), Map.entry("american", "US"), Map.entry("americain", "US"),
            Map.entry("amerikanisch", "US"), Map.entry("amerikaans", "US"), Map.entry("americano", "US"),
            Map.entry("estadounidense", "US"), Map.entry("statunitense", "US"),
            Map.entry("french", "FR"), Map.entry("francais", "FR"), Map.entry("franzosisch", "FR"),
            Map.entry("frans", "FR"), Map.entry("frances", "FR"), Map.entry("francese", "FR"),
            Map.entry("spanish", "ES"), Map.entry("spanisch", "ES"), Map.entry("espagnol", "ES"),
            Map.entry("spaans", "ES"), Map.entry("espanol", "ES"), Map.entry("spagnolo", "ES"),
            Map.entry("dutch", "NL"), Map.entry("holland", "NL"), Map.entry("hollandais", "NL"),
            Map.entry("niederlandisch", "NL"), Map.entry("nederlands", "NL"), Map.entry("neerlandais", "NL"),
            Map.entry("holandes", "NL"), Map.entry("olandese", "NL"),
            Map.entry("deutsch", "DE"), Map.entry("deutsche", "DE"), Map.entry("allemand", "DE"),
            Map.entry("duits", "DE"), Map.entry("aleman", "DE"), Map.entry("tedesco", "DE"),
            Map.entry("swiss", "CH"), Map.entry("suisse", "CH"), Map.entry("zwitsers", "CH"), Map.entry("suizo", "CH"),
            Map.entry("svizzero", "CH"), Map.entry("polish", "PL"), Map.entry("polnisch", "PL"),
            Map.entry("polonais", "PL"), Map.entry("pools", "PL"), Map.entry("polaco", "PL"),
            Map.entry("polacco", "PL"), Map.entry("swedish", "SE"), Map.entry("schwedisch", "SE"),
            Map.entry("suedois", "SE"), Map.entry("zweeds", "SE"), Map.entry("sueco", "SE"),
            Map.entry("svedese", "SE"), Map.entry("danish", "DK"), Map.entry("danisch", "DK"),
            Map.entry("finnish", "FI"), Map.entry("finnisch", "FI"), Map.entry("irish", "IE"),
            Map.entry("greek", "GR"), Map.entry("turkish", "TR"), Map.entry("korea", "KR"),
            Map.entry("korean", "KR"), Map.entry("portuguese", "PT"), Map.entry("belgian", "BE"),
            Map.entry("norwegian", "NO"), Map.entry("czech", "CZ"), Map.entry("emirati", "AE"),
            Map.entry("uae", "AE"), Map.entry("filipino", "PH"),
            Map.entry("britannique", "GB"), Map.entry("britisch", "GB"), Map.entry("brits", "GB"),
            Map.entry("britanico", "GB"), Map.entry("britannico", "GB"), Map.entry("inglese", "GB"),
            Map.entry("ingles", "GB"), Map.entry("anglais", "GB"), Map.entry("engels", "GB"),
            Map.entry("belge", "BE"), Map.entry("belgisch", "BE"), Map.entry("belga", "BE"),
            Map.entry("oostenrijks", "AT"), Map.entry("austriaco", "AT"), Map.entry("luxembourgeois", "LU"),
            Map.entry("luxemburgs", "LU"), Map.entry("luxemburger", "LU"),
            Map.entry("irisch", "IE"), Map.entry("iers", "IE"), Map.entry("irlandes", "IE"),
            Map.entry("portugais", "PT"), Map.entry("portugiesisch", "PT"), Map.entry("portugees", "PT"),
            Map.entry("portuges", "PT"), Map.entry("portugues", "PT"), Map.entry("portoghese", "PT"),
            Map.entry("italiaans", "IT"), Map.entry("schweizer", "CH"),
            Map.entry("deens", "DK"), Map.entry("fins", "FI"), Map.entry("noors", "NO"), Map.entry("grieks", "GR"),
            Map.entry("turks", "TR"), Map.entry("turkisch", "TR"));
    /** Two-letter codes that are also words often written in capitals: not taken for a country. */
    private static final Set<String> CODES_THAT_ARE_WORDS = Set.of("AM", "AS", "AT", "BE", "BY", "DO", "GO", "HE",
            "ID", "IN", "IS", "IT", "ME", "MY", "NO", "ON", "OR", "PS", "SO", "TO", "TV", "UP", "WE");
    private static final CountryMentions SHIPPED = new CountryMentions();

    /** Normalised names (one to three words) to region codes; the irregular adjectives are {@link #ALIASES}. */
    private final Map<String, String> names = new HashMap<>();
    /** Single-word names with a final vowel or y dropped (Chin, Japan, Ital) to region codes, for adjectives. */
    private final Map<String, String> stems = new HashMap<>();
    private final Set<String> regions;

    private CountryMentions() {
        regions = Set.copyOf(com.google.i18n.phonenumbers.PhoneNumberUtil.getInstance().getSupportedRegions());
        for (String region : regions) {
            for (String lang : LANGUAGES) {
                String name = normalise(new Locale("", region).getDisplayCountry(Locale.forLanguageTag(lang)));
                if (name.isBlank() || name.split(" ").length > 3) {
                    continue;
                }
                names.putIfAbsent(name, region);
                if (name.indexOf(' ') < 0) {
                    String stem = name.replaceAll("[aeiouy]$", "");
                    if (stem.length() >= 4) {
                        stems.putIfAbsent(stem, region);
                    }
                }
            }
        }
    }

    static CountryMentions shipped() {
        return SHIPPED;
    }

    /**
     * The region (libphonenumber's code) of the country named nearest before {@code at}, within {@link #WINDOW}
     * characters, if any; two-letter codes count only if {@code codes} (they are also abbreviations and models'
     * names, "RT TT", so a caller asks for them only where a false one costs little).
     */
    Optional<String> before(String text, int at, boolean codes) {
        List<String> raw = words(text, Math.max(0, at - WINDOW), at);
        List<String> words = raw.stream().map(CountryMentions::normalise).toList();
        for (int i = words.size() - 1; i >= 0; i--) {
            for (int n = Math.min(3, i + 1); n >= 1; n--) {
                String region = names.get(String.join(" ", words.subList(i - n + 1, i + 1)));
                if (region != null) {
                    return Optional.of(region);
                }
            }
            String word = words.get(i);
            Optional<String> adjective = adjective(word).or(() -> adjective(uninflected(word)));
            if (adjective.isPresent()) {
                return adjective;
            }
            String code = raw.get(i);
            if (codes && code.length() == 2 && regions.contains(code) && !CODES_THAT_ARE_WORDS.contains(code)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    /** The words (runs of letters and their accents) in text[from, to); a run with a digit in it is left out. */
    private static List<String> words(String text, int from, int to) {
        List<String> words = new ArrayList<>();
        while (from > 0 && from < to && Character.isLetterOrDigit(text.charAt(from - 1))) {
            from++; // the window starts in a word: skip it, a piece of a word is no name
        }
        int start = -1;
        boolean digit = false;
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : ' ';
            boolean inWord = Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
            if (inWord && start < 0) {
                start = i;
                digit = false;
            }
            digit |= inWord && Character.isDigit(c);
            if (!inWord && start >= 0) {
                if (!digit) {
                    words.add(text.substring(start, i));
                }
                start = -1;
            }
        }
        return words;
    }

    /**
     * The adjective without an inflection: German and Dutch -e, -es, -en, -er, -em (spanische, Duitse, belgisches);
     * the Spanish and Italian feminine -a and Italian plural -i back to -o (austriaca).
     */
    private static String uninflected(String word) {
        for (String ending : List.of("es", "en", "er", "em", "e")) {
            if (word.length() > ending.length() + 3 && word.endsWith(ending)) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        if (word.length() > 5 && (word.endsWith("a") || word.endsWith("i"))) {
            return word.substring(0, word.length() - 1) + "o";
        }
        return word;
    }

    /** The region of an irregular adjective, or of a name with one of the {@link #ENDINGS} (Israeli, japanische). */
    private Optional<String> adjective(String word) {
        String alias = ALIASES.get(word);
        if (alias != null) {
            return Optional.of(alias);
        }
        for (int k = Math.min(word.length(), 12); k >= 4; k--) {
            String region = stems.get(word.substring(0, k));
            if (region != null && ENDINGS.contains(word.substring(k))) {
                return Optional.of(region);
            }
        }
        return Optional.empty();
    }

    /** Lower case, accents dropped, every run of non-letters one space, no leading or trailing space. */
    private static String normalise(String s) {
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ").trim();
    }
}
