package dev.corpusaudit.cli;

import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.report.Manifest;
import dev.corpusaudit.report.ManifestCheck;
import dev.corpusaudit.report.ManifestSignature;
import dev.corpusaudit.report.SigningKeys;
import dev.corpusaudit.ruleset.Ruleset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code corpus-audit verify}: checks a report folder against its manifest and, when signed, the manifest's
 * signature. Exit 1 means verification failed (the analogue of a failed gate).
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check a report folder against its manifest.json: hash every output again, every input "
                + "still at its recorded path, name files the manifest does not list, check manifest.sig when "
                + "there is one and, with --ruleset, the ruleset's SHA-256.",
                "Prints one problem a line (status, input/output/signature, path, what differs) on stdout and a "
                        + "summary on stderr. Exit 0: everything matches; 1: a mismatch or a bad or missing "
                        + "signature; 2: no manifest.json, or an unusable key."},
        footer = {"", "Examples:",
                "  corpus-audit verify reports/audit",
                "  corpus-audit verify reports/audit --public-key auditor-pub.pem",
                "  corpus-audit verify reports/audit --ruleset rulesets/linkedin-genai-2025.yaml",
                "", "Make a key pair with openssl:",
                "  openssl genpkey -algorithm ed25519 -out auditor.pem",
                "  openssl pkey -in auditor.pem -pubout -out auditor-pub.pem"})
public final class VerifyCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "DIR", description = "A report folder (the --out of a scan).")
    Path dir;

    @Option(names = "--public-key", paramLabel = "FILE.pem",
            description = "The signer's public key (PEM, 'openssl pkey -pubout'): the signature must be made with "
                    + "it. Implies --require-signature.")
    Path publicKey;

    @Option(names = "--require-signature", description = "Fail when the report is not signed.")
    boolean requireSignature;

    @Option(names = "--ruleset", paramLabel = "FILE",
            description = "Also check that this policy file (with its rules, lexicons and models) is the ruleset "
                    + "the scan used, by its SHA-256. A scan with --categorizer hashes that model instead.")
    Path ruleset;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(dir.resolve(Manifest.FILE))) {
            throw new ConfigException("no " + Manifest.FILE + " in " + dir + ": not a report folder");
        }
        PublicKey trusted = publicKey == null ? null : SigningKeys.readPublic(publicKey);
        ManifestCheck.Result check = ManifestCheck.check(dir, ruleset == null ? null : Ruleset.load(ruleset));
        ManifestSignature.Verdict signature = ManifestSignature.verify(dir, trusted);

        List<String> problems = new ArrayList<>();
        check.problems().forEach(p -> problems.add(p.line()));
        boolean required = requireSignature || trusted != null;
        if (signature.state() == ManifestSignature.State.INVALID
                || signature.state() == ManifestSignature.State.ABSENT && required) {
            String status = signature.state() == ManifestSignature.State.ABSENT ? "missing" : "invalid";
            problems.add(status + "\tsignature\t" + ManifestSignature.FILE + "\t" + signature.detail());
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        problems.forEach(out::println);
        if (!common.quiet()) {
            System.err.println(summary(check, signature, problems.size()));
        }
        return problems.isEmpty() ? Main.EXIT_OK : Main.EXIT_VERIFY_FAILED;
    }

    private String summary(ManifestCheck.Result check, ManifestSignature.Verdict signature, int problems) {
        String files = count(check.outputsChecked(), "output") + " and " + count(check.inputsChecked(), "input");
        String absent = check.inputsAbsent() == 0 ? ""
                : " (" + count(check.inputsAbsent(), "input") + " not at the recorded path, not checked)";
        String verdict = problems == 0 ? "verified, " + files + " match the manifest" + absent
                : "FAILED, " + count(problems, "problem") + "; " + files + " checked" + absent;
        return dir + ": " + verdict + "; signature: " + signature.detail();
    }

    private static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
