package dev.corpusaudit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corpusaudit.model.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A scan with every register: which records become which record-level findings, and what the summary counts. */
class ProvenanceEndToEndTest {
    @TempDir
    static Path dir;
    static Path out;
    static Map<String, List<JsonNode>> byRecord = new TreeMap<>();
    static JsonNode summary;
    static List<JsonNode> rejected = new ArrayList<>();

    private static final String DM = "Hi Marta, thanks for accepting my request. I run the platform team at a logistics "
            + "company in Rotterdam and we are looking for someone to lead our migration to event streaming next year.";

    @BeforeAll
    static void scan() throws IOException {
        Files.writeString(dir.resolve("corpus.jsonl"), String.join("\n",
                "{\"id\":\"dm\",\"text\":\"See you Tuesday!\",\"member_id\":\"m1\",\"source\":\"message\",\"region\":\"NL\",\"created_at\":\"2025-10-01\"}",
                "{\"id\":\"apply\",\"text\":\"Please find my CV attached.\",\"member_id\":\"m1\",\"source\":\"job_application\",\"region\":\"NL\",\"created_at\":\"2025-10-02\"}",
                "{\"id\":\"teen\",\"text\":\"First day of my internship!\",\"member_id\":\"m2\",\"source\":\"post\",\"region\":\"DE\",\"created_at\":\"2025-10-03\",\"member_age\":16}",
                "{\"id\":\"teen-registry\",\"text\":\"Proud of our robotics club.\",\"member_id\":\"m3\",\"source\":\"post\",\"created_at\":\"2025-10-04\"}",
                "{\"id\":\"no-age\",\"text\":\"Great talk today.\",\"member_id\":\"m4\",\"source\":\"comment\",\"region\":\"FR\",\"created_at\":\"2025-10-05\"}",
                "{\"id\":\"opted-out\",\"text\":\"Our quarterly numbers are in.\",\"member_id\":\"m5\",\"source\":\"post\",\"region\":\"IT\",\"created_at\":\"2025-09-01\",\"member_age\":41}",
                "{\"id\":\"opted-out-later\",\"text\":\"Hiring in Milan.\",\"member_id\":\"m6\",\"source\":\"post\",\"region\":\"IT\",\"created_at\":\"2025-09-01\",\"member_age\":39}",
                "{\"id\":\"leak\",\"text\":\"Unbelievable what lands in my inbox: " + DM.replace("next year", "in 2026") + "\",\"member_id\":\"m7\",\"source\":\"post\",\"region\":\"NL\",\"created_at\":\"2025-10-06\",\"member_age\":35}",
                "{\"id\":\"pay\",\"text\":\"Two years in and my pay is now 58.500 EUR, not bad.\",\"member_id\":\"m8\",\"source\":\"post\",\"region\":\"NL\",\"created_at\":\"2025-10-07\",\"member_age\":29}",
                "{\"id\":\"us\",\"text\":\"Hello from Austin.\",\"member_id\":\"m9\",\"source\":\"post\",\"region\":\"US\",\"created_at\":\"2025-10-08\",\"member_age\":33}",
                "{\"id\":\"bad-age\",\"text\":\"Hello.\",\"member_id\":\"m10\",\"source\":\"post\",\"region\":\"NL\",\"member_age\":\"old\"}",
                "{\"id\":\"says-16\",\"text\":\"I'm 16 and I just finished my first internship at a bakery!\",\"source\":\"post\",\"lang\":\"en\"}",
                "{\"id\":\"inmail\",\"text\":\"Are you open to a chat?\",\"member_id\":\"m11\",\"source\":\"InMail\",\"region\":\"NL\",\"created_at\":\"2025-10-09\",\"member_age\":30}",
                "{\"id\":\"chat\",\"text\":\"Can you send me the report by Friday? Thanks!\",\"member_id\":\"m11\",\"source\":\"chat\",\"region\":\"NL\",\"created_at\":\"2025-10-09\",\"member_age\":30}",
                "{\"id\":\"parent\",\"text\":\"My daughter is 16 and she just finished her first internship at a bakery!\",\"source\":\"post\",\"lang\":\"en\"}") + "\n");
        Files.writeString(dir.resolve("members.csv"), "member_id,birth_date,region\nm3,2010-04-04,AT\nm1,1990-01-01,NL\n");
        Files.writeString(dir.resolve("optouts.csv"), "member_id,opted_out_at\nm5,2025-12-01\nm6,2026-03-01\n");
        Files.writeString(dir.resolve("salaries.csv"), "member_id,amount,currency\nm8,58500,EUR\n");
        Files.writeString(dir.resolve("messages.jsonl"), Json.MAPPER.writeValueAsString(Map.of("id", "dm-7", "text", DM)) + "\n");
        // the shipped policy, excluding one region, beside links to the shipped rules, lexicons and models
        Path rulesets = Files.createDirectories(dir.resolve("rulesets"));
        try (var shipped = Files.list(Path.of("rulesets"))) {
            for (Path p : shipped.filter(Files::isDirectory).toList()) {
                Files.createSymbolicLink(rulesets.resolve(p.getFileName()), p.toAbsolutePath());
            }
        }
        Files.writeString(rulesets.resolve("policy-excluding-us.yaml"), Files.readString(
                Path.of("rulesets/linkedin-genai-2025.yaml")).replace("  excluded: []", "  excluded: [US]"));
        out = dir.resolve("report");
        // exit 1: the policy's gate fails on the excluded data planted here
        assertEquals(1, Main.run("scan", dir.resolve("corpus.jsonl").toString(), "--out", out.toString(), "-q",
                "--ruleset", rulesets.resolve("policy-excluding-us.yaml").toString(),
                "--members", dir.resolve("members.csv").toString(), "--optouts", dir.resolve("optouts.csv").toString(),
                "--salaries", dir.resolve("salaries.csv").toString(), "--messages", dir.resolve("messages.jsonl").toString(),
                "--source-values", "inmail=message"));
        for (String line : Files.readAllLines(out.resolve("findings.jsonl"))) {
            JsonNode f = Json.MAPPER.readTree(line);
            byRecord.computeIfAbsent(f.get("record_id").asText(), k -> new ArrayList<>()).add(f);
        }
        summary = Json.MAPPER.readTree(out.resolve("summary.json").toFile());
        for (String line : Files.readAllLines(out.resolve("rejected.jsonl"))) {
            rejected.add(Json.MAPPER.readTree(line));
        }
    }

    private static List<String> categories(String record) {
        return byRecord.getOrDefault(record, List.of()).stream().map(f -> f.get("category").asText())
                .filter(c -> c.startsWith("excluded.")).distinct().sorted().toList();
    }

    @Test
    void eachRecordGetsTheFindingsOfItsProvenance() {
        assertEquals(List.of("excluded.private_message"), categories("dm"));
        assertEquals(List.of("excluded.job_application"), categories("apply"));
        assertEquals(List.of("excluded.minor"), categories("teen"));
        assertEquals(List.of("excluded.minor"), categories("teen-registry"));
        assertEquals(List.of(), categories("no-age"));
        assertEquals(List.of("excluded.opted_out"), categories("opted-out"));
        assertEquals(List.of(), categories("opted-out-later")); // opted out after the snapshot, not retroactive
        assertEquals(List.of("excluded.private_message"), categories("leak"));
        assertEquals(List.of("excluded.salary"), categories("pay"));
        assertEquals(List.of("excluded.region"), categories("us"));
        assertEquals(List.of("excluded.minor"), categories("says-16")); // the author's own words, no metadata
        // the export's own name for a private message, read as the schema's by --source-values; an unmapped one is
        // no message to the source check, and the record is kept with a warning that says so (its text still reads as
        // a message to the categorizers of private_message.message_style)
        assertEquals(List.of("excluded.private_message"), categories("inmail"));
        assertEquals(List.of("policy.excluded_sources"), byRecord.get("inmail").stream()
                .map(f -> f.get("rule_id").asText()).toList());
        assertEquals(List.of("private_message.message_style"), byRecord.get("chat").stream()
                .map(f -> f.get("rule_id").asText()).toList());
        assertTrue(rejected.stream().anyMatch(r -> r.get("record_id").asText().equals("chat")
                && r.get("action").asText().equals("kept") && r.get("reason").asText().startsWith(
                "field 'source' is 'chat', not a source type of the schema")), rejected.toString());
        assertTrue(rejected.stream().noneMatch(r -> r.get("record_id").asText().equals("inmail")));
        assertEquals(List.of(), categories("parent"));                  // an adult on a teenage child
    }

    @Test
    void aSelfDeclaredAgeIsLessCertainThanMetadata() {
        JsonNode said = byRecord.get("says-16").get(0);
        assertEquals("minor.age_statement", said.get("rule_id").asText());
        assertEquals("self", said.get("subject").asText());
        assertEquals(0.8, said.get("confidence").asDouble(), 1e-9);
        assertEquals(1.0, byRecord.get("teen").get(0).get("confidence").asDouble(), 1e-9);
    }

    @Test
    void findingsExplainThemselvesWithoutRawValues() throws IOException {
        JsonNode teen = byRecord.get("teen-registry").get(0);
        assertEquals("policy.minimum_age", teen.get("rule_id").asText());
        assertFalse(teen.has("start"));
        assertEquals("member 15 at created_at (the member registry's birth_date), under the policy's minimum age of 18",
                teen.get("explanation").asText());
        JsonNode leak = byRecord.get("leak").get(0);
        assertEquals("register.messages", leak.get("rule_id").asText());
        assertTrue(leak.get("explanation").asText().contains("reference private message dm-7"));
        JsonNode pay = byRecord.get("pay").stream().filter(f -> f.get("rule_id").asText().equals("register.salaries"))
                .findFirst().orElseThrow();
        assertEquals(1.0, pay.get("confidence").asDouble());
        String all = Files.readString(out.resolve("findings.jsonl")) + Files.readString(out.resolve("summary.json"));
        for (String raw : List.of("58.500", "58500", "2010-04-04", "\"m1\"", "\"m3\"", "Rotterdam")) {
            assertFalse(all.contains(raw), raw);
        }
    }

    @Test
    void theSummaryAccountsForAgesOptOutsAndRegisters() {
        JsonNode p = summary.get("provenance");
        assertEquals("2026-02-01", p.get("snapshot_date").asText());
        assertEquals(2, p.get("registers").get("members").asLong());
        assertEquals(2, p.get("registers").get("opt_outs").asLong());
        assertEquals(1, p.get("registers").get("messages").asLong());
        assertEquals(11, p.get("age").get("records_with_age").asLong()); // m1 from the registry
        assertEquals(4, p.get("age").get("records_without_age").asLong()); // no-age, bad-age, says-16, parent
        assertEquals(1, p.get("age").get("records_with_invalid_age").asLong());
        JsonNode optOuts = p.get("opt_outs");
        assertEquals(2, optOuts.get("members").asLong());
        assertEquals(1, optOuts.get("records_in_violation").asLong());
        assertEquals(2, optOuts.get("by_region").get("IT").get("records").asLong());
        assertEquals(2, summary.get("records").get("flagged").asLong()); // bad-age, and chat's unknown source
        assertEquals(15, summary.get("records").get("indexed").asLong());
    }

    @Test
    void theMostExposedMembersAreListedByPseudonym() throws IOException {
        JsonNode members = Json.MAPPER.readTree(out.resolve("members.json").toFile());
        assertEquals(summary.get("members_with_findings").asLong(), members.get("members_with_findings").asLong());
        JsonNode first = members.get("most_exposed").get(0);
        // m1: a message and a job application, two categories, both of its records with findings
        assertEquals(List.of("excluded.job_application", "excluded.private_message"),
                Json.MAPPER.convertValue(first.get("categories"), List.class));
        assertEquals(2, first.get("records").asLong());
        assertEquals(2, first.get("records_with_findings").asLong());
        assertTrue(first.get("member").asText().matches("p-[0-9a-f]{16}"));
        boolean optedOut = false;
        boolean minor = false;
        for (JsonNode m : members.get("most_exposed")) {
            optedOut |= m.get("opted_out").asBoolean();
            minor |= m.get("minor").asBoolean();
        }
        assertTrue(optedOut && minor);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(out.resolve("audit-report.xlsx")))) {
            var summarySheet = wb.getSheet("Summary");
            boolean counted = false;
            for (var row : summarySheet) {
                if (row.getCell(0) != null && "Their records the snapshot must not hold".equals(
                        row.getCell(0).getStringCellValue())) {
                    counted = row.getCell(1).getNumericCellValue() == 1;
                }
            }
            assertTrue(counted, "the Summary sheet counts the opted-out records in violation");
            var sheet = wb.getSheet("Members");
            assertEquals(first.get("member").asText(), sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals(2, sheet.getRow(2).getCell(1).getNumericCellValue());
            assertEquals("excluded.job_application, excluded.private_message",
                    sheet.getRow(2).getCell(3).getStringCellValue());
        }
    }

    @Test
    void theManifestHashesTheRegisters() throws IOException {
        String manifest = Files.readString(out.resolve("manifest.json"));
        for (String register : List.of("members.csv", "optouts.csv", "salaries.csv", "messages.jsonl")) {
            assertTrue(manifest.contains(register), register);
        }
    }

    @Test
    void brokenOrMissingRegistersAreExitCodesWithWhere() throws IOException {
        Path bad = dir.resolve("bad-optouts.csv");
        Files.writeString(bad, "member_id,opted_out_at\nm5,soon\n");
        assertEquals(2, Main.run("scan", dir.resolve("corpus.jsonl").toString(), "--out", dir.resolve("x").toString(),
                "-q", "--optouts", bad.toString()));
        assertEquals(3, Main.run("scan", dir.resolve("corpus.jsonl").toString(), "--out", dir.resolve("y").toString(),
                "-q", "--members", dir.resolve("missing.csv").toString()));
        assertEquals(2, Main.run("scan", dir.resolve("corpus.jsonl").toString(), "--out", dir.resolve("z").toString(),
                "-q", "--snapshot-date", "yesterday"));
    }
}
