package dev.corpusaudit.generate;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The languages the generator writes, with their share of records, the regions whose members write
 * them and the datafaker locales their names, companies and cities come from.
 */
enum Language {
    EN("en", 35, new String[]{"GB", "IE", "US", "CA"}, new int[]{62, 22, 10, 6}, List.of("en-GB", "en-IE", "en-US")),
    DE("de", 15, new String[]{"DE", "AT", "CH"}, new int[]{74, 14, 12}, List.of("de-DE", "de-AT", "de-CH")),
    FR("fr", 14, new String[]{"FR", "BE", "CH"}, new int[]{76, 15, 9}, List.of("fr-FR")),
    ES("es", 13, new String[]{"ES"}, new int[]{100}, List.of("es-ES")),
    IT("it", 12, new String[]{"IT"}, new int[]{100}, List.of("it-IT")),
    NL("nl", 11, new String[]{"NL", "BE"}, new int[]{76, 24}, List.of("nl-NL"));

    private static final WeightedPick<Language> BY_SHARE = WeightedPick.of(values(), l -> l.share);

    private final String code;
    private final int share;
    private final String[] regions;
    private final WeightedPick<String> regionPick;
    private final List<Locale> fakerLocales;

    Language(String code, int share, String[] regions, int[] regionWeights, List<String> fakerLocales) {
        this.code = code;
        this.share = share;
        this.regions = regions;
        this.regionPick = new WeightedPick<>(regions, regionWeights);
        this.fakerLocales = fakerLocales.stream().map(Locale::forLanguageTag).toList();
    }

    /** ISO 639-1 code, as written in {@code lang}. */
    String code() {
        return code;
    }

    /** The resource holding this language's sentence material. */
    String resource() {
        return "/generate/" + code + ".yaml";
    }

    List<Locale> fakerLocales() {
        return fakerLocales;
    }

    /** The ISO 3166-1 country of a member writing this language. */
    String pickRegion(SplittableRandom rng) {
        return regionPick.pick(rng);
    }

    static Language pick(SplittableRandom rng) {
        return BY_SHARE.pick(rng);
    }
}
