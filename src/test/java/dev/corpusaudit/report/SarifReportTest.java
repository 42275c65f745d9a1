package dev.corpusaudit.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corpusaudit.model.Finding;
import dev.corpusaudit.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SARIF file against the SARIF 2.1.0 schema's rules, checked by hand (the schema cannot be fetched in the build):
 * its required properties, its enums, and for every object we write that its members are ones the schema allows
 * (the schema forbids any other: {@code additionalProperties: false}).
 */
class SarifReportTest {
    @TempDir
    Path dir;

    /** The members the schema defines for each object we write (a subset is enough: we may use no other). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("sarifLog", Set.of("$schema", "version", "runs", "inlineExternalProperties", "properties")),
            Map.entry("run", Set.of("tool", "invocations", "results", "artifacts", "logicalLocations", "properties",
                    "automationDetails", "columnKind", "originalUriBaseIds")),
            Map.entry("tool", Set.of("driver", "extensions", "properties")),
            Map.entry("toolComponent", Set.of("name", "version", "semanticVersion", "informationUri", "rules",
                    "properties", "fullName", "organization")),
            Map.entry("reportingDescriptor", Set.of("id", "name", "shortDescription", "fullDescription", "helpUri",
                    "help", "defaultConfiguration", "properties")),
            Map.entry("multiformatMessageString", Set.of("text", "markdown", "properties")),
            Map.entry("result", Set.of("ruleId", "ruleIndex", "rule", "kind", "level", "message", "locations",
                    "partialFingerprints", "fingerprints", "properties")),
            Map.entry("message", Set.of("text", "markdown", "id", "arguments", "properties")),
            Map.entry("location", Set.of("id", "physicalLocation", "logicalLocations", "message", "properties")),
            Map.entry("logicalLocation", Set.of("name", "index", "fullyQualifiedName", "decoratedName",
                    "parentIndex", "kind", "properties")),
            Map.entry("physicalLocation", Set.of("address", "artifactLocation", "region", "contextRegion",
                    "properties")),
            Map.entry("artifactLocation", Set.of("uri", "uriBaseId", "index", "description", "properties")),
            Map.entry("region", Set.of("startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength",
                    "byteOffset", "byteLength", "snippet", "message", "sourceLanguage", "properties")));

    private static final List<ReportContent.RuleRow> RULES = List.of(
            new ReportContent.RuleRow("health.diagnosis", "1.0.0", "special.health", "phrase",
                    "A diagnosis disclosed", "GDPR Art. 9(1)", 1),
            new ReportContent.RuleRow("politics.party", "1.0.0", "special.political", "phrase",
                    "Party membership", "GDPR Art. 9(1)", 0),
            new ReportContent.RuleRow("pii.email", "1.0.0", "pii.email", "detector", "An e-mail address", null, 1),
            new ReportContent.RuleRow("card.luhn", "1.0.0", "excluded.payment_card", "pattern", "A card number",
                    "the policy linkedin-genai-2025", 1),
            new ReportContent.RuleRow("minor.age", "1.0.0", null, "check", "A member under the minimum age",
                    "the policy linkedin-genai-2025", 1));

    private Path writeFindings(String name, List<Finding> findings) throws IOException {
        Path file = dir.resolve(name);
        try (var out = Files.newOutputStream(file)) {
            for (Finding f : findings) {
                out.write(FindingsFile.line(f));
            }
        }
        return file;
    }

    private JsonNode sarif(List<Finding> findings) throws IOException {
        Path sarif = dir.resolve(SarifReport.FILE);
        SarifReport.write(writeFindings("findings.jsonl", findings), sarif, RULES);
        return Json.MAPPER.readTree(sarif.toFile());
    }

    @Test
    void aFindingThatKnowsItsInputHasAPhysicalLocation() throws IOException {
        List<Finding> located = List.of(
                ReportFixtures.findings().get(0).withInput("sample data/corpus.jsonl", 17L),
                ReportFixtures.findings().get(3).withInput("/data/texts/a b.txt", null));
        JsonNode results = sarif(located).get("runs").get(0).get("results");
        JsonNode first = results.get(0).get("locations").get(0).get("physicalLocation");
        allowed("physicalLocation", first);
        allowed("artifactLocation", first.get("artifactLocation"));
        allowed("region", first.get("region"));
        assertEquals("sample%20data/corpus.jsonl", first.get("artifactLocation").get("uri").asText());
        assertEquals(17, first.get("region").get("startLine").asInt());
        JsonNode second = results.get(1).get("locations").get(0).get("physicalLocation");
        assertEquals("file:///data/texts/a%20b.txt", second.get("artifactLocation").get("uri").asText());
        assertFalse(second.has("region"), "a .txt record is the whole file: no line");
    }

    @Test
    void requiredPropertiesAndOnlyAllowedMembers() throws IOException {
        JsonNode log = sarif(ReportFixtures.findings());
        allowed("sarifLog", log);
        assertEquals("2.1.0", log.get("version").asText());
        assertEquals(SarifReport.SCHEMA, log.get("$schema").asText());
        assertEquals(1, log.get("runs").size());
        JsonNode run = log.get("runs").get(0);
        allowed("run", run);
        allowed("tool", run.get("tool"));
        JsonNode driver = run.get("tool").get("driver");
        allowed("toolComponent", driver);
        assertEquals("corpus-audit", driver.get("name").asText());

        List<String> ruleIds = new ArrayList<>();
        for (JsonNode rule : driver.get("rules")) {
            allowed("reportingDescriptor", rule);
            allowed("multiformatMessageString", rule.get("shortDescription"));
            assertTrue(rule.get("shortDescription").get("text").isTextual());
            ruleIds.add(rule.get("id").asText());
        }
        // rules with findings, in ruleset order; the rule without findings is left out
        assertEquals(List.of("health.diagnosis", "pii.email", "card.luhn", "minor.age"), ruleIds);
        assertEquals("GDPR Art. 9(1)", driver.get("rules").get(0).get("properties").get("legal_reference").asText());
        assertEquals("special.health", driver.get("rules").get(0).get("properties").get("category").asText());

        assertEquals(4, run.get("results").size());
        for (JsonNode result : run.get("results")) {
            allowed("result", result);
            allowed("message", result.get("message"));
            assertFalse(result.get("message").get("text").asText().isEmpty());
            assertTrue(Set.of("none", "note", "warning", "error").contains(result.get("level").asText()));
            String ruleId = result.get("ruleId").asText();
            assertEquals(ruleId, ruleIds.get(result.get("ruleIndex").asInt()));
            assertEquals(1, result.get("locations").size());
            JsonNode location = result.get("locations").get(0);
            allowed("location", location);
            allowed("logicalLocation", location.get("logicalLocations").get(0));
            Iterator<JsonNode> fingerprints = result.get("partialFingerprints").elements();
            assertTrue(fingerprints.next().isTextual());
            assertFalse(fingerprints.hasNext());
        }
    }

    private static void allowed(String type, JsonNode node) {
        assertTrue(node.isObject(), type + " is not an object: " + node);
        node.fieldNames().forEachRemaining(name -> assertTrue(ALLOWED.get(type).contains(name),
                type + " may not have '" + name + "'"));
    }

    @Test
    void aResultSaysWhatTheFindingSays() throws IOException {
        JsonNode results = sarif(ReportFixtures.findings()).get("runs").get(0).get("results");
        JsonNode health = results.get(0);
        assertEquals("health.diagnosis", health.get("ruleId").asText());
        assertEquals("error", health.get("level").asText());
        assertEquals("special.health: phrase 'diagnosed with' + first-person context (+0.2); evidence (masked): "
                + "Last spring I was [diagnosed with] type 2 d…", health.get("message").get("text").asText());
        JsonNode logical = health.get("locations").get(0).get("logicalLocations").get(0);
        assertEquals("p-1", logical.get("fullyQualifiedName").asText());
        assertEquals("record", logical.get("kind").asText());
        assertEquals("fab7d8516917fa38b7a0f3dcf525e3df",
                health.get("partialFingerprints").get(SarifReport.FINGERPRINT_KEY).asText());
        JsonNode properties = health.get("properties");
        assertEquals(17, properties.get("start").asInt());
        assertEquals(31, properties.get("end").asInt());
        assertEquals("self", properties.get("subject").asText());
        assertEquals(0.86, properties.get("confidence").asDouble());

        // a record-level finding has no offsets; hostile evidence stays a plain string
        JsonNode minor = results.get(3);
        assertFalse(minor.get("properties").has("start"));
        assertEquals("912571078b9929ee4454812c691b50cc",
                minor.get("partialFingerprints").get(SarifReport.FINGERPRINT_KEY).asText());
        assertTrue(results.get(1).get("message").get("text").asText().endsWith(ReportFixtures.HYPERLINK));
        assertEquals("warning", results.get(1).get("level").asText());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"critical,error", "high,error", "medium,warning", "low,note",
            "null,warning"})
    void severityBecomesALevel(String severity, String level) {
        assertEquals(level, SarifReport.level(severity));
    }

    @Test
    void fingerprintsDoNotDependOnLineOrderAndTheOutputIsDeterministic() throws IOException {
        List<Finding> findings = ReportFixtures.findings();
        Map<String, String> inOrder = fingerprintsByRecord(sarif(findings));
        byte[] first = Files.readAllBytes(dir.resolve(SarifReport.FILE));
        SarifReport.write(dir.resolve("findings.jsonl"), dir.resolve(SarifReport.FILE), RULES);
        assertArrayEquals(first, Files.readAllBytes(dir.resolve(SarifReport.FILE)));

        List<Finding> shuffled = new ArrayList<>();
        for (Finding f : findings) {
            shuffled.add(f.withSeq(f.seq() + 100).withConfidence(0.5, "another explanation"));
        }
        Collections.shuffle(shuffled, new Random(7));
        assertEquals(inOrder, fingerprintsByRecord(sarif(shuffled)));
        assertEquals(4, new HashSet<>(inOrder.values()).size());
    }

    private static Map<String, String> fingerprintsByRecord(JsonNode log) {
        Map<String, String> byRecord = new TreeMap<>();
        for (JsonNode result : log.get("runs").get(0).get("results")) {
            byRecord.put(result.get("locations").get(0).get("logicalLocations").get(0).get("fullyQualifiedName")
                    .asText(), result.get("partialFingerprints").get(SarifReport.FINGERPRINT_KEY).asText());
        }
        return byRecord;
    }

    @Test
    void theFingerprintChangesWithWhatIdentifiesAFindingAndIsNotInFindingsJsonl() {
        Finding f = ReportFixtures.findings().get(0);
        Finding moved = new Finding(0, f.recordId(), f.category(), f.subject(), f.ruleId(), f.ruleVersion(),
                f.detector(), f.confidence(), f.severity(), f.lang(), f.start() + 1, f.end(), f.evidence(),
                f.explanation());
        Finding otherField = new Finding(0, f.recordId(), f.category(), f.subject(), f.ruleId(), f.ruleVersion(),
                f.detector(), f.confidence(), f.severity(), f.lang(), f.start(), f.end(), f.evidence(),
                f.explanation(), "headline");
        assertNotEquals(f.fingerprint(), moved.fingerprint());
        assertNotEquals(f.fingerprint(), otherField.fingerprint());
        assertFalse(new String(FindingsFile.line(f), StandardCharsets.UTF_8).contains("fingerprint"));
    }

    @Test
    void noFindingsGiveAValidEmptyRun() throws IOException {
        JsonNode run = sarif(List.of()).get("runs").get(0);
        assertEquals(0, run.get("results").size());
        assertTrue(run.get("results").isArray());
    }
}
