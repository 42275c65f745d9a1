package dev.corpusaudit.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corpusaudit.model.Json;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Language identification on every text of the committed sample, against its labelled language. */
class LanguageAccuracySampleTest {
    @Test
    void identifiesTheSampleLanguages() throws Exception {
        List<String> corpus = Files.readAllLines(Path.of("sample-data/corpus.jsonl"));
        List<String> labels = Files.readAllLines(Path.of("sample-data/labels.jsonl"));
        assertEquals(corpus.size(), labels.size());
        FunctionWordVote vote = new FunctionWordVote();
        LanguageIdentifier identifier = new LanguageIdentifier(ModelRegistry.shared());
        int voted = 0;
        int right = 0;
        for (int i = 0; i < corpus.size(); i++) {
            String text = Json.MAPPER.readTree(corpus.get(i)).get("text").asText();
            JsonNode label = Json.MAPPER.readTree(labels.get(i));
            voted += vote.vote(LanguageIdentifier.prefix(text)) != null ? 1 : 0;
            right += identifier.detect(text).equals(label.get("lang").asText()) ? 1 : 0;
        }
        double accuracy = right / (double) corpus.size();
        System.out.printf("sample: %d records, vote decides %.2f, identifier accuracy %.4f%n", corpus.size(),
                voted / (double) corpus.size(), accuracy);
        assertTrue(accuracy >= 0.98, "accuracy " + accuracy);
    }
}
