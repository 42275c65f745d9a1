package dev.corpusaudit.generate;

import dev.corpusaudit.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code generate} command end to end: options, files, exit codes. */
class GenerateCommandTest {

    @Test
    void writesTheRequestedRecords(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("nested/out");
        assertEquals(Main.EXIT_OK, Main.run("generate", "--records", "120", "--seed", "3", "--out", out.toString(), "--quiet"));
        assertEquals(120, Files.readAllLines(out.resolve("corpus.jsonl")).size());
        assertEquals(120, Files.readAllLines(out.resolve("labels.jsonl")).size());
        assertEquals("{\"seed\":3,\"records\":120,\"snapshot_date\":\"2026-02-01\"}", Files.readString(out.resolve("generation.json")).strip());
        for (String file : List.of("members.csv", "optouts.csv", "salaries.csv", "messages.jsonl")) {
            assertTrue(Files.exists(out.resolve(file)), file);
        }
    }

    @Test
    void takesASnapshotDate(@TempDir Path dir) throws IOException {
        assertEquals(Main.EXIT_OK, Main.run("generate", "--records", "50", "--snapshot-date", "2025-12-24", "--out", dir.toString(), "--quiet"));
        assertTrue(Files.readString(dir.resolve("generation.json")).contains("\"snapshot_date\":\"2025-12-24\""));
        for (String line : Files.readAllLines(dir.resolve("corpus.jsonl"))) {
            String created = line.replaceAll(".*\"created_at\":\"([0-9-]+)\".*", "$1");
            assertTrue(created.compareTo("2025-12-24") <= 0, created);
        }
    }

    @Test
    void rejectsBadOptions(@TempDir Path dir) {
        assertEquals(Main.EXIT_USAGE, Main.run("generate", "--records", "-1", "--out", dir.toString(), "--quiet"));
        assertEquals(Main.EXIT_USAGE, Main.run("generate", "--records", "10"));
        assertEquals(Main.EXIT_USAGE, Main.run("generate", "--records", "10", "--snapshot-date", "2026-13-01", "--out", dir.toString(), "--quiet"));
    }
}
