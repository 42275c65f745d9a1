package dev.corpusaudit.report;

import dev.corpusaudit.ruleset.Ruleset;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the reports say the method does not do: it depends on where the policy has names looked for. */
class ReportContentTest {

    @Test
    void theKnownLimitsSayWhereNamesWereNotLookedFor() throws Exception {
        List<String> linkedin = ReportContent.knownLimits(Ruleset.load(Path.of(Ruleset.DEFAULT_POLICY)));
        assertEquals(ReportContent.KNOWN_LIMITS.size() + 1, linkedin.size());
        assertTrue(linkedin.get(linkedin.size() - 1).contains("only in records with another finding"));
        assertEquals(ReportContent.KNOWN_LIMITS,
                ReportContent.knownLimits(Ruleset.load(Path.of("rulesets/gdpr-strict.yaml"))));
        Path noNames = Path.of("rulesets/test-no-names.yaml");
        try {
            Files.writeString(noNames, Files.readString(Path.of(Ruleset.DEFAULT_POLICY)).replace("  - rules/names\n", ""));
            List<String> without = ReportContent.knownLimits(Ruleset.load(noNames));
            assertTrue(without.get(without.size() - 1).contains("were not looked for"), without.toString());
        } finally {
            Files.deleteIfExists(noNames);
        }
    }
}
