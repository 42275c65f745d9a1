package dev.corpusaudit.generate;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Makes e-mail addresses in the shapes people really use: first.last, initials, hyphens and
 * underscores, numbers, plus-tags, company domains with country TLDs and subdomains, free mail
 * providers, and the odd address in capitals; and the same written out ("anna at example dot com"). Also makes the
 * near misses: {@code @handle} mentions, which must not read as addresses.
 */
final class EmailAddresses {
    private static final String[] PLUS_TAGS = {"jobs", "linkedin", "news", "cv", "work", "recruiting", "2025"};
    private static final String[] SUBDOMAINS = {"mail", "eu", "hr", "jobs", "team", "corp", "uk", "mx"};

    private EmailAddresses() {
    }

    static String address(SplittableRandom rng, String first, String last, String company,
                          List<String> providers, List<String> tlds) {
        String address = localPart(rng, slugOrDefault(first, "info"), slugOrDefault(last, "contact"))
                + "@" + domain(rng, company, providers, tlds);
        int casing = rng.nextInt(100);
        if (casing < 5) {
            return address.toUpperCase(Locale.ROOT);
        }
        if (casing < 10) {
            return capitalizeLocalPart(address);
        }
        return address;
    }

    private static String localPart(SplittableRandom rng, String f, String l) {
        int shape = rng.nextInt(100);
        if (shape < 34) {
            return f + "." + l;
        } else if (shape < 44) {
            return f.charAt(0) + "." + l;
        } else if (shape < 51) {
            return f.charAt(0) + l;
        } else if (shape < 59) {
            return f + "-" + l;
        } else if (shape < 65) {
            return f + "_" + l;
        } else if (shape < 73) {
            return f + l + (10 + rng.nextInt(90));
        } else if (shape < 82) {
            return f + "." + l + "+" + PLUS_TAGS[rng.nextInt(PLUS_TAGS.length)];
        } else if (shape < 91) {
            return f;
        }
        return l + "." + f;
    }

    private static String domain(SplittableRandom rng, String company, List<String> providers, List<String> tlds) {
        int kind = rng.nextInt(100);
        if (kind < 45) {
            return providers.get(rng.nextInt(providers.size()));
        }
        String domain = companyDomain(rng, company) + "." + tlds.get(rng.nextInt(tlds.size()));
        return kind < 85 ? domain : SUBDOMAINS[rng.nextInt(SUBDOMAINS.length)] + "." + domain;
    }

    /** The second-level domain a company would register, e.g. {@code huber-partner}. */
    static String companyDomain(SplittableRandom rng, String company) {
        List<String> words = AsciiSlug.companyWords(company);
        if (words.isEmpty()) {
            return "firm" + rng.nextInt(100);
        }
        if (words.size() == 1 || rng.nextInt(100) < 60) {
            return words.get(0);
        }
        return words.get(0) + (rng.nextBoolean() ? "-" : "") + words.get(1);
    }

    /** {@code anna.berg at example dot com}: an address written out so that scrapers miss it. */
    static String obfuscated(SplittableRandom rng, String first, String last, String company, List<String> tlds) {
        String local = slugOrDefault(first, "info") + (rng.nextBoolean() ? "." + slugOrDefault(last, "contact") : "");
        String[] domain = {companyDomain(rng, company), tlds.get(rng.nextInt(tlds.size()))};
        return switch (rng.nextInt(3)) {
            case 0 -> local + " at " + domain[0] + " dot " + domain[1].replace(".", " dot ");
            case 1 -> local + " [at] " + domain[0] + " [dot] " + domain[1].replace(".", " [dot] ");
            default -> local + " (at) " + domain[0] + " (dot) " + domain[1].replace(".", " (dot) ");
        };
    }

    /** {@code @AnnaBerg}, {@code @anna_berg}: a mention, not an address. */
    static String handle(SplittableRandom rng, String first, String last, String company) {
        String f = slugOrDefault(first, "anna").replace("-", "");
        String l = slugOrDefault(last, "berg").replace("-", "");
        return "@" + switch (rng.nextInt(5)) {
            case 0 -> capitalize(f) + capitalize(l);
            case 1 -> f + "_" + l;
            case 2 -> f.charAt(0) + l;
            case 3 -> f + l + (rng.nextInt(90) + 10);
            default -> capitalize(companyDomain(rng, company).replace("-", ""));
        };
    }

    private static String slugOrDefault(String name, String fallback) {
        String slug = AsciiSlug.of(name);
        return slug.isEmpty() ? fallback : slug;
    }

    private static String capitalizeLocalPart(String address) {
        int at = address.indexOf('@');
        StringBuilder out = new StringBuilder(address);
        boolean start = true;
        for (int i = 0; i < at; i++) {
            char c = out.charAt(i);
            if (start && Character.isLetter(c)) {
                out.setCharAt(i, Character.toUpperCase(c));
            }
            start = c == '.' || c == '-' || c == '_';
        }
        return out.toString();
    }

    private static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
