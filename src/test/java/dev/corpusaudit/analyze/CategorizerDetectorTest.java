package dev.corpusaudit.analyze;

import dev.corpusaudit.model.Signal;
import dev.corpusaudit.ruleset.Ruleset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped categorizer rules, and the private-message one on texts at the edges: nothing to read, no language, a
 * long text.
 */
class CategorizerDetectorTest {
    private static final List<DetectorRule> SHIPPED = DetectorRule.categorizers(Ruleset.loadDefault().rules());
    private static final DetectorRule MESSAGES = SHIPPED.stream()
            .filter(r -> r.spec().id().equals("private_message.message_style")).findFirst().orElseThrow();

    @Test
    void theShippedRulesAreTheMessageAndTheApplicationOnes() {
        assertEquals(List.of("job_application.application_style", "private_message.message_style",
                        "salary.pay_style"),
                SHIPPED.stream().map(r -> r.spec().id()).sorted().toList());
    }

    @Test
    void aTextWithoutLettersIsNotRead() {
        assertEquals(List.of(), MESSAGES.detect("👍👍 🙂", "en"));
        assertEquals(List.of(), MESSAGES.detect("  12:30 ?? ", "de"));
        assertEquals(List.of(), MESSAGES.detect("", "fr"));
    }

    @Test
    void aRuleWithMinDigitsReadsOnlyTextsWithThatManyDigits() {
        DetectorRule pay = SHIPPED.stream().filter(r -> r.spec().id().equals("salary.pay_style")).findFirst()
                .orElseThrow();
        assertEquals(2, pay.spec().minDigits());
        String withFigure = "honestly still on 31k after three years as a lab tech, rent eats half of it";
        List<Signal> found = pay.detect(withFigure, "en");
        assertEquals(1, found.size(), found.toString());
        assertEquals(0, found.get(0).start());
        assertEquals(withFigure.length(), found.get(0).end());
        assertEquals(List.of(), pay.detect(withFigure.replace("31k", "3k"), "en"), "one digit is no figure");
        assertEquals(List.of(), pay.detect(withFigure.replace("31k", "thirty-one thousand"), "en"));
    }

    @Test
    void aTextOfNoKnownLanguageIsReadWithTheOtherLanguagesAnalyzer() {
        List<Signal> found = MESSAGES.detect("hey are you still coming tonight? text me when you leave", null);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).confidence() >= 0.9 && found.get(0).confidence() <= 1.0, found.toString());
    }

    @Test
    void aLongPublicTextIsReadFromItsBeginningAndNotReported() {
        String article = "The quarterly report shows revenue growth across all regions. Analysts expect the trend to "
                + "continue into next year as demand for cloud services rises. ";
        assertEquals(List.of(), MESSAGES.detect(article.repeat(2_000), "en"));
    }
}
