package dev.corpusaudit.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corpusaudit.model.Json;
import dev.corpusaudit.nlp.CategorizerTraining.Params;
import dev.corpusaudit.nlp.CategorizerTraining.Sample;
import dev.corpusaudit.ruleset.Ruleset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
    @CsvSource({"rulesets/categorizer/train, special", "rulesets/categorizer/messages, messages-nb",
            "rulesets/categorizer/messages, messages-maxent"})
    void theShippedModelWasTrainedFromTheShippedData(Path data, String name) throws Exception {
        Path model = Path.of("rulesets/categorizer/" + name + ".bin");
        JsonNode made = Json.MAPPER.readTree(Path.of("rulesets/categorizer/" + name + ".json").toFile());
        assertEquals(made.get("data_sha256").asText(), CategorizerTraining.dataSha256(List.of(data)),
                "the training text changed since the model was trained: retrain with the command in the README");
        List<Sample> samples = CategorizerTraining.read(List.of(data));
        assertEquals(made.get("samples").asInt(), samples.size());
        JsonNode p = made.get("params");
        Params params = new Params(p.get("algorithm").asText(), p.get("iterations").asInt(), p.get("cutoff").asInt());
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
        Path model = Path.of("rulesets/categorizer/" + name + ".bin");
        DocumentCategorizer shipped = new DocumentCategorizer(DocumentCategorizer.load(model));
        Map<String, Double> chat = shipped.scores("are you still coming tonight? text me when you leave", "en");
        assertTrue(chat.get("excluded.private_message") > 0.9, chat.toString());
        Map<String, Double> launch = shipped.scores("Thrilled to announce our new analytics dashboard, "
                + "launching next week with three enterprise customers. #analytics", "en");
        assertTrue(launch.get("none") > 0.9, launch.toString());
    }
}
