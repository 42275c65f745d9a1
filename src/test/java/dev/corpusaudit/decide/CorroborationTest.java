package dev.corpusaudit.decide;

import dev.corpusaudit.model.Finding;
import dev.corpusaudit.ruleset.Policy;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorroborationTest {
    private static final Policy POLICY = new Policy("p", "P", "1.0.0", null, null, List.of("rules"), Map.of(),
            Map.of("special.*", 0.6, "special.health", 0.9), null, null, null, null, null, null, null, null);

    private static Finding finding(String category, String rule, double confidence, int start, int end) {
        return new Finding(0, "r", category, "general", rule, "1.0.0", "phrase", confidence, "high", "en", start, end,
                "masked", rule + " matched");
    }

    private static Finding mention(String text, String word, double confidence) {
        int at = text.indexOf(word);
        return finding("special.political", "political.party_mention", confidence, at, at + word.length());
    }

    @Test
    void oneNameIsBelowTheThresholdAndTheSameNameTwiceIsStillOneTerm() {
        String text = "Die SPD und die spd, nochmal SPD.";
        List<Finding> signals = new ArrayList<>();
        int from = 0;
        for (String word : List.of("SPD", "spd", "SPD")) {
            int at = text.indexOf(word, from);
            signals.add(finding("special.political", "political.party_mention", 0.45, at, at + 3));
            from = at + 3;
        }
        assertEquals(List.of(), Corroboration.apply(signals, text, POLICY, null));
    }

    @Test
    void otherDistinctTermsOfTheCategoryRaiseEachFindingUpToTheCap() {
        String text = "SPD, CDU and the Bundestag after the Landtagswahl and a Volksentscheid.";
        List<Finding> two = List.of(mention(text, "SPD", 0.45), mention(text, "CDU", 0.45));
        assertEquals(List.of(), Corroboration.apply(two, text, POLICY, null), "0.45 + 0.1 stays under 0.6");
        List<Finding> three = List.of(mention(text, "SPD", 0.45), mention(text, "CDU", 0.45),
                mention(text, "Bundestag", 0.45));
        List<Finding> kept = Corroboration.apply(three, text, POLICY, null);
        assertEquals(3, kept.size());
        assertEquals(0.65, kept.get(0).confidence(), 1e-9);
        assertTrue(kept.get(0).explanation().endsWith("; 2 other distinct terms of special.political in the record "
                + "(+0.2); policy threshold 0.6"), kept.get(0).explanation());
        List<Finding> five = new ArrayList<>(three);
        five.add(mention(text, "Landtagswahl", 0.45));
        five.add(mention(text, "Volksentscheid", 0.45));
        assertEquals(0.75, Corroboration.apply(five, text, POLICY, null).get(0).confidence(), 1e-9, "at most +0.3");
    }

    @Test
    void aDisclosureReachesTheThresholdAloneAndOtherCategoriesPassUnchanged() {
        String text = "I voted for them. Write to a@b.example. I was diagnosed with asthma.";
        Finding self = mention(text, "voted for", 0.75);
        Finding email = finding("pii.email", "pii.email", 0.5, 29, 38);
        int at = text.indexOf("diagnosed with");
        Finding health = finding("special.health", "health.diagnosis", 0.6, at, at + 14);
        Finding inField = new Finding(0, "r", "special.health", "general", "health.diagnosis", "1.0.0", "phrase", 0.6,
                "high", "en", 0, 9, "d*** w***", "in field notes", "notes");
        List<Finding> kept = Corroboration.apply(List.of(self, email, health, inField), text, POLICY, null);
        // special.health needs 0.9 (the exact entry wins over special.*): the text's health signal is dropped; the
        // one in another field passes unchanged, like the e-mail address (no threshold for pii.email)
        assertEquals(3, kept.size(), kept.toString());
        assertEquals("special.political", kept.get(0).category());
        assertEquals(0.75, kept.get(0).confidence(), 1e-9);
        assertEquals(email, kept.get(1));
        assertEquals(inField, kept.get(2));
    }

    @Test
    void theCategorizersProbabilityAddsAndSaysSo() {
        String text = "SPD and CDU on pensions.";
        List<Finding> two = List.of(mention(text, "SPD", 0.45), mention(text, "CDU", 0.45));
        List<Finding> sure = Corroboration.apply(two, text, POLICY, Map.of("special.political", 0.63, "none", 0.37));
        assertEquals(2, sure.size());
        assertEquals(0.75, sure.get(0).confidence(), 1e-9, "0.45 + 0.1 (one other term) + 0.2 (p >= 0.5)");
        assertTrue(sure.get(0).explanation().contains("; categorizer p=0.63 (+0.2)"), sure.get(0).explanation());
        assertEquals(0.85, Corroboration.apply(two, text, POLICY, Map.of("special.political", 0.83)).get(0)
                .confidence(), 1e-9, "+0.3 from 0.8");
        assertEquals(0.65, Corroboration.apply(two, text, POLICY, Map.of("special.political", 0.3)).get(0)
                .confidence(), 1e-9, "+0.1 from 0.2");
        assertEquals(List.of(), Corroboration.apply(two, text, POLICY, Map.of("special.political", 0.1)), "0.55: nothing");
        Finding disclosure = mention(text, "SPD", 0.75);
        List<Finding> unlikely = Corroboration.apply(List.of(disclosure), text, POLICY,
                Map.of("special.political", 0.01, "none", 0.99));
        assertEquals(0.75, unlikely.get(0).confidence(), 1e-9, "a low probability takes nothing away");
        assertTrue(unlikely.get(0).explanation().contains("; categorizer p=0.01 (+0.0)"), unlikely.get(0).explanation());
    }

    @Test
    void aTermInsideALongerOneOfTheCategoryIsNoOtherTerm() {
        String text = "Living with Crohn's disease and the disease's diet.";
        int at = text.indexOf("Crohn's disease");
        Finding crohn = finding("special.health", "health.condition_mention", 0.45, at, at + 15);
        Finding inner = finding("special.health", "health.topic", 0.3, at + 8, at + 15);
        Finding diet = finding("special.health", "health.topic", 0.3, text.indexOf("diet"), text.indexOf("diet") + 4);
        List<Finding> kept = Corroboration.apply(List.of(crohn, inner, diet), text, POLICY, null);
        assertEquals(List.of(), kept, "two terms (Crohn's disease, diet), not three: 0.45 + 0.1 stays under 0.6");
    }

    @Test
    void theCategorizerIsAskedOnlyWhenItCouldDecide() {
        String text = "SPD, CDU and the Bundestag.";
        Finding spd = mention(text, "SPD", 0.45);
        assertTrue(Corroboration.categorizerCouldDecide(List.of(spd), text, POLICY), "0.45 + 0.2 would reach 0.6");
        assertTrue(Corroboration.categorizerCouldDecide(List.of(spd, mention(text, "CDU", 0.45)), text, POLICY));
        assertEquals(false, Corroboration.categorizerCouldDecide(List.of(spd, mention(text, "CDU", 0.45),
                mention(text, "Bundestag", 0.45)), text, POLICY), "0.65 without it: reported anyway");
        assertTrue(Corroboration.categorizerCouldDecide(List.of(mention(text, "Bundestag", 0.3)), text, POLICY),
                "0.3 + 0.3 (p >= 0.8) would reach 0.6");
        assertEquals(false, Corroboration.categorizerCouldDecide(List.of(mention(text, "Bundestag", 0.25)), text,
                POLICY), "0.25 + 0.3 stays under 0.6 whatever it says");
    }

    @Test
    void evidenceTwoRulesFoundIsReportedOnceByTheLongerFinding() {
        String text = "Schwarze Menschen und Behinderte.";
        Finding inner = finding("special.ethnic_origin", "ethnic_origin.group_exact", 0.6, 0, 8);
        Finding outer = finding("special.ethnic_origin", "ethnic_origin.group", 0.6, 0, 17);
        Finding other = finding("special.health", "health.disability_group_exact", 0.9, 22, 32);
        List<Finding> kept = Corroboration.apply(List.of(inner, outer, other), text, POLICY, null);
        assertEquals(List.of("ethnic_origin.group", "health.disability_group_exact"),
                kept.stream().map(Finding::ruleId).toList());
        // an inner finding under the threshold does not take the longer one's place: nothing is lost
        assertEquals(List.of("ethnic_origin.group_exact"), Corroboration.apply(List.of(inner,
                finding("special.ethnic_origin", "ethnic_origin.mention", 0.3, 0, 17)), text, POLICY, null)
                .stream().map(Finding::ruleId).toList());
    }
}
