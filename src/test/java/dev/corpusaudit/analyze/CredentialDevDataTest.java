package dev.corpusaudit.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corpusaudit.model.Json;
import dev.corpusaudit.ruleset.Ruleset;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Tag;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The credential rules on text nobody here wrote: the positive and negative examples of Nosey Parker's and
 * gitleaks' rules in {@code ../shared/data/dev}. Prints, per source rule family, recall on positives (an
 * {@code excluded.credentials} finding) and the false-alarm rate on negatives, and the totals. Many of their rules
 * are for providers we have no rule for: the totals count them, the per-family lines show which. gitleaks also has
 * bare secret values (label {@code positive_secret_value}, the value its tests build a positive around): they are
 * neither positives with their context nor negatives, and are counted apart. Skipped where the data is absent. Run: {@code mvn test -Dgroups=devdata -DexcludedGroups= -Dtest=CredentialDevDataTest}
 */
@Tag("devdata")
class CredentialDevDataTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"noseyparker, noseyparker_secret_rules/noseyparker_rule_examples.jsonl, 0.75, 0.10",
            "gitleaks, gitleaks_rule_examples/gitleaks_literal_examples.jsonl, 0.90, 0.12"})
    void recallAndFalseAlarms(String name, String file, double minRecall, double maxFalseAlarms) throws Exception {
        Path data = Path.of("../shared/data/dev").resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(data), "no dev data at " + data);
        PatternRules rules = new PatternRules(Ruleset.loadDefault().rules());
        Map<String, int[]> byFamily = new TreeMap<>(); // {positives, found, negatives, false alarms}
        // A negative of one source rule is often another rule's positive (a Slack bot token is a negative of the
        // user-token rule): a real secret, rightly reported. Those are counted apart.
        Set<String> positiveTexts = new HashSet<>();
        for (String line : Files.readAllLines(data)) {
            JsonNode c = Json.MAPPER.readTree(line);
            if (c.path("label").asText().startsWith("positive")) {
                positiveTexts.add(c.path("text").asText(""));
            }
        }
        int[] secretFree = new int[2]; // {negatives that are no rule's positive, false alarms on them}
        int[] bareValues = new int[2]; // {bare secret values, found}
        for (String line : Files.readAllLines(data)) {
            JsonNode c = Json.MAPPER.readTree(line);
            String text = c.path("text").asText("");
            if (text.isEmpty()) {
                continue;
            }
            String family = c.path("rule_id").asText("?").replaceAll("[.:]\\d+$", "");
            boolean found = rules.find(text, "en").stream().anyMatch(s -> s.category().equals("excluded.credentials"));
            int[] n = byFamily.computeIfAbsent(family, f -> new int[4]);
            if ("positive".equals(c.path("label").asText())) {
                n[0]++;
                n[1] += found ? 1 : 0;
            } else if ("positive_secret_value".equals(c.path("label").asText())) {
                bareValues[0]++;
                bareValues[1] += found ? 1 : 0;
            } else {
                n[2]++;
                n[3] += found ? 1 : 0;
                if (!positiveTexts.contains(text)) {
                    secretFree[0]++;
                    secretFree[1] += found ? 1 : 0;
                }
            }
        }
        int[] total = new int[4];
        byFamily.values().forEach(n -> {
            for (int i = 0; i < 4; i++) {
                total[i] += n[i];
            }
        });
        int[] covered = new int[4];
        byFamily.values().stream().filter(n -> n[1] > 0).forEach(n -> {
            for (int i = 0; i < 4; i++) {
                covered[i] += n[i];
            }
        });
        byFamily.forEach((family, n) -> {
            if (n[1] < n[0] || n[3] > 0) { // families with a miss or a false alarm
                System.out.printf("%s: %-40s positives %3d found %3d  negatives %3d alarms %3d%n", name, family, n[0],
                        n[1], n[2], n[3]);
            }
        });
        System.out.printf("%s: all rules: %d positives, recall %.3f; %d negatives, false alarms %.3f%n", name,
                total[0], total[1] / (double) Math.max(1, total[0]), total[2], total[3] / (double) Math.max(1, total[2]));
        System.out.printf("%s: families we detect at all (%d of %d): %d positives, recall %.3f; %d negatives, false "
                        + "alarms %.3f%n", name, byFamily.values().stream().filter(n -> n[1] > 0).count(),
                byFamily.size(), covered[0], covered[1] / (double) Math.max(1, covered[0]), covered[2],
                covered[3] / (double) Math.max(1, covered[2]));
        System.out.printf("%s: negatives that are no rule's positive: %d, false alarms %.3f%n", name, secretFree[0],
                secretFree[1] / (double) Math.max(1, secretFree[0]));
        if (bareValues[0] > 0) {
            System.out.printf("%s: bare secret values: %d, found %d%n", name, bareValues[0], bareValues[1]);
        }
        // Bounds just beyond today's figures (see the README), so that a rule change that loses ground fails here.
        assertTrue(total[1] >= minRecall * total[0], name + ": recall " + total[1] + "/" + total[0]);
        assertTrue(secretFree[1] <= maxFalseAlarms * secretFree[0],
                name + ": false alarms on secret-free negatives " + secretFree[1] + "/" + secretFree[0]);
    }
}
