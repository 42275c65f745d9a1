package dev.corpusaudit.ruleset;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Region codes of a policy: ISO 3166-1 alpha-2 country codes and the two groups a privacy policy names, {@code EU}
 * (the 27 member states) and {@code EEA} (the EU with Iceland, Liechtenstein and Norway).
 */
public final class RegionCodes {
    public static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
            "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");
    public static final Set<String> EEA;

    static {
        Set<String> eea = new HashSet<>(EU);
        eea.addAll(Set.of("IS", "LI", "NO"));
        EEA = Set.copyOf(eea);
    }

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private RegionCodes() {
    }

    /** Whether a policy may name this code: a country code or a group. */
    public static boolean isKnown(String code) {
        return "EU".equals(code) || "EEA".equals(code) || COUNTRIES.contains(code)
                || "GR".equals(code) || "UK".equals(code);
    }

    /** The country codes a policy's list stands for, groups expanded ({@code UK} read as {@code GB}). */
    public static Set<String> expand(Collection<String> codes) {
        Set<String> countries = new HashSet<>();
        if (codes != null) {
            for (String code : codes) {
                switch (code) {
                    case "EU" -> countries.addAll(EU);
                    case "EEA" -> countries.addAll(EEA);
                    case "UK" -> countries.add("GB");
                    default -> countries.add(code);
                }
            }
        }
        return Set.copyOf(countries);
    }
}
