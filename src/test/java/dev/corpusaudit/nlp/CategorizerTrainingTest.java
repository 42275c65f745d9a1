package dev.corpusaudit.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CategorizerTrainingTest {
    @TempDir
    Path dir;

    @Test
    void aTsvFileNamesItsLanguageWithOrWithoutASuffix() throws Exception {
        Files.write(dir.resolve("en.tsv"), List.of("# comment", "none\tRelease notes are out"));
        Files.write(dir.resolve("de-forum.tsv"), List.of("special.health\tSeit Jahren Migräne, was hilft euch?", "",
                "none\tWer kennt ein gutes Tablet?"));
        List<CategorizerTraining.Sample> samples = CategorizerTraining.read(List.of(dir));
        assertEquals(List.of("de", "de", "en"), samples.stream().map(CategorizerTraining.Sample::lang).toList());
        assertEquals(List.of("special.health", "none", "none"),
                samples.stream().map(CategorizerTraining.Sample::label).toList());
        assertEquals(dir.resolve("de-forum.tsv") + ":3", samples.get(1).origin());
    }
}
