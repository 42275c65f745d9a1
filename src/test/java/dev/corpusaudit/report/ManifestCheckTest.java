package dev.corpusaudit.report;

import dev.corpusaudit.model.AuditSummary;
import dev.corpusaudit.model.FileDigest;
import dev.corpusaudit.ruleset.Ruleset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManifestCheckTest {
    @TempDir
    Path root;

    private Path report;
    private Path input;

    @BeforeEach
    void makeReport() throws IOException {
        report = ReportFixtures.reportFolder(root);
        input = root.resolve("corpus.jsonl").toAbsolutePath();
    }

    @Test
    void aCleanReportFolderVerifies() throws IOException {
        ManifestCheck.Result result = ManifestCheck.check(report);
        assertEquals(List.of(), result.problems());
        assertEquals(3, result.outputsChecked()); // findings.jsonl, summary.json, charts/categories.png
        assertEquals(1, result.inputsChecked());
        assertEquals(0, result.inputsAbsent());
        assertEquals("linkedin-genai-2025", result.manifest().ruleset().id());
    }

    @Test
    void aFlippedByteIsNamedWithBothHashes() throws IOException {
        Path findings = report.resolve("findings.jsonl");
        String before = FileDigest.of(findings, "x").sha256();
        byte[] bytes = Files.readAllBytes(findings);
        bytes[10] ^= 1;
        Files.write(findings, bytes);
        String after = FileDigest.of(findings, "x").sha256();

        assertEquals(List.of(new ManifestCheck.Problem(ManifestCheck.Status.CHANGED, "output", "findings.jsonl",
                        "sha256 " + before.substring(0, 12) + " expected, " + after.substring(0, 12) + " found")),
                ManifestCheck.check(report).problems());
        assertEquals("changed\toutput\tfindings.jsonl\tsha256 " + before.substring(0, 12) + " expected, "
                + after.substring(0, 12) + " found", ManifestCheck.check(report).problems().get(0).line());
    }

    /** A change to the folder or the input, and the one problem line it must give. */
    static Stream<Arguments> tampering() {
        return Stream.of(
                Arguments.of("deleted output", (Tamper) (report, input) -> Files.delete(report.resolve(
                        "charts/categories.png")), "missing\toutput\tcharts/categories.png\tlisted in the manifest, "
                        + "not found"),
                Arguments.of("extra file", (Tamper) (report, input) -> Files.writeString(report.resolve("notes.txt"),
                        "x"), "extra\toutput\tnotes.txt\tin the report folder, not in the manifest"),
                Arguments.of("leftover temporary file", (Tamper) (report, input) -> Files.writeString(
                        report.resolve("charts/.x.png123.tmp"), "x"),
                        "extra\toutput\tcharts/.x.png123.tmp\tin the report folder, not in the manifest"),
                Arguments.of("file name with a newline", (Tamper) (report, input) -> Files.writeString(
                        report.resolve("a\nb"), "x"), "extra\toutput\ta?b\tin the report folder, not in the manifest"),
                Arguments.of("grown summary", (Tamper) (report, input) -> Files.writeString(report.resolve(
                        "summary.json"), " ", java.nio.file.StandardOpenOption.APPEND), "size differs\toutput\t"
                        + "summary.json\t"));
    }

    @FunctionalInterface
    interface Tamper {
        void apply(Path report, Path input) throws IOException;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tampering")
    void aChangeGivesOneProblemLine(String name, Tamper tamper, String expectedLine) throws IOException {
        tamper.apply(report, input);
        List<ManifestCheck.Problem> problems = ManifestCheck.check(report).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).line().startsWith(expectedLine), problems.get(0).line());
    }

    @Test
    void aGrownFileSaysBothSizes() throws IOException {
        long size = Files.size(report.resolve("summary.json"));
        Files.writeString(report.resolve("summary.json"), " ", java.nio.file.StandardOpenOption.APPEND);
        String detail = ManifestCheck.check(report).problems().get(0).detail();
        assertTrue(detail.startsWith(size + " bytes expected, " + (size + 1) + " found; sha256 "), detail);
    }

    @Test
    void aChangedInputIsDetectedAndAMovedOneIsCountedAsNotChecked() throws IOException {
        Files.writeString(input, Files.readString(input).replace("diabetes", "diabetis"));
        ManifestCheck.Result changed = ManifestCheck.check(report);
        assertEquals(1, changed.problems().size());
        assertEquals(ManifestCheck.Status.CHANGED, changed.problems().get(0).status());
        assertEquals("input", changed.problems().get(0).role());
        assertEquals(input.toString(), changed.problems().get(0).path());

        Files.move(input, root.resolve("elsewhere.jsonl"));
        ManifestCheck.Result moved = ManifestCheck.check(report);
        assertEquals(List.of(), moved.problems());
        assertEquals(0, moved.inputsChecked());
        assertEquals(1, moved.inputsAbsent());
    }

    @Test
    void theSignatureFileIsNotExtra() throws IOException {
        Files.writeString(report.resolve(ManifestSignature.FILE), "{}");
        assertEquals(List.of(), ManifestCheck.check(report).problems());
    }

    @Test
    void aPathLeavingTheFolderAndAnUnreadableManifestAreProblems() throws IOException {
        Path manifest = report.resolve(Manifest.FILE);
        String text = Files.readString(manifest);
        Files.writeString(manifest, text.replace("\"charts/categories.png\"", "\"../corpus.jsonl\""));
        List<ManifestCheck.Problem> problems = ManifestCheck.check(report).problems();
        assertEquals(List.of("outside\toutput\t../corpus.jsonl\tnot inside the report folder",
                        "extra\toutput\tcharts/categories.png\tin the report folder, not in the manifest"),
                problems.stream().map(ManifestCheck.Problem::line).toList());

        Files.writeString(manifest, "{\"tool\": ");
        ManifestCheck.Result unreadable = ManifestCheck.check(report);
        assertNull(unreadable.manifest());
        assertEquals(ManifestCheck.Status.UNREADABLE, unreadable.problems().get(0).status());
        Files.writeString(manifest, "{}");
        assertEquals("unreadable\tmanifest\tmanifest.json\tit lists no ruleset, inputs or outputs",
                ManifestCheck.check(report).problems().get(0).line());
    }

    @Test
    void aRulesetIsCheckedByItsHash() throws IOException {
        Files.createDirectories(root.resolve("policy/rules"));
        Path policy = root.resolve("policy/policy.yaml");
        Files.writeString(policy, "id: t\ntitle: t\nversion: 1.0.0\nrule_packs: [rules]\n");
        Files.writeString(root.resolve("policy/rules/key.yaml"), String.join("\n",
                "id: t.key", "version: 1.0.0", "category: excluded.credentials", "type: pattern",
                "description: a key", "confidence: 0.5", "patterns:", "  - {name: k, regex: 'KEY-[0-9]{4}'}",
                "examples:", "  - {lang: en, text: 'use KEY-1234 now', expect: ['KEY-1234']}",
                "  - {lang: en, text: 'no key here', expect: []}", ""));
        Ruleset ruleset = Ruleset.load(policy);
        List<ManifestCheck.Problem> other = ManifestCheck.check(report, ruleset).problems();
        assertEquals(List.of(new ManifestCheck.Problem(ManifestCheck.Status.CHANGED, "ruleset", policy.toString(),
                "sha256 abababababab expected, " + ruleset.sha256().substring(0, 12) + " found")), other);

        Manifest.write(report, new AuditSummary.RulesetInfo("t", "t", "1.0.0", ruleset.sha256()), List.of(),
                java.time.Instant.EPOCH);
        assertEquals(List.of(), ManifestCheck.check(report, ruleset).problems());
    }

    @Test
    void aNewManifestRemovesTheSignatureOfTheOldOne() throws IOException {
        Files.writeString(report.resolve(ManifestSignature.FILE), "{}");
        Manifest.write(report, ReportFixtures.summary().ruleset(), List.of(), java.time.Instant.EPOCH);
        assertTrue(Files.notExists(report.resolve(ManifestSignature.FILE)));
    }
}
