package dev.corpusaudit.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.corpusaudit.model.FileDigest;
import dev.corpusaudit.ruleset.Ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks a report folder against its {@code manifest.json}: every output listed is hashed again (relative to the
 * folder), every input listed is hashed again where it still is at its recorded path, and every file of the folder
 * that the manifest does not list is named. Only the manifest itself and its signature are exempt. Optionally, a
 * ruleset is checked to be the one the scan used.
 */
public final class ManifestCheck {
    /** How many hex digits of a SHA-256 a problem shows: enough to tell two files apart by eye. */
    private static final int SHA_PREFIX = 12;

    /** What is wrong with one file. */
    public enum Status {
        /** Same size, other bytes. */
        CHANGED,
        /** Another size (and so other bytes). */
        SIZE_DIFFERS,
        /** Listed, but not there. */
        MISSING,
        /** There, but not listed. */
        EXTRA,
        /** Listed at a path that leaves the report folder: a manifest no scan writes. */
        OUTSIDE,
        /** The manifest itself is not JSON of its form, so nothing else could be checked. */
        UNREADABLE;

        /** The word a problem line starts with. */
        public String word() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /**
     * One file that does not match.
     *
     * @param role   {@code output} or {@code input}
     * @param path   as the manifest records it (an extra file: relative to the report folder)
     * @param detail what differs: expected and found size or SHA-256 prefix
     */
    public record Problem(Status status, String role, String path, String detail) {
        /** One line for stdout: status, role, path and detail, separated by tabs (none inside a file's name). */
        public String line() {
            return status.word() + "\t" + role + "\t" + path.replaceAll("\\p{Cntrl}", "?") + "\t" + detail;
        }
    }

    /**
     * The outcome.
     *
     * @param manifest       null when it is unreadable
     * @param outputsChecked outputs listed (each either matched or is a problem)
     * @param inputsChecked  inputs found at their recorded path and hashed
     * @param inputsAbsent   inputs not at their recorded path, so not checked (a report moved to another machine)
     */
    public record Result(Manifest.Content manifest, List<Problem> problems, int outputsChecked, int inputsChecked,
                         int inputsAbsent) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private ManifestCheck() {
    }

    /** Checks {@code reportDir}; the caller makes sure it holds a {@code manifest.json}. */
    public static Result check(Path reportDir) throws IOException {
        return check(reportDir, null);
    }

    /**
     * Checks {@code reportDir} and, when {@code ruleset} is not null, that it is the ruleset the scan used (the same
     * SHA-256 over its policy, rules, lexicons and models).
     */
    public static Result check(Path reportDir, Ruleset ruleset) throws IOException {
        Manifest.Content manifest;
        try {
            manifest = Manifest.read(reportDir);
        } catch (JsonProcessingException e) {
            return unreadable(e.getOriginalMessage());
        }
        if (manifest.outputs() == null || manifest.inputs() == null || manifest.ruleset() == null) {
            return unreadable("it lists no ruleset, inputs or outputs");
        }
        Path root = reportDir.toAbsolutePath().normalize();
        List<Problem> problems = new ArrayList<>();
        Set<Path> listed = new HashSet<>();
        for (FileDigest expected : manifest.outputs()) {
            Path file = root.resolve(expected.path()).normalize();
            if (!file.startsWith(root)) {
                problems.add(new Problem(Status.OUTSIDE, "output", expected.path(), "not inside the report folder"));
                continue;
            }
            listed.add(file);
            compare("output", expected, file, problems);
        }
        if (ruleset != null && !ruleset.sha256().equals(manifest.ruleset().sha256())) {
            problems.add(new Problem(Status.CHANGED, "ruleset", ruleset.location(), "sha256 "
                    + prefix(manifest.ruleset().sha256()) + " expected, " + prefix(ruleset.sha256()) + " found"));
        }
        int inputsChecked = 0;
        int inputsAbsent = 0;
        for (FileDigest expected : manifest.inputs()) {
            Path file = Path.of(expected.path());
            if (Files.isRegularFile(file)) {
                compare("input", expected, file, problems);
                inputsChecked++;
            } else {
                inputsAbsent++;
            }
        }
        for (Path file : filesIn(root)) {
            if (!listed.contains(file)) {
                problems.add(new Problem(Status.EXTRA, "output", root.relativize(file).toString().replace('\\', '/'),
                        "in the report folder, not in the manifest"));
            }
        }
        return new Result(manifest, List.copyOf(problems), manifest.outputs().size(), inputsChecked, inputsAbsent);
    }

    private static Result unreadable(String why) {
        return new Result(null, List.of(new Problem(Status.UNREADABLE, "manifest", Manifest.FILE, why)), 0, 0, 0);
    }

    private static void compare(String role, FileDigest expected, Path file, List<Problem> problems)
            throws IOException {
        if (!Files.isRegularFile(file)) {
            problems.add(new Problem(Status.MISSING, role, expected.path(), "listed in the manifest, not found"));
            return;
        }
        FileDigest actual = FileDigest.of(file, expected.path());
        if (actual.sha256().equals(expected.sha256()) && actual.bytes() == expected.bytes()) {
            return;
        }
        String sha = "sha256 " + prefix(expected.sha256()) + " expected, " + prefix(actual.sha256()) + " found";
        if (actual.bytes() != expected.bytes()) {
            problems.add(new Problem(Status.SIZE_DIFFERS, role, expected.path(), String.format(Locale.ROOT,
                    "%d bytes expected, %d found; %s", expected.bytes(), actual.bytes(), sha)));
        } else {
            problems.add(new Problem(Status.CHANGED, role, expected.path(), sha));
        }
    }

    private static String prefix(String sha256) {
        return sha256 == null ? "(none)" : sha256.substring(0, Math.min(SHA_PREFIX, sha256.length()));
    }

    /** Every regular file of the folder but the manifest and its signature, sorted. */
    private static List<Path> filesIn(Path root) throws IOException {
        Path manifest = root.resolve(Manifest.FILE);
        Path signature = root.resolve(ManifestSignature.FILE);
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.equals(manifest) && !p.equals(signature))
                    .sorted().toList();
        }
    }
}
