package dev.corpusaudit.decide;

import dev.corpusaudit.model.Finding;
import dev.corpusaudit.model.Signal;
import dev.corpusaudit.ruleset.Ruleset;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Deciding a record's signals in two parts (workers, then phrase hits), merging, then the record-level step equals
 * deciding them at once.
 */
class DeciderMergeTest {
    private static final Decider DECIDER = Decider.forPatternSignals(
            Ruleset.load(Path.of(Ruleset.DEFAULT_POLICY)).policy(), List.of(), null);
    private static final String TEXT = "mail a@b.example, I was diagnosed with asthma last year.";

    private static Signal signal(String category, String rule, double confidence, int start, int end) {
        return new Signal(category, rule, "1.0.0", "test", confidence, null, start, end, rule + " matched");
    }

    @Test
    void mergingTwoDecidedPartsEqualsDecidingAllSignals() {
        int d = TEXT.indexOf("diagnosed");
        List<Signal> first = List.of(
                signal("pii.email", "pii.email", 0.9, 5, 16),
                signal("special.health", "health.pattern", 0.6, d, d + 25),
                signal("special.health", "health.pattern2", 0.6, d, d + 9));
        List<Signal> then = List.of(
                signal("special.health", "health.phrase", 0.8, d, d + 25),   // same span, more confident: replaces
                signal("special.health", "health.phrase2", 0.6, d, d + 9),   // same span, as confident: the first stays
                signal("special.health", "health.phrase3", 0.5, d + 15, d + 25),
                signal("special.health", "health.phrase4", 0.7, d + 15, d + 25)); // beats the one before it
        List<Signal> all = new ArrayList<>(first);
        all.addAll(then);

        List<Finding> atOnce = DECIDER.decide(3, "r-3", "en", null, TEXT, all);
        List<Finding> merged = DECIDER.corroborate(Decider.merge(DECIDER.decideSignals(3, "r-3", "en", null, TEXT, first),
                DECIDER.decideSignals(3, "r-3", "en", null, TEXT, then)), TEXT, "en");

        assertEquals(atOnce, merged);
        // the findings inside the longer one of their category repeat its evidence: only it is reported
        assertEquals(List.of("pii.email", "health.phrase"),
                merged.stream().map(Finding::ruleId).toList());
    }

    @Test
    void aRecordLevelFindingCoversTheTextFindingsOfItsCategory() {
        Finding wholeRecord = new Finding(0, "r", "excluded.private_message", null, "policy.excluded_sources",
                "1.0.0", "metadata", 1.0, "high", "en", null, null, "source=message", "source is message");
        Finding cue = new Finding(0, "r", "excluded.private_message", null, "private_message.message_cues", "1.0.0",
                "phrase", 0.65, "high", "en", 0, 5, "[Hi A***]", "cue");
        Finding email = new Finding(0, "r", "pii.email", null, "pii.email", "1.0.0", "email", 0.9, "medium", "en",
                5, 16, "[a***@b.example]", "e-mail");
        assertEquals(List.of(wholeRecord, email), Decider.merge(List.of(wholeRecord), List.of(cue, email)));
        assertEquals(List.of(cue, email), Decider.merge(List.of(), List.of(cue, email)));
        Signal cueSignal = signal("excluded.private_message", "private_message.message_cues", 0.45, 0, 5);
        Signal health = signal("special.health", "health.phrase", 0.6, 20, 29);
        assertEquals(List.of(health), Decider.uncovered(List.of(cueSignal, health), List.of(wholeRecord)));
        assertEquals(null, Decider.uncovered(List.of(cueSignal), List.of(wholeRecord)));
        assertEquals(List.of(cueSignal), Decider.uncovered(List.of(cueSignal), List.of(email)));
    }
}
