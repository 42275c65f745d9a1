package dev.corpusaudit.provenance;

import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.model.CorpusRecord;
import dev.corpusaudit.model.IsoDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptOutCheckTest {
    @TempDir
    static Path dir;

    private static OptOutRegister register() throws IOException {
        Path csv = dir.resolve("optouts.csv");
        // m1 twice: the earlier date counts
        Files.writeString(csv, "member_id,opted_out_at\nm1,2025-12-10\nm2,2026-03-01\nm1,2026-01-20T08:00:00Z\n");
        return OptOutRegister.load(csv, Fixtures.KEYS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // case | member | created_at | snapshot | retroactive | finding | created after
            "snapshot after the opt-out, record from before | m1 | 2025-10-01 | 2026-02-01 | false | true | false",
            "snapshot after the opt-out, record from after | m1 | 2025-12-10 | 2026-02-01 | false | true | true",
            "snapshot on the opt-out day | m1 | 2025-10-01 | 2025-12-10 | false | true | false",
            "snapshot before the opt-out: not retroactive, may stay | m2 | 2025-10-01 | 2026-02-01 | false | false | false",
            "snapshot before the opt-out, retroactive policy | m2 | 2025-10-01 | 2026-02-01 | true | true | false",
            "member not in the register | m3 | 2025-10-01 | 2026-02-01 | true | - | -"})
    void theRuleOfThePolicy(String name, String member, String created, String snapshot, boolean retroactive,
                            Boolean finding, Boolean createdAfter) throws IOException {
        CorpusRecord record = Fixtures.record("r1", "t", member, "post", "DE", created);
        Facts facts = new Facts(record, "en", true, Fixtures.KEYS.key(member), IsoDate.of(created), "DE",
                LocalDate.parse(snapshot));
        OptOutCheck.Verdict v = new OptOutCheck(Fixtures.policy(retroactive, List.of()), register()).check(facts);
        if (finding == null) {
            assertNull(v);
            return;
        }
        assertEquals(finding, v.finding() != null);
        assertEquals(createdAfter, v.createdAfter());
        if (finding) {
            assertEquals("excluded.opted_out", v.finding().category());
            assertEquals("opted out " + (member.equals("m1") ? "2025-12" : "2026-03"), v.finding().evidence());
            assertTrue(v.finding().explanation().contains(createdAfter ? "created after the opt-out"
                    : "created before the opt-out"), v.finding().explanation());
        }
    }

    @Test
    void theSummaryCountsByRegionAndOptOutMonth() throws IOException {
        Path csv = dir.resolve("optouts2.csv");
        Files.writeString(csv, "member_id,opted_out_at\nm1,2025-12-10\nm2,2026-03-01\n");
        Registers registers = new Registers(MemberRegister.none(), OptOutRegister.load(csv, Fixtures.KEYS),
                SalaryRegister.none(), MessageFingerprints.none(), java.util.Arrays.asList(null, csv, null, null));
        ProvenanceChecks checks = new ProvenanceChecks(Fixtures.policy(false, List.of()), LocalDate.parse("2026-02-01"),
                registers);
        checks.check(Fixtures.record("a", "t", "m1", "post", "DE", "2025-11-01"), "en", Fixtures.key("m1"), p -> { });
        checks.check(Fixtures.record("b", "t", "m1", "post", "DE", "2026-01-05"), "en", Fixtures.key("m1"), p -> { });
        checks.check(Fixtures.record("c", "t", "m2", "post", "US", "2025-11-01"), "en", Fixtures.key("m2"), p -> { });
        checks.check(Fixtures.record("d", "t", "m9", "post", "DE", "2025-11-01"), "en", Fixtures.key("m9"), p -> { });
        var optOuts = checks.summary().optOuts();
        assertEquals(2, optOuts.registerMembers());
        assertEquals(2, optOuts.members());
        assertEquals(3, optOuts.records());
        assertEquals(2, optOuts.inViolation());
        assertEquals(1, optOuts.createdAfter());
        var de = optOuts.byRegion().get("DE");
        assertEquals(1, de.members());
        assertEquals(2, de.records());
        assertEquals("2026-01", de.latestRecordMonth());
        assertTrue(de.optOutRegion());
        assertEquals(Boolean.FALSE, optOuts.byRegion().get("US").optOutRegion());
        assertEquals(0, optOuts.byOptOutMonth().get("2026-03").inViolation());
        assertEquals(2, optOuts.byOptOutMonth().get("2025-12").inViolation());
    }

    @Test
    void aRegisterWithoutASnapshotDateIsAConfigurationError() throws IOException {
        Path csv = dir.resolve("optouts3.csv");
        Files.writeString(csv, "member_id,opted_out_at\nm1,2025-12-10\n");
        Registers registers = new Registers(MemberRegister.none(), OptOutRegister.load(csv, Fixtures.KEYS),
                SalaryRegister.none(), MessageFingerprints.none(), java.util.Arrays.asList(null, csv, null, null));
        ConfigException e = assertThrows(ConfigException.class,
                () -> new ProvenanceChecks(Fixtures.policy(false, List.of()), null, registers));
        assertTrue(e.getMessage().startsWith("--optouts needs the snapshot date"), e.getMessage());
        assertNotNull(new ProvenanceChecks(Fixtures.policy(true, List.of()), null, registers));
    }

    @Test
    void aSpreadsheetsByteOrderMarkAndLineEndsAreRead() throws IOException {
        Path csv = dir.resolve("excel.csv");
        Files.writeString(csv, "\uFEFFmember_id,opted_out_at\r\nm1,2025-12-10\r\n");
        assertEquals(LocalDate.parse("2025-12-10"), OptOutRegister.load(csv, Fixtures.KEYS).optedOutAt(Fixtures.KEYS.key("m1")));

        // a European spreadsheet's export splits its columns with semicolons
        Path semicolons = dir.resolve("excel-de.csv");
        Files.writeString(semicolons, "\uFEFFmember_id;opted_out_at\r\nm2;2026-01-31\r\n");
        assertEquals(LocalDate.parse("2026-01-31"),
                OptOutRegister.load(semicolons, Fixtures.KEYS).optedOutAt(Fixtures.KEYS.key("m2")));
        // and a Windows tool's UTF-16 with its byte-order mark
        Path utf16 = dir.resolve("utf16.csv");
        Files.write(utf16, "member_id,opted_out_at\r\nm3,2026-02-28\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_16));
        assertEquals(LocalDate.parse("2026-02-28"),
                OptOutRegister.load(utf16, Fixtures.KEYS).optedOutAt(Fixtures.KEYS.key("m3")));
    }

    @Test
    void badRowsNameFileLineAndColumn() throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "member_id,opted_out_at\nm1,2025-12-10\nm2,10/12/2025\n");
        ConfigException e = assertThrows(ConfigException.class, () -> OptOutRegister.load(csv, Fixtures.KEYS));
        assertEquals(csv + ":3: column 'opted_out_at' '10/12/2025' is not a date (yyyy-MM-dd)", e.getMessage());
        Path header = dir.resolve("header.csv");
        Files.writeString(header, "member,date\nm1,2025-12-10\n");
        e = assertThrows(ConfigException.class, () -> OptOutRegister.load(header, Fixtures.KEYS));
        assertEquals(header + ":1: the header needs the columns member_id,opted_out_at (found member,date)",
                e.getMessage());
        Path empty = dir.resolve("empty-id.csv");
        Files.writeString(empty, "member_id,opted_out_at\n,2025-12-10\n");
        e = assertThrows(ConfigException.class, () -> OptOutRegister.load(empty, Fixtures.KEYS));
        assertEquals(empty + ":2: column 'member_id' is empty", e.getMessage());
    }
}
