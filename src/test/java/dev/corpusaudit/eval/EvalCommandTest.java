package dev.corpusaudit.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corpusaudit.cli.Main;
import dev.corpusaudit.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code eval} subcommand through {@link Main#run}, with stdout and stderr captured. */
class EvalCommandTest {

    @TempDir
    Path dir;

    /** Exit code and what the command printed. */
    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    Path[] writeInputs() throws IOException {
        return new Path[]{
                Files.writeString(dir.resolve("findings.jsonl"), EvaluatorTest.FINDINGS),
                Files.writeString(dir.resolve("labels.jsonl"), EvaluatorTest.LABELS)};
    }

    @Test
    void printsTheTableAndWritesJson() throws IOException {
        Path[] in = writeInputs();
        Path json = dir.resolve("out/eval.json");
        Run run = run("eval", "--findings", in[0].toString(), "--labels", in[1].toString(),
                "--min-confidence", "0.5", "--json", json.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("labelled records: 5\nmin confidence: 0.500\n"), run.out());
        assertTrue(run.out().contains(
                "special.health   1   0   1      1.000   0.500  0.667        2\n"), run.out());
        assertTrue(run.err().contains("warning: findings for unlabelled records: 1 (record ids not in "), run.err());

        JsonNode written = Json.MAPPER.readTree(json.toFile());
        assertEquals(0.5, written.get("min_confidence").asDouble());
        assertEquals(3, written.get("not_labelled").get("pii.person").get("findings").asLong());
    }

    @Test
    void formatJsonPrintsJsonOnStdout() throws IOException {
        Path[] in = writeInputs();
        Run run = run("eval", "--findings", in[0].toString(), "--labels", in[1].toString(), "--format", "json",
                "--quiet");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        JsonNode printed = Json.MAPPER.readTree(run.out());
        assertEquals(2, printed.get("micro").get("fp").asLong());
        assertTrue(printed.get("categories").get(1).get("precision").isNull(), run.out());
    }

    @Test
    void missingFileExitsWith3() throws IOException {
        Path[] in = writeInputs();
        Run run = run("eval", "--findings", dir.resolve("missing.jsonl").toString(), "--labels", in[1].toString());

        assertEquals(Main.EXIT_INPUT, run.exitCode());
        assertEquals("", run.out());
        assertEquals("error: cannot read " + dir.resolve("missing.jsonl") + ": no such file", run.err().strip());
    }

    @Test
    void malformedLineExitsWith2() throws IOException {
        Path[] in = writeInputs();
        Files.writeString(in[1], "{\"record_id\":\"r1\",\"categories\":\"pii.email\"}\n");
        Run run = run("eval", "--findings", in[0].toString(), "--labels", in[1].toString());

        assertEquals(Main.EXIT_USAGE, run.exitCode());
        assertEquals("error: " + in[1] + ":1: \"categories\" must be an array", run.err().strip());
    }

    @Test
    void helpShowsTheExample() {
        Run run = run("eval", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Example: corpus-audit eval --findings reports/sample/findings.jsonl"), run.out());
    }
}
