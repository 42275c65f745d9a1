package dev.corpusaudit.cli;

import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.report.Manifest;
import dev.corpusaudit.report.ManifestCheck;
import dev.corpusaudit.report.ManifestSignature;
import dev.corpusaudit.report.SigningKeys;
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
                + "still at its recorded path, name files the manifest does not list, and check manifest.sig when "
                + "there is one.",
                "Prints one problem a line (status, input/output/signature, path, what differs) on stdout and a "
                        + "summary on stderr. Exit 0: everything matches; 1: a mismatch or a bad or missing "
                        + "signature; 2: no manifest.json, or an unusable key."},
        footer = {"", "Examples:",
                "  corpus-audit verify reports/audit",
                "  corpus-audit verify reports/audit --public-key auditor-pub.pem",
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

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(dir.resolve(Manifest.FILE))) {
            throw new ConfigException("no " + Manifest.FILE + " in " + dir + ": not a report folder");
        }
        PublicKey trusted = publicKey == null ? null : SigningKeys.readPublic(publicKey);
        ManifestCheck.Result check = ManifestCheck.check(dir);
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
        String files = String.format(Locale.ROOT, "%d outputs and %d inputs", check.outputsChecked(),
                check.inputsChecked());
        String absent = check.inputsAbsent() == 0 ? "" : String.format(Locale.ROOT,
                " (%d inputs not at their recorded path, not checked)", check.inputsAbsent());
        String verdict = problems == 0 ? "verified: " + files + " match the manifest" + absent
                : String.format(Locale.ROOT, "FAILED: %d problems; %s checked%s", problems, files, absent);
        return dir + ": " + verdict + "; signature: " + signature.detail();
    }
}
