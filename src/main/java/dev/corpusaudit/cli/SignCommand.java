package dev.corpusaudit.cli;

import dev.corpusaudit.report.ManifestSignature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code corpus-audit sign}: signs a report folder's manifest after the fact (what {@code scan --sign-key} does). */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = {"Sign a report folder's manifest.json with a private key, writing manifest.sig beside it.",
                "The key: PKCS#8 PEM as 'openssl genpkey' writes it (Ed25519, RSA; an EC key file must also hold "
                        + "its public key: 'openssl pkey -in KEY -pubout >> KEY'). The signature carries the public "
                        + "key; 'verify --public-key' checks it against the one you publish."},
        footer = {"", "Example:",
                "  openssl genpkey -algorithm ed25519 -out auditor.pem",
                "  corpus-audit sign reports/audit --key auditor.pem",
                "  openssl pkey -in auditor.pem -pubout -out auditor-pub.pem",
                "  corpus-audit verify reports/audit --public-key auditor-pub.pem"})
public final class SignCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "DIR", description = "A report folder (the --out of a scan).")
    Path dir;

    @Option(names = "--key", required = true, paramLabel = "FILE.pem", description = "The private key (PEM).")
    Path key;

    @Override
    public Integer call() throws Exception {
        ManifestSignature.Content signed = ManifestSignature.sign(dir, key);
        if (!common.quiet()) {
            System.err.println("signed " + dir.resolve("manifest.json") + " (" + signed.algorithm() + ", key sha256 "
                    + signed.publicKeySha256() + "): " + dir.resolve(ManifestSignature.FILE));
        }
        return Main.EXIT_OK;
    }
}
