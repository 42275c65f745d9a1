package dev.corpusaudit.provenance;

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
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgeCheckTest {
    private static final LocalDate SNAPSHOT = LocalDate.parse("2026-02-01");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // case | created_at | member_age | member_birth_date | expected evidence (- : no finding)
            "age field under 18 | 2025-06-01 | 16 | - | age 16 at created_at",
            "age field 18 | 2025-06-01 | 18 | - | -",
            "age field, no created_at | - | 17 | - | age 17 at an unknown date",
            "birth date: 17 when writing, 18 at the snapshot | 2025-06-01 | - | 2008-01-15 | age 17 at created_at",
            "birth date: 18 when writing | 2025-06-01 | - | 2007-05-31 | -",
            "birth date, no created_at: 17 at the snapshot | - | - | 2008-03-01 | age 17 at the snapshot date 2026-02-01",
            "birth date, no created_at: 18 at the snapshot | - | - | 2008-02-01 | -",
            "sources disagree: the youngest counts | 2025-06-01 | 30 | 2009-01-01 | age 16 at created_at",
            "timestamp created_at | 2025-06-01T10:00:00Z | - | 2008-06-02 | age 16 at created_at"})
    void agesFromTheRecord(String name, String created, String age, String birth, String expected) {
        List<String> fields = new ArrayList<>();
        if (age != null) {
            fields.addAll(List.of("member_age", age));
        }
        if (birth != null) {
            fields.addAll(List.of("member_birth_date", birth));
        }
        AgeCheck.Verdict v = check(Fixtures.record("r1", "text", "m1", "post", "DE", created,
                fields.toArray(String[]::new)), MemberRegister.none());
        assertTrue(v.known());
        assertNull(v.problem());
        if (expected == null) {
            assertNull(v.finding());
        } else {
            assertEquals("excluded.minor", v.finding().category());
            assertEquals(expected, v.finding().evidence());
            assertNull(v.finding().start()); // a record-level finding
            assertEquals(1.0, v.finding().confidence());
            assertTrue(v.finding().explanation().contains("under the policy's minimum age of 18"),
                    v.finding().explanation());
        }
    }

    @Test
    void noAgeAnywhereIsUnknownNotAdult() {
        AgeCheck.Verdict v = check(Fixtures.record("r1", "text", "m1", "post", "DE", "2025-06-01"),
                MemberRegister.none());
        assertFalse(v.known());
        assertNull(v.finding());
    }

    @Test
    void badValuesAreProblemsAndNotUsed() {
        AgeCheck.Verdict v = check(Fixtures.record("r1", "text", "m1", "post", "DE", "2025-06-01",
                "member_age", "sixteen", "member_birth_date", "2009-13-40"), MemberRegister.none());
        assertFalse(v.known());
        assertEquals("member_birth_date '2009-13-40' is not a date (yyyy-MM-dd); member_age 'sixteen' is not a whole "
                + "number of years from 0 to 130; that value is not used", v.problem());
    }

    @Test
    void theRegistryGivesTheAgeWhenTheRecordHasNone(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("members.csv");
        Files.writeString(csv, "member_id,birth_date,region\nm1,2009-09-09,DE\nm2,,FR\nm3,1980-01-01,\n");
        MemberRegister members = MemberRegister.load(csv, Fixtures.KEYS);
        AgeCheck.Verdict minor = check(Fixtures.record("r1", "t", "m1", "post", null, "2025-06-01"), members);
        assertNotNull(minor.finding());
        assertEquals("member 15 at created_at (the member registry's birth_date), under the policy's minimum age "
                + "of 18", minor.finding().explanation());
        assertFalse(check(Fixtures.record("r2", "t", "m2", "post", null, "2025-06-01"), members).known());
        AgeCheck.Verdict adult = check(Fixtures.record("r3", "t", "m3", "post", null, "2025-06-01"), members);
        assertTrue(adult.known());
        assertNull(adult.finding());
        assertEquals("FR", members.region(Fixtures.KEYS.key("m2")));
        assertNull(members.region(Fixtures.KEYS.key("m3")));
    }

    private static AgeCheck.Verdict check(CorpusRecord record, MemberRegister members) {
        Facts facts = new Facts(record, "en", true, Fixtures.KEYS.key(record.memberId()),
                IsoDate.of(record.createdAt()), record.region(), SNAPSHOT);
        return new AgeCheck(Fixtures.policy(false, List.of()), members).check(facts);
    }
}
