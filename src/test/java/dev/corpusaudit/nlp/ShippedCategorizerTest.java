package dev.corpusaudit.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corpusaudit.model.Json;
import dev.corpusaudit.nlp.CategorizerTraining.Params;
import dev.corpusaudit.nlp.CategorizerTraining.Sample;
import dev.corpusaudit.ruleset.Ruleset;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped categorizers are the ones their shipped training text and recorded parameters make. */
class ShippedCategorizerTest {
    private static final Path MODEL = Path.of("rulesets/categorizer/special.bin");

    @Test
    void theShippedPolicyNamesTheSpecialCategoryModel() {
        assertEquals(MODEL.toAbsolutePath().normalize(), Ruleset.load(Path.of(Ruleset.DEFAULT_POLICY)).categorizer());
    }

    @ParameterizedTest
    @CsvSource({"special, rulesets/categorizer/train", "messages-nb, rulesets/categorizer/messages",
            "messages-maxent, rulesets/categorizer/messages",
            "applications-nb, rulesets/categorizer/applications rulesets/categorizer/messages",
            "applications-maxent, rulesets/categorizer/applications rulesets/categorizer/messages",
            "salary-nb, rulesets/categorizer/salary rulesets/categorizer/messages",
            "salary-maxent, rulesets/categorizer/salary rulesets/categorizer/messages"})
    void theShippedModelWasTrainedFromTheShippedData(String name, String folders) throws Exception {
        Path model = Path.of("rulesets/categorizer/" + name + ".bin");
        JsonNode made = Json.MAPPER.readTree(Path.of("rulesets/categorizer/" + name + ".json").toFile());
        List<Path> data = Stream.of(folders.split(" ")).map(Path::of).toList();
        List<String> recorded = new ArrayList<>();
        made.get("data").forEach(folder -> recorded.add(folder.asText()));
        assertEquals(folders, String.join(" ", recorded), "the model's .json names other training folders");
        assertEquals(made.get("data_sha256").asText(), CategorizerTraining.dataSha256(data),
                "the training text changed since the model was trained: retrain with the command in the README");
        List<Sample> samples = CategorizerTraining.read(data);
        assertEquals(made.get("samples").asInt(), samples.size());
        JsonNode p = made.get("params");
        Params params = new Params(p.get("algorithm").asText(), p.get("iterations").asInt(), p.get("cutoff").asInt(),
                p.path("number_shapes").asBoolean(false));
        DocumentCategorizer retrained = new DocumentCategorizer(CategorizerTraining.train(samples, params));
        DocumentCategorizer shipped = new DocumentCategorizer(DocumentCategorizer.load(model));
        for (int i = 0; i < samples.size(); i += 27) {
            Sample s = samples.get(i);
            Map<String, Double> a = shipped.scores(s.text(), s.lang());
            Map<String, Double> b = retrained.scores(s.text(), s.lang());
            assertEquals(a.keySet(), b.keySet());
            for (String label : a.keySet()) {
                assertEquals(a.get(label), b.get(label), 1e-9, s.origin() + " " + label);
            }
        }
    }

    @Test
    void itTellsASpecialTextFromAnOrdinaryOne() {
        DocumentCategorizer shipped = new DocumentCategorizer(DocumentCategorizer.load(MODEL));
        Map<String, Double> strike = shipped.scores("Morgen streiken wir: ver.di hat zum Warnstreik aufgerufen, "
                + "und ich bin als Gewerkschaftsmitglied dabei.", "de");
        assertTrue(strike.get("special.trade_union") > 0.5, strike.toString());
        Map<String, Double> launch = shipped.scores("Thrilled to announce our new analytics dashboard, "
                + "launching next week with three enterprise customers.", "en");
        assertTrue(launch.get("none") > 0.5, launch.toString());
    }

    @ParameterizedTest
    @CsvSource({"messages-nb", "messages-maxent"})
    void itTellsAPrivateMessageFromAPublicPost(String name) {
        DocumentCategorizer shipped = shipped(name);
        Map<String, Double> chat = shipped.scores("are you still coming tonight? text me when you leave", "en");
        assertTrue(chat.get("excluded.private_message") > 0.9, chat.toString());
        Map<String, Double> launch = shipped.scores("Thrilled to announce our new analytics dashboard, "
                + "launching next week with three enterprise customers. #analytics", "en");
        assertTrue(launch.get("none") > 0.9, launch.toString());
    }

    @ParameterizedTest
    @CsvSource({"applications-nb", "applications-maxent"})
    void itTellsAJobApplicationFromAJobAdAndAMessage(String name) {
        DocumentCategorizer shipped = shipped(name);
        Map<String, Double> letter = shipped.scores("Dear Ms Patel, I would love to join your team as a junior data "
                + "analyst. I finished my statistics degree in June and spent my placement year cleaning sales data "
                + "for a retailer. I can start in September.", "en");
        assertTrue(letter.get("excluded.job_application") > 0.9, letter.toString());
        Map<String, Double> ad = shipped.scores("We are looking for a junior data analyst to join our team in "
                + "September. A degree in statistics is a plus. Apply on our careers page.", "en");
        assertTrue(ad.get("excluded.job_application") < 0.5, ad.toString());
        Map<String, Double> chat = shipped.scores("are you still coming tonight? text me when you leave", "en");
        assertTrue(chat.get("excluded.job_application") < 0.5, chat.toString());
    }

    @ParameterizedTest
    @CsvSource({"special", "messages-nb", "messages-maxent", "applications-nb", "applications-maxent"})
    void aTextsFeaturesGiveTheScoresOpenNlpGivesItsWords(String name) {
        DocumentCategorizer shipped = shipped(name);
        DocumentCategorizerME opennlp = new DocumentCategorizerME(DocumentCategorizer.load(
                Path.of("rulesets/categorizer/" + name + ".bin")));
        for (String[] text : new String[][]{{"en", "are you still coming tonight? text me when you leave"},
                {"de", "Morgen streiken wir: ver.di hat zum Warnstreik aufgerufen."}, {"fr", "Madame, Monsieur, je "
                + "souhaite rejoindre votre cabinet en alternance."}, {"nl", ""}}) {
            String[] words = DocumentCategorizer.tokens(text[1], text[0]);
            double[] p = opennlp.categorize(words);
            Map<String, Double> expected = new HashMap<>();
            for (int i = 0; i < p.length; i++) {
                expected.put(opennlp.getCategory(i), p[i]);
            }
            assertEquals(expected, shipped.scoresOfFeatures(shipped.features(words)), text[1]);
        }
    }

    @Test
    void theShippedModelsMakeTheSameFeaturesOfAText() {
        List<String> kinds = Stream.of("special", "messages-nb", "messages-maxent", "applications-nb",
                "applications-maxent").map(name -> shipped(name).featureKind()).distinct().toList();
        assertEquals(1, kinds.size(), kinds.toString());
    }

    private static DocumentCategorizer shipped(String name) {
        return new DocumentCategorizer(DocumentCategorizer.load(Path.of("rulesets/categorizer/" + name + ".bin")));
    }
}
