package dev.corpusaudit.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corpusaudit.model.Json;
import dev.corpusaudit.model.Signal;
import dev.corpusaudit.ruleset.Ruleset;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The identifier detectors and rules on text nobody here wrote: Presidio's per-recognizer test cases in
 * {@code ../shared/data/dev/presidio_recognizer_tests} (valid and invalid cases, with spans). Per entity type we
 * cover: recall on positives (a finding of our category overlapping an expected span, or anywhere when the case has
 * no spans) and the false-alarm rate on negatives (any finding of our category). Presidio's expectations are its
 * own (some accept numbers without a checksum), so the figures are a guide, not a verdict. Skipped where the data
 * is absent. Run: {@code mvn test -Dgroups=devdata -DexcludedGroups= -Dtest=IdentifierDevDataTest}
 */
@Tag("devdata")
class IdentifierDevDataTest {
    private static final Path DATA = Path.of("../shared/data/dev/presidio_recognizer_tests/presidio_recognizer_cases.jsonl");

    /** Presidio entity type to our category and the language its cases are in. */
    private static final Map<String, String[]> COVERED = Map.ofEntries(
            Map.entry("CREDIT_CARD", new String[]{"excluded.payment_card", "en"}),
            Map.entry("IBAN_CODE", new String[]{"excluded.bank_account", "en"}),
            Map.entry("EMAIL_ADDRESS", new String[]{"pii.email", "en"}),
            Map.entry("PHONE_NUMBER", new String[]{"pii.phone", "en"}),
            Map.entry("IP_ADDRESS", new String[]{"pii.ip_address", "en"}),
            Map.entry("US_SSN", new String[]{"pii.national_id", "en"}),
            Map.entry("UK_NINO", new String[]{"pii.national_id", "en"}),
            Map.entry("ES_NIF", new String[]{"pii.national_id", "es"}),
            Map.entry("ES_NIE", new String[]{"pii.national_id", "es"}),
            Map.entry("IT_FISCAL_CODE", new String[]{"pii.national_id", "it"}),
            Map.entry("PL_PESEL", new String[]{"pii.national_id", "en"}),
            Map.entry("FI_PERSONAL_IDENTITY_CODE", new String[]{"pii.national_id", "en"}),
            Map.entry("SE_PERSONNUMMER", new String[]{"pii.national_id", "en"}),
            Map.entry("DE_TAX_ID", new String[]{"pii.national_id", "de"}));

    /** The types whose validator checks a check digit (Luhn, mod 97, mod 11, the DNI letter ...). */
    private static final List<String> CHECK_DIGIT = List.of("CREDIT_CARD", "IBAN_CODE", "ES_NIF", "ES_NIE",
            "IT_FISCAL_CODE", "PL_PESEL", "FI_PERSONAL_IDENTITY_CODE", "SE_PERSONNUMMER", "DE_TAX_ID");

    @Test
    void recallAndFalseAlarmsPerEntityType() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(DATA), "no dev data at " + DATA);
        Ruleset ruleset = Ruleset.loadDefault();
        PatternStage patterns = new PatternStage(ruleset.rules());
        Map<String, int[]> counts = new TreeMap<>(); // {positives, found, negatives, false alarms}
        for (String line : Files.readAllLines(DATA)) {
            JsonNode c = Json.MAPPER.readTree(line);
            if (!c.hasNonNull("text") || !c.path("entities").isArray() || c.path("entities").isEmpty()) {
                continue;
            }
            String type = c.path("entities").get(0).asText();
            String[] target = COVERED.get(type);
            if (target == null) {
                continue;
            }
            boolean positive = c.has("expected_valid") ? c.get("expected_valid").asBoolean()
                    : c.path("expected_len").asInt(0) > 0;
            String text = c.get("text").asText();
            List<Signal> found = patterns.find(text, target[1]);
            List<Signal> ours = found.stream().filter(s -> s.category().equals(target[0])).toList();
            int[] n = counts.computeIfAbsent(type, t -> new int[4]);
            if (positive) {
                n[0]++;
                n[1] += hit(ours, c.path("expected_spans")) ? 1 : 0;
            } else {
                n[2]++;
                n[3] += ours.isEmpty() ? 0 : 1;
            }
        }
        System.out.printf("%-28s %9s %7s %9s %12s%n", "presidio entity type", "positives", "recall", "negatives",
                "false alarms");
        counts.forEach((type, n) -> System.out.printf("%-28s %9d %7s %9d %12s%n", type, n[0],
                n[0] == 0 ? "-" : String.format("%.3f", n[1] / (double) n[0]), n[2],
                n[2] == 0 ? "-" : String.format("%.3f", n[3] / (double) n[2])));
        // The "checksum-valid identifiers" pooled: the types whose validator checks a check digit.
        int[] pooled = new int[4];
        CHECK_DIGIT.forEach(type -> {
            for (int i = 0; i < 4; i++) {
                pooled[i] += counts.getOrDefault(type, new int[4])[i];
            }
        });
        System.out.printf("%-28s %9d %7.3f %9d %12.3f%n", "all with a check digit", pooled[0],
                pooled[1] / (double) pooled[0], pooled[2], pooled[3] / (double) pooled[2]);
        // Floors just under today's figures, so that a rule change that loses ground fails here.
        assertRecallAtLeast(counts, "IBAN_CODE", 0.98);
        assertRecallAtLeast(counts, "PHONE_NUMBER", 0.95);
        assertRecallAtLeast(counts, "ES_NIF", 0.95);
        assertRecallAtLeast(counts, "FI_PERSONAL_IDENTITY_CODE", 0.95);
        assertRecallAtLeast(counts, "ES_NIE", 0.95);
        assertRecallAtLeast(counts, "UK_NINO", 0.95);
        assertRecallAtLeast(counts, "SE_PERSONNUMMER", 0.9);
        assertRecallAtLeast(counts, "IP_ADDRESS", 0.9);
        counts.forEach((type, n) ->
                assertTrue(n[3] <= Math.max(1, n[2] * 0.02), type + ": " + n[3] + " false alarms of " + n[2]));
    }

    private static void assertRecallAtLeast(Map<String, int[]> counts, String type, double floor) {
        int[] n = counts.get(type);
        assertTrue(n != null && n[1] >= floor * n[0], type + " recall " + (n == null ? "-" : n[1] + "/" + n[0]));
    }

    private static boolean hit(List<Signal> ours, JsonNode spans) {
        if (!spans.isArray() || spans.isEmpty()) {
            return !ours.isEmpty();
        }
        for (JsonNode span : spans) {
            for (Signal s : ours) {
                if (s.start() < span.get(1).asInt() && s.end() > span.get(0).asInt()) {
                    return true;
                }
            }
        }
        return false;
    }
}
