package dev.corpusaudit.analyze;

import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.model.Signal;
import dev.corpusaudit.ruleset.RuleSpec;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatternRuleTest {

    private static RuleSpec rule(String id, List<String> keywords, String regex, Integer group, String validator,
                                 RuleSpec.Context context, RuleSpec.Allow allow) {
        return new RuleSpec(id, "1.0.0", "excluded.credentials", RuleSpec.PATTERN, "test rule", null, null,
                List.of(new RuleSpec.NamedPattern("p", regex, group)), keywords, null, null, validator, context, allow, null,
                0.6,
                null, null, null, null, null, null, List.of(), null, "test.yaml", null, null, null, null, null, null, null, null);
    }

    @Test
    void reportsTheGroupSpanWithValidatorContextAndConfidenceSteps() {
        RuleSpec spec = rule("t.token", List.of("token"), "token[:=]\\s*([A-Za-z0-9]{20,})", 1, "secret",
                new RuleSpec.Context(30, 0.25, Map.of("en", List.of("leaked"))), null);
        String text = "Oops, leaked it: token= q8Zr4Lm2Xv9Tn6Wc1Hb7Ks3P in the post";
        List<Signal> signals = new PatternRules(List.of(spec)).find(text, "en");

        assertEquals(1, signals.size());
        Signal s = signals.get(0);
        assertEquals("q8Zr4Lm2Xv9Tn6Wc1Hb7Ks3P", text.substring(s.start(), s.end()));
        assertEquals(0.85, s.confidence());
        assertTrue(s.explanation().startsWith("pattern 'p' matched; secret: 24 characters, entropy"), s.explanation());
        assertTrue(s.explanation().endsWith("base 0.6 + context 'leaked' within 30 characters (+0.25) = 0.85"),
                s.explanation());
    }

    @Test
    void contextWordsCountOnlyForTheRecordsLanguageOrAny() {
        RuleSpec spec = rule("t.ctx", List.of(), "\\b\\d{6}\\b", null, null,
                new RuleSpec.Context(20, 0.3, Map.of("de", List.of("pin"))), null);
        assertEquals(0.6, new PatternRules(List.of(spec)).find("meine PIN 481516", "en").get(0).confidence());
        assertEquals(0.9, new PatternRules(List.of(spec)).find("meine PIN 481516", "de").get(0).confidence());
    }

    @Test
    void aContextEntryOfSeveralWordsMatchesThoseWordsInARow() {
        RuleSpec spec = rule("t.phrase", List.of(), "\\b\\d{6}\\b", null, null,
                new RuleSpec.Context(30, 0.3, Map.of("de", List.of("steuer-id"), "en", List.of("social security"))),
                null);
        PatternRules rules = new PatternRules(List.of(spec));
        assertEquals(0.9, rules.find("Meine Steuer-ID: 481516", "de").get(0).confidence());
        assertEquals(0.9, rules.find("meine Steuer ID 481516", "de").get(0).confidence());
        assertEquals(0.6, rules.find("Steuer und ID 481516", "de").get(0).confidence());
        Signal s = rules.find("my Social  Security no. 481516", "en").get(0);
        assertEquals(0.9, s.confidence());
        assertTrue(s.explanation().contains("context 'social security'"), s.explanation());
        assertEquals(0.6, rules.find("social media security 481516", "en").get(0).confidence());
    }

    @Test
    void charactersMatchedAfterTheGroupCanPrecedeTheNextValue() {
        // no lookaround in RE2: the pattern checks what comes before and after a value by matching it
        RuleSpec spec = rule("t.around", List.of(), "(?:^|[^0-9@])([0-9]{4})(?:$|[^0-9@])", 1, null, null, null);
        String text = "1234 5678,9012 3456@x 7777";
        List<Signal> found = new PatternRules(List.of(spec)).find(text, "en");
        assertEquals(List.of("1234", "5678", "9012", "7777"),
                found.stream().map(s -> text.substring(s.start(), s.end())).toList());
    }

    @Test
    void withMinDigitsThePatternsRunOnlyNearLongEnoughNumbersAndFindTheSame() {
        String regex = "(?:^|[^0-9A-Za-z])([0-9]{3}(?:[ .][0-9]{3}){2}|[0-9]{9})(?:$|[^0-9A-Za-z])";
        RuleSpec everywhere = rule("t.all", List.of(), regex, 1, null,
                new RuleSpec.Context(30, 0.3, Map.of("en", List.of("id number"))), null);
        RuleSpec gated = new RuleSpec("t.gated", "1.0.0", "excluded.credentials", RuleSpec.PATTERN, "test rule", null,
                null, everywhere.patterns(), List.of(), 9, null, null, everywhere.context(), null, null, 0.6, null, null, null,
                null, null, null, List.of(), null, "test.yaml", null, null, null, null, null, null, null, null);
        String filler = " lorem ipsum 12 dolor 2024 sit amet,".repeat(8);
        String text = "123456789 first" + filler + "my id number: 987 654 321." + filler + "x 1.234.567 and 55 5555 555"
                + filler + "last 111.222.333";
        List<Signal> all = new PatternRules(List.of(everywhere)).find(text, "en");
        List<Signal> near = new PatternRules(List.of(gated)).find(text, "en");
        assertEquals(List.of("123456789", "987 654 321", "111.222.333"),
                near.stream().map(s -> text.substring(s.start(), s.end())).toList());
        assertEquals(all.stream().map(s -> s.start() + "-" + s.end() + "@" + s.confidence()).toList(),
                near.stream().map(s -> s.start() + "-" + s.end() + "@" + s.confidence()).toList());
        assertEquals(0.9, near.get(1).confidence(), "context words are read from the whole text");
        assertEquals(List.of(), new PatternRules(List.of(gated)).find("12345678 and 1234 5678", "en"));
    }

    @Test
    void digitRunsAllowTwoCharactersBetweenDigitsAndWindowsMerge() {
        String text = "a 1 85 05 78 006 084 91 b DE86 5001 0517 c BNCGLI85M12H501A d 12 ab 34";
        assertEquals(1, windows(text, 15, 40).size());
        assertEquals(List.of(), windows("12 ab 34, 2024-03-12 at 10:30", 13, 40));
        String far = "1234567" + " word".repeat(40) + " 7654321";
        assertEquals(2, windows(far, 7, 40).size());
        assertEquals(1, windows("1234567 and 7654321", 7, 40).size());
        // a short reach keeps two numbers apart, and a window grows to the whitespace around it
        List<int[]> apart = windows("call 1234567 or, failing that, 7654321 today", 7, 3);
        assertEquals(List.of("call 1234567 or,", "that, 7654321 today"),
                apart.stream().map(w -> "call 1234567 or, failing that, 7654321 today".substring(w[0], w[1])).toList());
    }

    private static List<int[]> windows(String text, int minDigits, int reach) {
        return TextWindows.around(text, DigitRuns.of(text).atLeast(minDigits), reach);
    }

    @Test
    void allowListDropsExactValuesIgnoringSeparatorsAndPatterns() {
        RuleSpec spec = rule("t.allow", List.of(), "\\b\\d{4} ?\\d{4}\\b", null, null, null,
                new RuleSpec.Allow(List.of("1234-5678"), List.of("^0000")));
        String text = "a 1234 5678 b 0000 9999 c 4321 8765";
        List<Signal> found = new PatternRules(List.of(spec)).find(text, "en");
        assertEquals(List.of(text.indexOf("4321")), found.stream().map(Signal::start).toList());
    }

    @Test
    void withAReachFromKeywordsThePatternsRunOnlyNearAKeyword() {
        RuleSpec spec = new RuleSpec("t.near", "1.0.0", "excluded.credentials", RuleSpec.PATTERN, "test rule", null,
                null, List.of(new RuleSpec.NamedPattern("p", "\\b\\d{4}\\b", null)), List.of("pin"), null, 12, null,
                null, null, null, 0.6, null, null, null, null, null, null, List.of(), null, "test.yaml", null, null, null, null, null, null, null, null);
        String text = "Card PIN: 4821." + " Some unrelated words here.".repeat(3) + " Room 1234 is on the second floor, and pin 7777 again.";
        List<Signal> found = new PatternRules(List.of(spec)).find(text, "en");
        assertEquals(List.of("4821", "7777"), found.stream().map(s -> text.substring(s.start(), s.end())).toList());
    }

    @Test
    void keywordsGateTheRuleIgnoringCase() {
        RuleSpec spec = rule("t.kw", List.of("IBAN"), "\\d{4}", null, null, null, null);
        PatternRules rules = new PatternRules(List.of(spec));
        assertEquals(0, rules.find("code 4821 here", "en").size());
        assertEquals(1, rules.find("iban code 4821 here", "en").size());
    }

    @Test
    void aCatastrophicBacktrackingPatternStillRunsInLinearTime() {
        // (a+)+$ takes exponential time on a backtracking engine for "aaaa...b"; RE2/J is linear.
        RuleSpec spec = rule("t.redos", List.of(), "(a+)+$", null, null, null, null);
        String hostile = "a".repeat(50_000) + "b";
        assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertEquals(0, new PatternRules(List.of(spec)).find(hostile, "en").size()));
    }

    @Test
    void brokenPatternsAndUnknownValidatorsAreConfigurationErrors() {
        ConfigException bad = assertThrows(ConfigException.class,
                () -> new PatternRule(rule("t.bad", List.of(), "([unclosed", null, null, null, null)));
        assertTrue(bad.getMessage().startsWith("test.yaml: field 'patterns': not a valid RE2 expression"), bad.getMessage());
        ConfigException unknown = assertThrows(ConfigException.class,
                () -> new PatternRule(rule("t.val", List.of(), "x", null, "no_such", null, null)));
        assertTrue(unknown.getMessage().contains("unknown validator 'no_such'"), unknown.getMessage());
    }
}
