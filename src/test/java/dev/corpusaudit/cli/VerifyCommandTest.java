package dev.corpusaudit.cli;

import dev.corpusaudit.report.ReportFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifyCommandTest {
    @TempDir
    Path root;

    private Path report;

    @BeforeEach
    void makeReport() throws IOException {
        report = ReportFixtures.reportFolder(root);
    }

    private static KeyPair ed25519() throws NoSuchAlgorithmException {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    @Test
    void exitZeroWhenEverythingMatchesAndOneWithALinePerProblem() throws IOException {
        assertEquals("", ScanEndToEndTest.captureStdout(() -> assertEquals(0, Main.run("verify", report.toString()))));

        Files.writeString(report.resolve("summary.json"), "{}");
        Files.writeString(report.resolve("notes.txt"), "x");
        String out = ScanEndToEndTest.captureStdout(() -> assertEquals(1, Main.run("verify", report.toString())));
        assertEquals(2, out.lines().count(), out);
        assertTrue(out.startsWith("size differs\toutput\tsummary.json\t"), out);
        assertTrue(out.contains("extra\toutput\tnotes.txt\tin the report folder, not in the manifest\n"), out);
    }

    @Test
    void aRulesetOtherThanTheScansFails() {
        String out = ScanEndToEndTest.captureStdout(() -> assertEquals(1, Main.run("verify", report.toString(),
                "--ruleset", "rulesets/linkedin-genai-2025.yaml")));
        assertTrue(out.startsWith("changed\truleset\trulesets/linkedin-genai-2025.yaml\tsha256 abababababab expected, "),
                out);
        assertEquals(2, Main.run("verify", report.toString(), "--ruleset", root.resolve("none.yaml").toString()));
    }

    @Test
    void signThenVerifyWithTheSignersKeyAndFailWithAnother() throws Exception {
        KeyPair signer = ed25519();
        Path key = ReportFixtures.pemFile(root.resolve("auditor.pem"), signer, false);
        Path pub = ReportFixtures.publicPemFile(root.resolve("auditor-pub.pem"), signer);
        Path otherPub = ReportFixtures.publicPemFile(root.resolve("other-pub.pem"), ed25519());

        assertEquals(0, Main.run("sign", report.toString(), "--key", key.toString(), "-q"));
        assertEquals(0, Main.run("verify", report.toString(), "--public-key", pub.toString()));
        assertEquals(0, Main.run("verify", report.toString(), "--require-signature"));
        String out = ScanEndToEndTest.captureStdout(() -> assertEquals(1, Main.run("verify", report.toString(),
                "--public-key", otherPub.toString())));
        assertTrue(out.startsWith("invalid\tsignature\tmanifest.sig\tsigned with the key sha256 "), out);

        Files.writeString(report.resolve("manifest.json"), Files.readString(report.resolve("manifest.json")) + "\n");
        assertEquals(1, Main.run("verify", report.toString()));
    }

    @Test
    void anUnsignedReportFailsOnlyWhenASignatureIsRequired() throws Exception {
        Path pub = ReportFixtures.publicPemFile(root.resolve("pub.pem"), ed25519());
        String out = ScanEndToEndTest.captureStdout(() -> assertEquals(1, Main.run("verify", report.toString(),
                "--require-signature")));
        assertEquals("missing\tsignature\tmanifest.sig\tthe report is not signed (no manifest.sig)\n", out);
        assertEquals(1, Main.run("verify", report.toString(), "--public-key", pub.toString()));
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        assertEquals(2, Main.run("verify", root.toString())); // no manifest.json
        assertEquals(2, Main.run("verify", root.resolve("nowhere").toString()));
        assertEquals(2, Main.run("verify", report.toString(), "--public-key", root.resolve("none.pem").toString()));
        Files.writeString(root.resolve("not-a-key.pem"), "hello");
        assertEquals(2, Main.run("verify", report.toString(), "--public-key", root.resolve("not-a-key.pem").toString()));
        assertEquals(2, Main.run("sign", report.toString(), "--key", root.resolve("not-a-key.pem").toString()));
        assertEquals(2, Main.run("verify"));
    }

    @Test
    void helpShowsAnExample() {
        String help = ScanEndToEndTest.captureStdout(() -> assertEquals(0, Main.run("verify", "--help")));
        assertTrue(help.contains("corpus-audit verify reports/audit --public-key auditor-pub.pem"), help);
    }
}
