package dev.corpusaudit.cli;

import dev.corpusaudit.eval.EvalResult;
import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.report.Manifest;
import dev.corpusaudit.report.ManifestSignature;
import dev.corpusaudit.report.ReportContent;
import dev.corpusaudit.report.ReportFolder;
import dev.corpusaudit.report.ReportPack;
import dev.corpusaudit.report.SarifReport;
import dev.corpusaudit.report.SigningKeys;
import dev.corpusaudit.ruleset.Ruleset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code corpus-audit report}: writes a finished audit's reports again, e.g. with the accuracy {@code eval} measured. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the reports of a report folder again (workbook, charts, report.html, report.pdf, and "
                + "findings.sarif when the folder has one) from its summary.json, members.json and findings.jsonl, "
                + "then its manifest. With --eval, the Method sections quote the measured precision and recall."},
        footer = {"", "Example:",
                "  corpus-audit eval --findings reports/sample/findings.jsonl --labels sample-data/labels.jsonl "
                        + "--json reports/sample-eval.json",
                "  corpus-audit report reports/sample --eval reports/sample-eval.json"})
public final class ReportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "DIR", description = "A report folder (the --out of a scan).")
    Path dir;

    @Option(names = "--eval", paramLabel = "FILE.json", description = "An eval result (corpus-audit eval --json).")
    Path eval;

    @Option(names = "--ruleset", paramLabel = "FILE",
            description = "The policy the scan used, for the rules' texts (default: " + Ruleset.DEFAULT_POLICY + ").")
    Path ruleset;

    @Option(names = "--format", paramLabel = "FORMAT", description = "'sarif': also write findings.sarif.")
    String format;

    @Option(names = "--sign-key", paramLabel = "FILE.pem", description = "Sign the new manifest (see 'sign').")
    Path signKey;

    @Override
    public Integer call() throws Exception {
        if (format != null && !format.equals("sarif")) {
            throw new ConfigException("--format: unknown format '" + format + "' (known: sarif)");
        }
        if (signKey != null) {
            SigningKeys.readPrivate(signKey);
        }
        ReportFolder folder = ReportFolder.open(dir);
        Ruleset rules = ruleset == null ? Ruleset.loadDefault() : Ruleset.load(ruleset);
        String used = folder.summary().ruleset().sha256();
        if (!common.quiet() && !rules.sha256().equals(used)) {
            System.err.println("warning: the ruleset " + rules.location() + " is not the one the scan used (sha256 "
                    + used + "); the rules' texts come from it, the counts from the scan");
        }
        EvalResult accuracy = eval == null ? null : EvalResult.read(eval);
        boolean sarif = format != null || Files.exists(dir.resolve(SarifReport.FILE));
        boolean manifest = Files.exists(dir.resolve(Manifest.FILE));
        String scannedAt = manifest ? Manifest.read(dir).startedAt() : null;
        ReportPack.rewrite(folder, ReportContent.of(folder.summary(), rules, folder.mostExposed(), accuracy, scannedAt),
                ReportContent.ruleIds(rules), sarif);
        boolean wasSigned = Files.exists(dir.resolve(ManifestSignature.FILE));
        if (manifest) {
            Manifest.refresh(dir);
            if (wasSigned && signKey == null && !common.quiet()) {
                System.err.println("warning: the old manifest.sig cannot fit the new manifest and was removed; sign "
                        + "again with --sign-key or 'corpus-audit sign'");
            }
        } else if (!common.quiet()) {
            System.err.println("warning: " + dir + " has no manifest.json; none was written");
        }
        if (signKey != null) {
            ManifestSignature.sign(dir, signKey);
        }
        if (!common.quiet()) {
            System.err.println("reports written: " + dir);
        }
        return Main.EXIT_OK;
    }
}
