package dev.corpusaudit.nlp;

import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.model.DataFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The names that fill the training templates ({@link NameSentences}): the first-name lexicon
 * ({@code first-names.txt}) and last names by locale ({@code last-names/<locale>.txt}), from a lexicon folder
 * ({@code rulesets/lexicons}). A full name takes its last name from the template's language half of the time and
 * from any locale otherwise (people in a country's posts have names from everywhere), with the locale's habits: Dutch
 * tussenvoegsels (van der Berg), Spanish double surnames, German "von", English middle initials.
 */
public final class NamePool {
    private static final List<String> NL_PARTICLES = List.of("van", "de", "van der", "van den", "van de", "ter", "de");

    private final List<String> first;
    private final Map<String, List<String>> last;
    private final List<String> locales;

    private NamePool(List<String> first, Map<String, List<String>> last) {
        if (first.isEmpty() || last.values().stream().allMatch(List::isEmpty)) {
            throw new ConfigException("the name lists are empty: first-names.txt and last-names/*.txt need names");
        }
        this.first = first;
        this.last = last;
        this.locales = last.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }

    /** The pool of a lexicon folder: {@code first-names.txt} and the files of {@code last-names/}. */
    public static NamePool read(Path folder) {
        List<String> first = lines(folder.resolve("first-names.txt"));
        Map<String, List<String>> last = new TreeMap<>();
        Path lastDir = folder.resolve("last-names");
        try (Stream<Path> list = Files.list(lastDir)) {
            for (Path file : list.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = file.getFileName().toString();
                last.put(name.substring(0, name.length() - 4), lines(file));
            }
        } catch (IOException e) {
            throw new ConfigException(lastDir + ": cannot be read (" + e.getMessage() + ")");
        }
        return new NamePool(first, last);
    }

    /** The files the pool is read from, in the order {@link #read} reads them (for the training data's hash). */
    public static List<Path> files(Path folder) {
        List<Path> files = new ArrayList<>(List.of(folder.resolve("first-names.txt")));
        try (Stream<Path> list = Files.list(folder.resolve("last-names"))) {
            list.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new ConfigException(folder.resolve("last-names") + ": cannot be read (" + e.getMessage() + ")");
        }
        return files;
    }

    /** The names {@code keep} accepts: a held-out share for measuring on names the model never saw. */
    public NamePool filter(Predicate<String> keep) {
        Map<String, List<String>> kept = new TreeMap<>();
        last.forEach((locale, names) -> kept.put(locale, names.stream().filter(keep).toList()));
        List<String> firstKept = first.stream().filter(keep).toList();
        if (firstKept.isEmpty() || kept.values().stream().allMatch(List::isEmpty)) {
            throw new ConfigException("too few names to keep a share of them apart for the held-out folds: give more "
                    + "names, fewer --folds, or --folds 0");
        }
        return new NamePool(firstKept, kept);
    }

    String first(Random random) {
        return first.get(random.nextInt(first.size()));
    }

    String last(String lang, Random random) {
        String locale = last.containsKey(lang) && !last.get(lang).isEmpty() && random.nextBoolean() ? lang
                : locales.get(random.nextInt(locales.size()));
        List<String> names = last.get(locale);
        String name = names.get(random.nextInt(names.size()));
        double r = random.nextDouble();
        return switch (locale) {
            case "nl" -> r < 0.35 ? NL_PARTICLES.get(random.nextInt(NL_PARTICLES.size())) + " " + name : name;
            case "es" -> r < 0.3 ? name + " " + names.get(random.nextInt(names.size())) : name;
            case "de" -> r < 0.03 ? "von " + name : name;
            default -> name;
        };
    }

    String full(String lang, Random random) {
        String given = first(random);
        if (lang.equals("en") && random.nextDouble() < 0.08) {
            given += " " + (char) ('A' + random.nextInt(26)) + ".";
        }
        return given + " " + last(lang, random);
    }

    private static List<String> lines(Path file) {
        List<String> out = new ArrayList<>();
        for (String line : DataFiles.utf8(file, DataFiles.bytes(file)).split("\r?\n")) {
            line = line.strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                out.add(line);
            }
        }
        return out;
    }
}
