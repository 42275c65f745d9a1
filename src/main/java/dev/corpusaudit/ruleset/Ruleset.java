package dev.corpusaudit.ruleset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.corpusaudit.ingest.MetadataCheck;
import dev.corpusaudit.model.Category;
import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.model.DataFiles;
import dev.corpusaudit.model.FileDigest;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A policy and the rules of its rule packs, validated. Its SHA-256 covers the policy file and every rule file
 * (path and bytes, in path order, each followed by the lexicon files it reads), so a report names exactly the rules
 * it applied.
 *
 * @param location    where it was loaded from, for messages and the manifest
 * @param categorizer the document categorizer model the policy names (its bytes are in the hash); null for none
 */
public record Ruleset(Policy policy, List<RuleSpec> rules, String sha256, String location, Path categorizer) {

    /** The policy the tool applies when {@code --ruleset} is not given. */
    public static final String DEFAULT_POLICY = "rulesets/linkedin-genai-2025.yaml";

    /** Languages rule terms and examples may be written in. */
    public static final Set<String> LANGUAGES = Set.of("en", "de", "fr", "nl", "es", "it", "pl", "pt", "sv");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** Loads the default policy: from the working folder when it has one, else the copy inside the jar. */
    public static Ruleset loadDefault() {
        Path local = Path.of(DEFAULT_POLICY);
        if (Files.isRegularFile(local)) {
            return load(local);
        }
        URL url = Ruleset.class.getResource("/" + DEFAULT_POLICY);
        if (url == null) {
            throw new ConfigException("the default ruleset " + DEFAULT_POLICY + " is missing from this build");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException ignored) {
                    // opened by an earlier load in this process
                }
            }
            return load(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new ConfigException("the default ruleset could not be opened: " + e.getMessage(), e);
        }
    }

    /** Loads and validates a policy file and its rule packs; any problem is a {@link ConfigException}. */
    public static Ruleset load(Path policyFile) {
        if (!Files.isRegularFile(policyFile)) {
            throw new ConfigException("ruleset not found: " + policyFile);
        }
        MessageDigest sha = FileDigest.newSha256();
        Policy policy = parse(policyFile, Policy.class, sha, policyFile.getFileName().toString());
        validatePolicy(policy, policyFile);
        validateThresholds(policy, policyFile);
        validateGate(policy, policyFile);
        validateProvenance(policy, policyFile);
        List<RuleSpec> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Path base = policyFile.toAbsolutePath().getParent();
        for (String pack : policy.rulePacks()) {
            Path folder = base.resolve(pack).normalize();
            if (!Files.isDirectory(folder)) {
                throw new ConfigException(where(policyFile, "rule_packs") + "rule pack folder '" + pack + "' not found");
            }
            for (Path file : yamlFiles(folder)) {
                String relative = base.relativize(file).toString().replace('\\', '/');
                RuleSpec rule = parse(file, RuleSpec.class, sha, relative).withFile(relative);
                validateRule(rule, file);
                try {
                    rule = rule.withExpandedTerms();
                } catch (IllegalArgumentException e) {
                    throw new ConfigException(where(file, "terms") + e.getMessage());
                }
                if (rule.lexicons() != null) {
                    rule = rule.withLexiconTerms(Lexicon.load(base, rule.lexicons(), where(file, "lexicons"), sha));
                }
                if (rule.stance() != null) {
                    rule = rule.withStanceTerms(Lexicon.load(base, rule.stance().lexicons(),
                            where(file, "stance.lexicons"), sha));
                }
                if (rule.model() != null) {
                    List<Path> models = new ArrayList<>();
                    for (String model : rule.model()) {
                        models.add(modelFile(base, model, where(file, "model"), sha));
                    }
                    rule = rule.withModelPath(List.copyOf(models));
                }
                if (!ids.add(rule.id())) {
                    throw new ConfigException(where(file, "id") + "rule id '" + rule.id() + "' is used twice");
                }
                rules.add(rule);
            }
        }
        Path categorizer = policy.categorizer() == null ? null
                : modelFile(base, policy.categorizer(), where(policyFile, "categorizer"), sha);
        return new Ruleset(policy, List.copyOf(rules), FileDigest.hex(sha), policyFile.toString(), categorizer);
    }

    /**
     * This ruleset with another categorizer model (a user's, from {@code scan --categorizer}); the hash then covers
     * that model instead of the policy's.
     */
    public Ruleset withCategorizer(Path model) {
        if (!Files.isRegularFile(model)) {
            throw new ConfigException("categorizer model not found: " + model);
        }
        MessageDigest sha = FileDigest.newSha256();
        sha.update(sha256.getBytes(StandardCharsets.UTF_8));
        hashFile(sha, model, model.getFileName().toString());
        return new Ruleset(policy, rules, FileDigest.hex(sha), location, model);
    }

    /** A model file the ruleset names (relative to its folder, inside it), added to the hash. */
    private static Path modelFile(Path base, String name, String where, MessageDigest sha) {
        Path file = base.resolve(name).normalize();
        if (!file.startsWith(base) || !Files.isRegularFile(file)) {
            throw new ConfigException(where + "model file '" + name + "' not found under " + base);
        }
        hashFile(sha, file, name);
        return file;
    }

    private static void hashFile(MessageDigest sha, Path file, String name) {
        hash(sha, name, DataFiles.bytes(file));
    }

    /** Adds one file of the ruleset to its hash: its name, a zero byte, its bytes. */
    static void hash(MessageDigest sha, String name, byte[] bytes) {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(bytes);
    }

    /** The rules of one type, in load order. */
    public List<RuleSpec> rulesOfType(String type) {
        return rules.stream().filter(r -> type.equals(r.type())).toList();
    }

    private static <T> T parse(Path file, Class<T> type, MessageDigest sha, String name) {
        byte[] bytes = DataFiles.bytes(file);
        hash(sha, name, bytes);
        try {
            T value = YAML.readValue(bytes, type);
            if (value == null) {
                throw new ConfigException(file + ": empty file");
            }
            return value;
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof JsonProcessingException syntax) {
                throw notYaml(file, syntax);
            }
            String message = e.getOriginalMessage().replaceAll(" \\(class [^)]*\\)", "")
                    .replaceAll(", not marked as ignorable.*", "");
            if (e.getPath().isEmpty()) {
                throw new ConfigException(file + ":" + line(e) + ": " + message, e);
            }
            // Jackson's location is where it noticed the problem, often the next line: name the field's own line.
            String last = e.getPath().get(e.getPath().size() - 1).getFieldName();
            String where = last == null ? file + ":" + line(e) + ": field '" + fieldPath(e) + "': " : where(file, last)
                    .replace("field '" + last + "'", "field '" + fieldPath(e) + "'");
            throw new ConfigException(where + message, e);
        } catch (JsonProcessingException e) {
            throw notYaml(file, e);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static void validatePolicy(Policy p, Path file) {
        require(p.id(), file, "id");
        require(p.title(), file, "title");
        requireVersion(p.version(), file);
        if (p.rulePacks() == null || p.rulePacks().isEmpty()) {
            throw new ConfigException(where(file, "rule_packs") + "at least one rule pack folder is required");
        }
        if (p.severities() != null) {
            p.severities().forEach((category, severity) -> {
                if (!category.endsWith(".*") && Category.byId(category).isEmpty()) {
                    throw new ConfigException(where(file, "severities") + "unknown category '" + category + "'");
                }
                if (!Set.of("low", "medium", "high", "critical").contains(severity)) {
                    throw new ConfigException(where(file, "severities") + "severity of '" + category
                            + "' must be low, medium, high or critical, not '" + severity + "'");
                }
            });
        }
        if (p.personNames() != null && !Set.of(Policy.NAMES_WITH_OTHER_FINDINGS, Policy.NAMES_EVERY_RECORD)
                .contains(p.personNames())) {
            throw new ConfigException(where(file, "person_names") + "person_names must be "
                    + Policy.NAMES_WITH_OTHER_FINDINGS + " or " + Policy.NAMES_EVERY_RECORD + ", not '"
                    + p.personNames() + "'");
        }
    }

    private static void validateGate(Policy p, Path file) {
        if (p.gate() == null) {
            return;
        }
        for (String condition : p.gate()) {
            try {
                GateCondition.parse(condition);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(where(file, "gate") + e.getMessage());
            }
        }
    }

    private static void validateThresholds(Policy p, Path file) {
        if (p.thresholds() == null) {
            return;
        }
        p.thresholds().forEach((category, threshold) -> {
            if (!category.endsWith(".*") && Category.byId(category).isEmpty()) {
                throw new ConfigException(where(file, "thresholds") + "unknown category '" + category + "'");
            }
            if (threshold == null || threshold <= 0 || threshold > 1) {
                throw new ConfigException(where(file, "thresholds") + "the threshold of '" + category
                        + "' must be in (0, 1], not " + threshold);
            }
        });
    }

    /** The keys of the checks that need provenance: excluded sources, minimum age, regions, opt-out, snapshot date. */
    private static void validateProvenance(Policy p, Path file) {
        if (p.excludedSources() != null) {
            for (String source : p.excludedSources()) {
                if (!Policy.SOURCE_CATEGORIES.containsKey(source)) {
                    throw new ConfigException(where(file, "excluded_sources") + "source '" + source + "' cannot be "
                            + "excluded: a policy can exclude " + String.join(" and ", new java.util.TreeSet<>(Policy.SOURCE_CATEGORIES.keySet())));
                }
            }
        }
        if (p.minimumAge() != null && (p.minimumAge() < 1 || p.minimumAge() > 120)) {
            throw new ConfigException(where(file, "minimum_age") + "minimum_age must be a whole number of years from 1 "
                    + "to 120, not " + p.minimumAge());
        }
        if (p.regions() != null) {
            for (List<String> codes : java.util.Arrays.asList(p.regions().optOut(), p.regions().excluded())) {
                for (String code : codes == null ? List.<String>of() : codes) {
                    if (code == null || !RegionCodes.isKnown(code)) {
                        throw new ConfigException(where(file, codes == p.regions().optOut() ? "opt_out" : "excluded")
                                + "'" + code + "' is not an ISO 3166-1 alpha-2 country code (upper case), EU or EEA");
                    }
                }
            }
        }
        if (p.optOut() != null && p.optOut().retroactive() == null) {
            throw new ConfigException(where(file, "retroactive") + "opt_out needs retroactive: true or false");
        }
        if (p.snapshotDate() != null) {
            try {
                java.time.LocalDate.parse(p.snapshotDate());
            } catch (java.time.format.DateTimeParseException e) {
                throw new ConfigException(where(file, "snapshot_date") + "snapshot_date must be a date (yyyy-MM-dd), "
                        + "not '" + p.snapshotDate() + "'");
            }
        }
    }

    private static void validateRule(RuleSpec r, Path file) {
        require(r.id(), file, "id");
        requireVersion(r.version(), file);
        require(r.category(), file, "category");
        if (Category.byId(r.category()).isEmpty()) {
            throw new ConfigException(where(file, "category") + "unknown category '" + r.category() + "'");
        }
        require(r.description(), file, "description");
        if (r.confidence() == null || r.confidence() <= 0 || r.confidence() > 1) {
            throw new ConfigException(where(file, "confidence") + "confidence must be in (0, 1]");
        }
        if (r.model() != null && !RuleSpec.DETECTOR.equals(r.type())) {
            throw new ConfigException(where(file, "model") + "only a detector rule uses a model");
        }
        if (r.model() != null && (r.model().isEmpty() || r.model().contains(null))) {
            throw new ConfigException(where(file, "model") + "model must name a file, or a list of files");
        }
        if (RuleSpec.DETECTOR.equals(r.type())) {
            require(r.detector(), file, "detector");
            if (r.minDigits() != null && r.minDigits() < 1) {
                throw new ConfigException(where(file, "min_digits") + "min_digits must be at least 1");
            }
        } else if (RuleSpec.PATTERN.equals(r.type())) {
            if (r.patterns() == null || r.patterns().isEmpty()
                    || r.patterns().stream().anyMatch(p -> p.name() == null || p.regex() == null)) {
                throw new ConfigException(where(file, "patterns") + "a pattern rule needs patterns, each with a name and a regex");
            }
            if (r.subject() != null && !List.of("self", "general").contains(r.subject())) {
                throw new ConfigException(where(file, "subject") + "subject must be 'self' or 'general', not '"
                        + r.subject() + "'");
            }
            if (r.personBoost() != null && !"general".equals(r.subject())) {
                throw new ConfigException(where(file, "person_boost") + "person_boost needs subject: general (a "
                        + "named person can only change whose data a match is when it is not the author's)");
            }
            if (r.minDigits() != null && r.minDigits() < 1) {
                throw new ConfigException(where(file, "min_digits") + "min_digits must be at least 1");
            }
            if (r.reach() != null && (r.reach() < 1
                    || r.minDigits() == null && (r.keywords() == null || r.keywords().isEmpty()))) {
                throw new ConfigException(where(file, "reach") + "reach must be at least 1, and needs min_digits or "
                        + "keywords to reach from");
            }
            if (r.context() != null && r.context().words() != null) {
                Map<String, List<String>> words = new java.util.HashMap<>(r.context().words());
                words.remove("any");
                checkLanguages(words, file, "context");
            }
        } else if (RuleSpec.PHRASE.equals(r.type())) {
            if ((r.terms() == null || r.terms().isEmpty()) && (r.lexicons() == null || r.lexicons().isEmpty())) {
                throw new ConfigException(where(file, "terms") + "a phrase rule needs terms per language or lexicons");
            }
            if (r.terms() != null) {
                checkLanguages(r.terms(), file, "terms");
            }
            if (r.personCues() != null) {
                checkLanguages(r.personCues(), file, "person_cues");
            }
            if (r.selfCues() != null) {
                checkLanguages(r.selfCues(), file, "self_cues");
            }
            if (r.except() != null) {
                checkLanguages(r.except(), file, "except");
            }
            if (r.unless() != null) {
                checkLanguages(r.unless(), file, "unless");
            }
        } else {
            throw new ConfigException(where(file, "type") + "type must be 'detector', 'pattern' or 'phrase', not '" + r.type() + "'");
        }
        if ((r.exact() != null || r.except() != null || r.unless() != null) && !RuleSpec.PHRASE.equals(r.type())) {
            throw new ConfigException(where(file, r.exact() != null ? "exact" : r.except() != null ? "except" : "unless")
                    + "only a phrase rule has exact, except or unless");
        }
        if (r.stance() != null) {
            checkStance(r.stance(), r, file);
        }
        if (r.sources() != null) {
            if (!RuleSpec.PHRASE.equals(r.type())) {
                throw new ConfigException(where(file, "sources") + "only a phrase rule has sources");
            }
            checkSources(r.sources(), file, "sources");
        }
        if (r.exceptSources() != null) {
            if (!RuleSpec.DETECTOR.equals(r.type()) || !"categorizer".equals(r.detector())) {
                throw new ConfigException(where(file, "except_sources") + "only a categorizer rule has except_sources");
            }
            checkSources(r.exceptSources(), file, "except_sources");
        }
        if (r.lexicons() != null && !RuleSpec.PHRASE.equals(r.type())) {
            throw new ConfigException(where(file, "lexicons") + "only a phrase rule reads lexicons");
        }
        if (r.examples() == null || r.examples().stream().noneMatch(e -> e.expect() != null && !e.expect().isEmpty())
                || r.examples().stream().noneMatch(e -> e.expect() == null || e.expect().isEmpty())) {
            throw new ConfigException(where(file, "examples")
                    + "a rule needs at least one positive and one near-miss negative example");
        }
        for (RuleSpec.Example example : r.examples()) {
            if (example.text() == null || example.lang() == null || !LANGUAGES.contains(example.lang())) {
                throw new ConfigException(where(file, "examples") + "every example needs a text and a known lang");
            }
        }
    }

    private static void checkStance(RuleSpec.Stance stance, RuleSpec r, Path file) {
        if (!RuleSpec.PHRASE.equals(r.type())) {
            throw new ConfigException(where(file, "stance") + "only a phrase rule has stance");
        }
        if (stance.lexicons() == null || stance.lexicons().isEmpty()) {
            throw new ConfigException(where(file, "stance.lexicons") + "stance needs lexicons of its expressions");
        }
        if (stance.boost() != null && (stance.boost() < 0 || stance.boost() > 1)) {
            throw new ConfigException(where(file, "stance.boost") + "boost must be between 0 and 1");
        }
    }

    private static void checkSources(List<String> sources, Path file, String field) {
        if (sources.isEmpty()) {
            throw new ConfigException(where(file, field) + field + " must name at least one source");
        }
        for (String source : sources) {
            if (!MetadataCheck.SOURCES.contains(source)) {
                throw new ConfigException(where(file, field) + "unknown source '" + source + "'; known: "
                        + String.join(", ", new java.util.TreeSet<>(MetadataCheck.SOURCES)));
            }
        }
    }

    private static void checkLanguages(Map<String, List<String>> byLang, Path file, String field) {
        for (var entry : byLang.entrySet()) {
            if (!LANGUAGES.contains(entry.getKey())) {
                throw new ConfigException(where(file, field) + "unknown language '" + entry.getKey() + "'");
            }
            if (entry.getValue() == null || entry.getValue().isEmpty()) {
                throw new ConfigException(where(file, field) + "no entries for language '" + entry.getKey() + "'");
            }
        }
    }

    private static void require(String value, Path file, String field) {
        if (value == null || value.isBlank()) {
            throw new ConfigException(file + ": missing required field '" + field + "'");
        }
    }

    private static void requireVersion(String version, Path file) {
        require(version, file, "version");
        if (!version.matches("\\d+\\.\\d+\\.\\d+")) {
            throw new ConfigException(where(file, "version") + "version must be MAJOR.MINOR.PATCH, not '" + version + "'");
        }
    }

    /** "file:line: field 'name': " for a field that is present (its first line), else "file: field 'name': ". */
    private static String where(Path file, String field) {
        try (Stream<String> lines = Files.lines(file)) {
            int[] n = {0};
            int line = lines.peek(l -> n[0]++).anyMatch(l -> l.stripLeading().startsWith(field + ":")) ? n[0] : 0;
            return file + (line > 0 ? ":" + line : "") + ": field '" + field + "': ";
        } catch (IOException | java.io.UncheckedIOException e) {
            return file + ": field '" + field + "': ";
        }
    }

    /** A YAML syntax error in one line: the parser's own lines, without its excerpt of the file. */
    private static ConfigException notYaml(Path file, JsonProcessingException e) {
        String reason = e.getOriginalMessage().lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                .map(String::strip).reduce((a, b) -> a + "; " + b).orElse("syntax error");
        return new ConfigException(file + ":" + line(e) + ": not valid YAML: " + reason, e);
    }

    private static String line(JsonProcessingException e) {
        return e.getLocation() == null ? "?" : String.valueOf(e.getLocation().getLineNr());
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() > 0 ? "." : "").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static List<Path> yamlFiles(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted(
                    (a, b) -> a.toString().compareTo(b.toString())).toList();
        } catch (IOException e) {
            throw new ConfigException("rule pack " + folder + " cannot be read: " + e.getMessage());
        }
    }

}
