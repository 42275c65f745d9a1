package dev.corpusaudit.nlp;

import dev.corpusaudit.nlp.CategorizerTraining.Sample;
import opennlp.tools.doccat.DoccatModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The flat table gives a quasi-Newton model's probabilities exactly as OpenNLP's own evaluation does. */
class MaxentTableTest {

    @ParameterizedTest
    @CsvSource({"messages-maxent, rulesets/categorizer/messages",
            "applications-maxent, rulesets/categorizer/applications rulesets/categorizer/messages",
            "salary-maxent, rulesets/categorizer/salary"})
    void itGivesOpenNlpsProbabilitiesToTheLastBit(String name, String folders) {
        DoccatModel model = DocumentCategorizer.load(Path.of("rulesets/categorizer/" + name + ".bin"));
        MaxentTable table = MaxentTable.of(model.getMaxentModel());
        assertNotNull(table);
        DocumentCategorizer categorizer = new DocumentCategorizer(model);
        List<Path> data = Stream.of(folders.split(" ")).map(Path::of).toList();
        List<Sample> samples = CategorizerTraining.read(data);
        for (int i = 0; i < samples.size(); i += 7) {
            Sample s = samples.get(i);
            String[] features = categorizer.features(DocumentCategorizer.tokens(s.text(), s.lang()));
            assertArrayEquals(model.getMaxentModel().eval(features), table.eval(features), 0.0, s.origin());
        }
        String[] unknown = {"zzqx", "bg=zzqx qxzz", "zzqx"};
        assertArrayEquals(model.getMaxentModel().eval(unknown), table.eval(unknown), 0.0);
        assertArrayEquals(model.getMaxentModel().eval(new String[0]), table.eval(new String[0]), 0.0);
    }

    @Test
    void aNaiveBayesModelIsLeftToOpenNlp() {
        assertNull(MaxentTable.of(DocumentCategorizer.load(Path.of("rulesets/categorizer/messages-nb.bin"))
                .getMaxentModel()));
    }

    @Test
    void theHashIsNeverTheEmptySlotsAndTellsNearStringsApart() {
        assertNotEquals(MaxentTable.hash("ab"), MaxentTable.hash("ba"));
        assertNotEquals(MaxentTable.hash(""), MaxentTable.hash("\0"));
        assertNotEquals(0L, MaxentTable.hash(""));
    }
}
