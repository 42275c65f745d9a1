package dev.corpusaudit.generate;

import dev.corpusaudit.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The {@code generate} command end to end: options, files, exit codes. */
class GenerateCommandTest {

    @Test
    void writesTheRequestedRecords(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("nested/out");
        assertEquals(Main.EXIT_OK, Main.run("generate", "--records", "120", "--seed", "3", "--out", out.toString(), "--quiet"));
        assertEquals(120, Files.readAllLines(out.resolve("corpus.jsonl")).size());
        assertEquals(120, Files.readAllLines(out.resolve("labels.jsonl")).size());
    }

    @Test
    void rejectsBadOptions(@TempDir Path dir) {
        assertEquals(Main.EXIT_USAGE, Main.run("generate", "--records", "-1", "--out", dir.toString(), "--quiet"));
        assertEquals(Main.EXIT_USAGE, Main.run("generate", "--records", "10"));
    }
}
