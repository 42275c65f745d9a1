package dev.corpusaudit.analyze;

import dev.corpusaudit.model.Signal;
import dev.corpusaudit.ruleset.Ruleset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PatternStageTest {
    private static final Ruleset RULES = Ruleset.loadDefault();
    private static final PatternStage STAGE = new PatternStage(RULES.rules());

    private static List<String> found(String text, String lang) {
        return STAGE.find(text, lang).stream().map(s -> s.ruleId() + "=" + text.substring(s.start(), s.end())).toList();
    }

    @Test
    void detectorsThenPatternRulesShareOneReadingOfTheText() {
        String text = "Card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00, mail ana@example.org, "
                + "call +44 20 7946 0958";
        assertEquals(List.of("pii.email=ana@example.org", "pii.phone=+44 20 7946 0958",
                "excluded.payment_card=4111 1111 1111 1111", "bank_account.iban=DE89 3704 0044 0532 0130 00"),
                found(text, "en"));
    }

    @Test
    void sameSignalsAsEachPartAlone() {
        String text = "Meine Steuer-ID ist 65 929 970 489, Tel. 030 12345678, Passwort: Sommer2024!";
        List<Signal> parts = new java.util.ArrayList<>();
        DetectorRule.bind(RULES.rules()).forEach(d -> parts.addAll(d.detect(text, "de")));
        parts.addAll(new PatternRules(RULES.rules()).find(text, "de"));
        assertEquals(parts, STAGE.find(text, "de"));
        assertEquals(3, parts.size());
    }
}
