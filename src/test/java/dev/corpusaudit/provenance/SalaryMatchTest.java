package dev.corpusaudit.provenance;

import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SalaryMatchTest {
    @TempDir
    static Path dir;

    private static SalaryMatch match() throws IOException {
        Path csv = dir.resolve("salaries.csv");
        Files.writeString(csv, "member_id,amount,currency\nm1,85000,EUR\nm1,\"92,500.00\",EUR\nm2,40000,GBP\n");
        return new SalaryMatch(Fixtures.policy(false, List.of()), SalaryRegister.load(csv, Fixtures.KEYS));
    }

    private static List<Finding> check(SalaryMatch match, String member, String text) {
        return match.check(new Facts(Fixtures.record("r1", text, member, "post", "DE", "2025-06-01"), "en", true,
                Fixtures.KEYS.key(member), null, "DE", null));
    }

    @Test
    void theMembersOwnAmountInAnyWritingIsCertain() throws IOException {
        SalaryMatch match = match();
        String text = "New job! My salary went from €85k to 92.500 € and I could not be happier.";
        List<Finding> found = check(match, "m1", text);
        assertEquals(2, found.size());
        assertEquals("85k", text.substring(found.get(0).start(), found.get(0).end()));
        assertEquals("92.500", text.substring(found.get(1).start(), found.get(1).end()));
        Finding f = found.get(0);
        assertEquals("excluded.salary", f.category());
        assertEquals("self", f.subject());
        assertEquals(1.0, f.confidence());
        assertEquals("register.salaries", f.ruleId());
        assertEquals("New job! My salary went from €[**k] to 92.### € and I could not be happier.", f.evidence());
    }

    @Test
    void otherMembersAndOtherAmountsDoNotMatch() throws IOException {
        SalaryMatch match = match();
        assertEquals(List.of(), check(match, "m2", "My salary is 85,000 now"));
        assertEquals(List.of(), check(match, "m3", "My salary is 85,000 now"));
        assertEquals(List.of(), check(match, "m1", "We raised 86,000 for charity"));
    }

    @Test
    void badRowsNameFileLineAndColumn() throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "member_id,amount,currency\nm1,85000,EUR\nm2,lots,EUR\n");
        ConfigException e = assertThrows(ConfigException.class, () -> SalaryRegister.load(csv, Fixtures.KEYS));
        assertEquals(csv + ":3: column 'amount' 'lots' is not an amount (e.g. 85000 or 85,000.00)", e.getMessage());
        Files.writeString(csv, "member_id,amount,currency\nm1,85000,euro\n");
        e = assertThrows(ConfigException.class, () -> SalaryRegister.load(csv, Fixtures.KEYS));
        assertEquals(csv + ":2: column 'currency' 'euro' is not an ISO 4217 code (EUR, GBP, CHF)", e.getMessage());
    }
}
