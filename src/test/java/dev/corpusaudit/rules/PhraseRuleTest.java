package dev.corpusaudit.rules;

import dev.corpusaudit.ruleset.RuleSpec;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PhraseRuleTest {
    @Test
    void aLexiconOfThousandsOfTermsRunsAsOneQueryPerTermAndEveryTermMatches() {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            terms.add("liste " + i + " x");
        }
        terms.add("Christlich Demokratische Union");
        RuleSpec rule = new RuleSpec("political.test", "1.0.0", "special.political", RuleSpec.PHRASE, "test", null,
                null, null, null, null, null, null, null, null, null, 0.45, Map.of("de", List.of("gewählt")),
                List.of("lexicons/test"), null, null, null, null, List.of(), Map.of("de", terms), "test.yaml", null, null, null, null, null, null, null, null);
        assertEquals(1502, new PhraseRule(rule).queries().size(), "one query per term, more than Lucene's 1,024 clauses");
        RuleSpec.Example text = new RuleSpec.Example("de",
                "Ich habe die Christlich Demokratische Union gewählt, nicht Liste 2 x.", List.of());
        List<int[]> spans = ExampleCheck.spans(rule, text);
        assertEquals(3, spans.size());
        assertArrayEquals(new int[]{13, 43}, spans.get(0)); // the last lexicon term
        assertArrayEquals(new int[]{44, 51}, spans.get(1)); // the rule's own term
        assertArrayEquals(new int[]{59, 68}, spans.get(2));
    }

    @Test
    void anExactRuleTakesOnlyItsTermsAsWrittenAndNoMatchInsideAnException() {
        RuleSpec rule = new RuleSpec("health.test", "1.0.0", "special.health", RuleSpec.PHRASE, "test", null,
                null, null, null, null, null, null, null, null, null, 0.6,
                Map.of("de", List.of("Behinderte", "Schwarze")), null, null, null, null, null, List.of(), null,
                "test.yaml", null, null, true, Map.of("de", List.of("ins Schwarze", "Schwarze-Peter")), null, null, null, null);
        String text = "Behinderte und Schwarze werden behindert; wir trafen ins Schwarze. Die behinderte Frau. "
                + "Das Schwarze-Peter-Spiel.";
        List<int[]> spans = ExampleCheck.spans(rule, new RuleSpec.Example("de", text, List.of()));
        // the analyzer folds "behindert" and "behinderte" into "Behinderte": only the capitalised noun counts, and
        // "Schwarze" in "ins Schwarze" and overlapping "Schwarze-Peter" is no match
        assertEquals(List.of("Behinderte", "Schwarze"), spans.stream().map(s -> text.substring(s[0], s[1])).toList());
        assertEquals(0, spans.get(0)[0]);
        assertEquals(15, spans.get(1)[0]);
    }

    @Test
    void anAcronymTheAnalyzerChangesMatchesOnlyAsWritten() {
        RuleSpec rule = new RuleSpec("health.test", "1.0.0", "special.health", RuleSpec.PHRASE, "test", null,
                null, null, null, null, null, null, null, null, null, 0.45,
                Map.of("en", List.of("ALS", "IBS", "asthma")), null, null, null, null, null, List.of(), null,
                "test.yaml", null, null, null, null, null, null, null, null);
        String text = "Smith et al. say Al has ALS; IBS and ib, Asthma and asthma.";
        List<int[]> spans = ExampleCheck.spans(rule, new RuleSpec.Example("en", text, List.of()));
        // English strips the "s" of ALS and IBS: "al" and "ib" reach the index as the same words
        assertEquals(List.of("ALS", "IBS", "Asthma", "asthma"),
                spans.stream().map(s -> text.substring(s[0], s[1])).toList());
    }
}
