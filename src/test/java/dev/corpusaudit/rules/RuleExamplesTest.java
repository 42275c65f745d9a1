package dev.corpusaudit.rules;

import dev.corpusaudit.ruleset.RuleSpec;
import dev.corpusaudit.ruleset.Ruleset;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every example of every shipped rule (of both shipped policies): a rule whose own examples fail does not ship. */
class RuleExamplesTest {
    private static final Ruleset RULESET = Ruleset.load(Path.of(Ruleset.DEFAULT_POLICY));
    private static final Ruleset STRICT = Ruleset.load(Path.of("rulesets/gdpr-strict.yaml"));

    @TestFactory
    Stream<DynamicTest> everyRulePassesItsExamples() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        return Stream.concat(RULESET.rules().stream(), STRICT.rules().stream()).filter(rule -> ids.add(rule.id()))
                .map(rule -> DynamicTest.dynamicTest(rule.id() + " (" + rule.file() + ")",
                        () -> assertEquals(List.of(), ExampleCheck.check(rule))));
    }

    @Test
    void theStrictPolicyAddsTheScreeningAnswers() {
        assertTrue(STRICT.rules().stream().anyMatch(r -> r.id().equals("job_application.screening_answer")));
        assertTrue(RULESET.rules().stream().noneMatch(r -> r.id().equals("job_application.screening_answer")));
    }

    @Test
    void theShippedRulesetHasRulesOfBothTypes() {
        assertFalse(RULESET.rulesOfType(RuleSpec.DETECTOR).isEmpty());
        assertFalse(RULESET.rulesOfType(RuleSpec.PHRASE).isEmpty());
    }

    @Test
    void aWrongExpectationIsReportedWithTheSpanFound() {
        RuleSpec email = RULESET.rules().stream().filter(r -> r.id().equals("pii.email")).findFirst().orElseThrow();
        RuleSpec broken = new RuleSpec(email.id(), email.version(), email.category(), email.type(), email.description(),
                email.legalReference(), email.detector(), null, null, null, null, null, null, null, null, email.confidence(), null, null,
                null, null, null, null,
                List.of(new RuleSpec.Example("en", "mail a@b.example now", List.of())), null, "test.yaml", null, null, null, null, null, null, null, null);
        List<String> problems = ExampleCheck.check(broken);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("'a@b.example' [5,16)"), problems.get(0));
    }
}
