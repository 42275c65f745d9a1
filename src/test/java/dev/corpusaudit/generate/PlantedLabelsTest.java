package dev.corpusaudit.generate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The labels tell the truth: what is planted is labelled, near misses are not, and the planted
 * categories come at realistic rates. Checked with validators written here, not the generator's.
 */
class PlantedLabelsTest {
    /** 13 to 19 digits, single spaces or dashes between them: what a card detector would look at. */
    private static final Pattern CARD_LIKE = Pattern.compile("(?<!\\d)\\d(?:[ -]?\\d){12,18}(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    /** An address written out, as the generator writes it: "anna at acme dot de", "anna (at) acme (dot) de". */
    private static final Pattern WRITTEN_OUT = Pattern.compile("[A-Za-z0-9._-]+ (?:at|\\[at\\]|\\(at\\)) [a-z0-9-]+ (?:dot|\\[dot\\]|\\(dot\\)) [a-z]{2,}");
    private static final Set<String> FORMULA_PREFIXES = Set.of("=", "+", "-", "@");

    private final GeneratedCorpus corpus = GeneratedCorpus.get();

    @Test
    void everyPlantedCardPassesLuhnAndEveryOtherCardLikeNumberFails() {
        int cards = 0;
        int nearMisses = 0;
        for (int i = 0; i < corpus.records.size(); i++) {
            boolean labelled = corpus.labelled(i, "excluded.payment_card");
            boolean valid = false;
            Matcher m = CARD_LIKE.matcher(corpus.text(i));
            while (m.find()) {
                String digits = m.group().replaceAll("[ -]", "");
                if (luhn(digits)) {
                    valid = true;
                } else {
                    nearMisses++;
                }
                assertTrue(labelled || !luhn(digits), "unlabelled Luhn-valid number " + m.group() + " in " + corpus.text(i));
            }
            if (labelled) {
                cards++;
                assertTrue(valid, "labelled card record without a valid card: " + corpus.text(i));
            }
        }
        assertTrue(cards > 0 && nearMisses > 0, cards + " cards, " + nearMisses + " near misses");
    }

    @Test
    void recordsWithAnAddressWrittenOrWrittenOutAreLabelledEmailAndNoOthers() {
        int obfuscated = 0;
        int handles = 0;
        for (int i = 0; i < corpus.records.size(); i++) {
            String text = corpus.text(i);
            boolean hasAddress = EMAIL.matcher(text).find();
            boolean writtenOut = WRITTEN_OUT.matcher(text).find();
            assertEquals(hasAddress || writtenOut, corpus.labelled(i, "pii.email"), text);
            obfuscated += writtenOut ? 1 : 0;
            handles += !hasAddress && text.matches("(?s).*(^|\\s)@[A-Za-z]\\w+.*") ? 1 : 0;
        }
        assertTrue(obfuscated > 0 && handles > 0, obfuscated + " obfuscated, " + handles + " handles");
    }

    @Test
    void hostileRecordsStartWithAFormulaAndCarryAnEmail() {
        int hostile = 0;
        for (int i = 0; i < corpus.records.size(); i++) {
            String text = corpus.text(i);
            if (text.startsWith("=HYPERLINK(\"http://example.invalid\",\"click\")") || text.startsWith("+SUM(1,2)")
                    || text.startsWith("-2+3") || text.startsWith("@cmd")) {
                hostile++;
                assertTrue(corpus.labelled(i, "pii.email"), text);
            } else {
                assertFalse(FORMULA_PREFIXES.contains(text.substring(0, 1)), "stray formula-like start: " + text);
            }
        }
        double share = hostile / (double) corpus.records.size();
        assertTrue(share > 0.0008 && share < 0.004, "hostile share " + share);
    }

    @Test
    void healthLabelsSaySubjectAndUseDiagnoseOftenEnough() {
        Map<String, Integer> subjects = new HashMap<>();
        int health = 0;
        int diagnosed = 0;
        int diagnoseWithoutHealth = 0;
        for (int i = 0; i < corpus.records.size(); i++) {
            JsonNode label = corpus.labels.get(i);
            boolean mentionsDiagnosis = corpus.text(i).toLowerCase().contains("diagnos");
            if (corpus.labelled(i, "special.health")) {
                health++;
                diagnosed += mentionsDiagnosis ? 1 : 0;
                String subject = label.get("subjects").get("special.health").asText();
                assertTrue(Set.of("self", "person", "general").contains(subject), subject);
                subjects.merge(subject, 1, Integer::sum);
            } else {
                assertFalse(label.has("subjects"), label.toString());
                diagnoseWithoutHealth += mentionsDiagnosis ? 1 : 0;
            }
        }
        assertEquals(Set.of("self", "person", "general"), subjects.keySet());
        assertTrue(subjects.get("self") > subjects.get("person") && subjects.get("self") > subjects.get("general"), subjects.toString());
        assertTrue(diagnosed * 3 >= health, diagnosed + " of " + health + " health records say diagnose");
        assertTrue(diagnoseWithoutHealth > 0, "near misses with a non-medical diagnose");
    }

    @Test
    void plantedCategoriesComeAtRealisticRates() {
        Map<String, Long> perCategory = corpus.stats.labelledRecordsPerCategory();
        double n = corpus.records.size();
        assertBetween("pii.email", perCategory.get("pii.email") / n, 0.04, 0.07);
        assertBetween("excluded.payment_card", perCategory.get("excluded.payment_card") / n, 0.007, 0.016);
        assertBetween("special.health", perCategory.get("special.health") / n, 0.04, 0.065);
        assertBetween("excluded.private_message", perCategory.get("excluded.private_message") / n, 0.07, 0.11);
        assertBetween("excluded.job_application", perCategory.get("excluded.job_application") / n, 0.025, 0.04);
        assertBetween("excluded.minor", perCategory.get("excluded.minor") / n, 0.025, 0.055);
        assertBetween("excluded.opted_out", perCategory.get("excluded.opted_out") / n, 0.01, 0.03);
        assertBetween("excluded.salary", perCategory.get("excluded.salary") / n, 0.002, 0.006);
        assertEquals(Set.of("pii.email", "excluded.payment_card", "special.health", "excluded.private_message",
                "excluded.job_application", "excluded.salary", "excluded.minor", "excluded.opted_out"), perCategory.keySet());
    }

    @Test
    void categoriesAreSortedAndKnown() {
        for (JsonNode label : corpus.labels) {
            String previous = "";
            for (JsonNode category : label.get("categories")) {
                assertTrue(category.asText().compareTo(previous) > 0, label.toString());
                previous = category.asText();
            }
        }
    }

    private static void assertBetween(String what, double value, double min, double max) {
        assertTrue(value >= min && value <= max, what + " rate " + value + " not in " + min + ".." + max);
    }

    /** The Luhn check, written here independently of the generator's. */
    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
