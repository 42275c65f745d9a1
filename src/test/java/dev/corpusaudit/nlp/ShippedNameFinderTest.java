package dev.corpusaudit.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corpusaudit.model.Json;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shipped name finder is the one its shipped template sentences, name lists and recorded parameters make. */
class ShippedNameFinderTest {
    private static final Path DATA = Path.of("rulesets/person/train");
    private static final Path NAMES = Path.of("rulesets/lexicons");
    private static final Path MODEL = Path.of("rulesets/person/names.bin");

    @Test
    void theShippedModelWasTrainedFromTheShippedData() throws Exception {
        JsonNode made = Json.MAPPER.readTree(Path.of("rulesets/person/names.json").toFile());
        assertEquals(made.get("data_sha256").asText(),
                NameFinderTraining.dataSha256(NameSentences.files(List.of(DATA)), NAMES),
                "the training sentences or name lists changed since the model was trained: retrain with the command "
                        + "in the README");
        JsonNode p = made.get("params");
        NameFinderTraining.Params params = new NameFinderTraining.Params(p.get("copies").asInt(),
                p.get("seed").asLong(), p.get("algorithm").asText(), p.get("iterations").asInt(),
                p.get("cutoff").asInt(), p.get("beam").asInt());
        List<NameSentences.Template> templates = NameSentences.read(List.of(DATA));
        NamePool pool = NamePool.read(NAMES);
        NameFinderME retrained = new NameFinderME(NameFinderTraining.train(templates, pool, params));
        NameFinderME shipped = new NameFinderME(PersonFinder.load(MODEL));
        List<NameSample> probe = NameFinderTraining.samples(templates, pool, 1, 99);
        for (int i = 0; i < probe.size(); i += 41) {
            String[] tokens = probe.get(i).getSentence();
            shipped.clearAdaptiveData();
            retrained.clearAdaptiveData();
            assertArrayEquals(shipped.find(tokens), retrained.find(tokens), Arrays.toString(tokens));
            assertArrayEquals(shipped.probs(), retrained.probs(), 1e-9, Arrays.toString(tokens));
        }
    }
}
