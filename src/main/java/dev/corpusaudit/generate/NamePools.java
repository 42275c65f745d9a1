package dev.corpusaudit.generate;

import net.datafaker.Faker;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * First names, last names, companies and cities of one language, drawn from datafaker once.
 * datafaker is far too slow to call per record, so the generator picks from these pools instead.
 * The pools use a fixed seed: they are the same in every run, and the generator's seed decides
 * only which entries a record gets.
 */
final class NamePools {
    private static final int NAMES = 400;
    private static final int COMPANIES = 250;
    private static final int CITIES = 150;
    private static final Map<Language, NamePools> CACHE = new EnumMap<>(Language.class);

    private final String[] firstNames;
    private final String[] lastNames;
    private final String[] companies;
    private final String[] cities;

    private NamePools(String[] firstNames, String[] lastNames, String[] companies, String[] cities) {
        this.firstNames = firstNames;
        this.lastNames = lastNames;
        this.companies = companies;
        this.cities = cities;
    }

    /** The pools of {@code language}, built on first use and kept for the life of the JVM. */
    static synchronized NamePools of(Language language) {
        return CACHE.computeIfAbsent(language, NamePools::build);
    }

    private static NamePools build(Language language) {
        List<Locale> locales = language.fakerLocales();
        Faker[] fakers = new Faker[locales.size()];
        for (int i = 0; i < fakers.length; i++) {
            fakers[i] = new Faker(locales.get(i), new Random(0x5EED_0000L + 31L * language.ordinal() + i));
        }
        return new NamePools(
                distinct(fakers, NAMES, f -> f.name()::firstName),
                distinct(fakers, NAMES, f -> f.name()::lastName),
                distinct(fakers, COMPANIES, f -> f.company()::name),
                distinct(fakers, CITIES, f -> f.address()::city));
    }

    /** Up to {@code size} distinct values, taken round-robin from the locales of the language. */
    private static String[] distinct(Faker[] fakers, int size, java.util.function.Function<Faker, Supplier<String>> source) {
        Set<String> values = new LinkedHashSet<>();
        // some locales have short lists; stop after a bounded number of tries rather than loop forever
        for (int tries = 0; values.size() < size && tries < size * 6; tries++) {
            String value = source.apply(fakers[tries % fakers.length]).get();
            if (value != null && !value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values.toArray(String[]::new);
    }

    String firstName(SplittableRandom rng) {
        return firstNames[rng.nextInt(firstNames.length)];
    }

    String lastName(SplittableRandom rng) {
        return lastNames[rng.nextInt(lastNames.length)];
    }

    String company(SplittableRandom rng) {
        return companies[rng.nextInt(companies.length)];
    }

    String city(SplittableRandom rng) {
        return cities[rng.nextInt(cities.length)];
    }
}
