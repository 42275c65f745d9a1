package dev.corpusaudit.ruleset;

import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.model.DataFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A lexicon: facts a phrase rule matches (party names, denominations, conditions, medications), kept as data beside
 * the rules, one folder per lexicon with one file per language ({@code en.txt}, {@code de.txt}, ...) and optionally
 * {@code any.txt}, whose terms (proper names) join every language of the lexicon. One term a line, a word or a
 * phrase; {@code #} starts a comment. A rule names its lexicons by path, relative to the policy file's folder
 * ({@code lexicons: [lexicons/special/political-parties]}).
 */
final class Lexicon {
    static final String ANY = "any";

    private Lexicon() {
    }

    /**
     * The terms per language of the lexicons a rule names, in order, each file's path and bytes added to the
     * ruleset's hash; a missing folder, an unknown language file or a line that is no term is a
     * {@link ConfigException} naming the rule's field ({@code where}) or the lexicon file and line.
     */
    static Map<String, List<String>> load(Path base, List<String> paths, String where, MessageDigest sha) {
        Map<String, List<String>> terms = new LinkedHashMap<>();
        for (String path : paths) {
            Path folder = base.resolve(path).normalize();
            if (!folder.startsWith(base) || !Files.isDirectory(folder)) {
                throw new ConfigException(where + "lexicon folder '" + path + "' not found under " + base);
            }
            List<String> any = List.of();
            Map<String, List<String>> byLang = new LinkedHashMap<>();
            for (Path file : files(folder)) {
                String name = file.getFileName().toString();
                String lang = name.substring(0, name.length() - ".txt".length());
                if (!lang.equals(ANY) && !Ruleset.LANGUAGES.contains(lang)) {
                    throw new ConfigException(file + ": a lexicon file is named after its language (en.txt, de.txt, "
                            + "... or any.txt), not '" + name + "'");
                }
                List<String> read = read(file, base.relativize(file).toString().replace('\\', '/'), sha);
                if (lang.equals(ANY)) {
                    any = read;
                } else {
                    byLang.put(lang, read);
                }
            }
            if (byLang.isEmpty()) {
                throw new ConfigException(where + "lexicon '" + path + "' has no language file (en.txt, de.txt, ...)");
            }
            for (Map.Entry<String, List<String>> e : byLang.entrySet()) {
                List<String> list = terms.computeIfAbsent(e.getKey(), l -> new ArrayList<>());
                list.addAll(e.getValue());
                list.addAll(any);
            }
        }
        return terms;
    }

    private static List<String> read(Path file, String name, MessageDigest sha) {
        byte[] bytes = DataFiles.bytes(file);
        String text = DataFiles.utf8(file, bytes);
        Ruleset.hash(sha, name, bytes);
        List<String> terms = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            String term = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (term.isEmpty()) {
                continue;
            }
            if (term.codePoints().noneMatch(Character::isLetterOrDigit)) {
                throw new ConfigException(file + ":" + (i + 1) + ": '" + term + "' is no term (no letter or digit)");
            }
            terms.add(term);
        }
        if (terms.isEmpty()) {
            throw new ConfigException(file + ": no terms");
        }
        return terms;
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new ConfigException("lexicon " + folder + " cannot be read: " + e.getMessage());
        }
    }
}
