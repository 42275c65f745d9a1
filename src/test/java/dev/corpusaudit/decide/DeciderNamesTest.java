package dev.corpusaudit.decide;

import dev.corpusaudit.analyze.PatternStage;
import dev.corpusaudit.model.Finding;
import dev.corpusaudit.nlp.ModelRegistry;
import dev.corpusaudit.nlp.SentenceSplitter;
import dev.corpusaudit.ruleset.Ruleset;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People's names are findings in records that hold another finding, or in every record under a policy with
 * {@code person_names: every_record}, masked to their initials.
 */
class DeciderNamesTest {
    private static final Ruleset RULESET = Ruleset.load(Path.of(Ruleset.DEFAULT_POLICY));
    private static final PatternStage PATTERNS = new PatternStage(RULESET.rules());
    private static final Decider DECIDER = Decider.forPatternSignals(RULESET.policy(), RULESET.rules(),
            new SentenceSplitter(ModelRegistry.shared()));

    private static final Ruleset STRICT = Ruleset.load(Path.of("rulesets/gdpr-strict.yaml"));
    private static final Decider STRICT_DECIDER = Decider.forPatternSignals(STRICT.policy(), STRICT.rules(),
            new SentenceSplitter(ModelRegistry.shared()));

    private static List<Finding> decide(String text) {
        List<Finding> findings = DECIDER.decideSignals(1, "r1", "en", null, text, PATTERNS.find(text, "en"));
        return DECIDER.withNames(1, "r1", "en", text, findings);
    }

    @Test
    void aNameNextToAnotherFindingIsReportedMasked() {
        String text = "Please send the contract to Priya Raghunathan at priya.r@example.org by Friday.";
        List<Finding> findings = decide(text);
        assertEquals(List.of("pii.person", "pii.email"), findings.stream().map(Finding::category).toList());
        Finding name = findings.get(0);
        assertEquals("Priya Raghunathan", text.substring(name.start(), name.end()));
        assertEquals("low", name.severity());
        assertTrue(name.evidence().contains("[P**** R**********]"), name.evidence());
        assertTrue(!name.evidence().contains("Raghunathan") && !name.explanation().contains("Raghunathan"),
                name.evidence() + " / " + name.explanation());
    }

    @Test
    void aNameAloneIsNotLookedFor() {
        assertEquals(List.of(), decide("Please welcome Priya Raghunathan to the data team!"));
    }

    @Test
    void aNameAloneIsReportedWhenThePolicyAsksForNamesInEveryRecord() {
        String text = "Please welcome Priya Raghunathan to the data team!";
        List<Finding> findings = STRICT_DECIDER.withNames(1, "r1", "en", text, List.of());
        assertEquals(1, findings.size());
        assertEquals("pii.person", findings.get(0).category());
        assertEquals("Priya Raghunathan", text.substring(findings.get(0).start(), findings.get(0).end()));
        assertEquals("medium", findings.get(0).severity());
    }

    @Test
    void afterTheQueriesNamesAreLookedForOnlyWhereTheWorkersDidNot() {
        String text = "Priya Raghunathan told me she was diagnosed with diabetes.";
        Finding health = new Finding(1, "r1", "special.health", "person", "health.disclosure", "1.0.0", "phrase",
                0.8, "high", "en", 30, 57, "masked", "phrase");
        assertEquals(List.of("pii.person", "special.health"), DECIDER.withNamesAfterQueries(1, "r1", "en", text,
                List.of(health)).stream().map(Finding::category).toList());
        // Under every_record the worker looked for the record's names already (and found these or none).
        assertEquals(List.of(health), STRICT_DECIDER.withNamesAfterQueries(1, "r1", "en", text, List.of(health)));
    }

    @Test
    void aNameInsideAPostalAddressIsTheStreetsOrTheTownsNotAPersons() {
        String text = "Spedire a Via Roma 1, 00184 Roma RM, oppure a Giulia Ferrante.";
        List<Finding> findings = DECIDER.withNames(1, "r1", "it", text,
                DECIDER.decideSignals(1, "r1", "it", null, text, PATTERNS.find(text, "it")));
        assertEquals(List.of("pii.postal_address", "pii.person"), findings.stream().map(Finding::category).toList());
        assertEquals("Via Roma 1, 00184 Roma RM", text.substring(findings.get(0).start(), findings.get(0).end()));
        assertEquals("Giulia Ferrante", text.substring(findings.get(1).start(), findings.get(1).end()));
        // the same where names are looked for with the patterns, in every record
        String london = "I moved to 221B Baker Street, London NW1 6XE last month.";
        List<Finding> strict = STRICT_DECIDER.decideSignals(1, "r1", "en", null, london,
                new PatternStage(STRICT.rules()).find(london, "en"));
        assertEquals(List.of("pii.postal_address"), strict.stream().map(Finding::category).toList());
    }
}
