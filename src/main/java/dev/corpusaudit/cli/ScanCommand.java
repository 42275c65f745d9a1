package dev.corpusaudit.cli;

import dev.corpusaudit.ScanOptions;
import dev.corpusaudit.ScanPipeline;
import dev.corpusaudit.model.GateVerdict;
import dev.corpusaudit.ruleset.GateCondition;
import dev.corpusaudit.analyze.Pseudonymizer;
import dev.corpusaudit.ingest.FieldMapping;
import dev.corpusaudit.ingest.TextEncoding;
import dev.corpusaudit.model.AuditSummary;
import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.model.ProvenanceSummary;
import dev.corpusaudit.provenance.Registers;
import dev.corpusaudit.report.KnownFindings;
import dev.corpusaudit.report.ManifestSignature;
import dev.corpusaudit.report.SigningKeys;
import dev.corpusaudit.ruleset.Ruleset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code corpus-audit scan}: reads a corpus, finds what must not be in it, writes the report folder. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Scan a corpus (JSONL, CSV or TSV, .gz, or a folder of .txt files; UTF-8, UTF-16 or UTF-32, "
                + "or the --encoding given) and write the audit report.",
        footer = {"", "Example:",
                "  corpus-audit scan sample-data/corpus.jsonl --ruleset rulesets/linkedin-genai-2025.yaml --out reports/sample"})
public final class ScanCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Corpus files or folders.")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Report folder (created if missing).")
    Path out;

    @Option(names = "--ruleset", paramLabel = "FILE",
            description = "Policy file (default: " + Ruleset.DEFAULT_POLICY + ", also shipped in the jar).")
    Path ruleset;

    @Option(names = "--categorizer", paramLabel = "MODEL",
            description = "A special-category categorizer model of your own (corpus-audit train) instead of the "
                    + "policy's.")
    Path categorizer;

    @Option(names = "--map", paramLabel = "FIELD=NAME,...",
            description = "Input field names, e.g. id=uuid,text=body.")
    String map;

    @Option(names = "--source-values", paramLabel = "VALUE=SOURCE,...",
            description = "Read the input's own source values as the schema's source types, e.g. "
                    + "dm=message,inmail=message,share=post (values compared without case).")
    String sourceValues;

    @Option(names = "--max-record-chars", paramLabel = "N",
            description = "Reject records with longer text (default: ${DEFAULT-VALUE}).")
    int maxRecordChars = ScanOptions.DEFAULT_MAX_RECORD_CHARS;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "The inputs' encoding where a file has no byte-order mark, e.g. windows-1252 or "
                    + "ISO-8859-15 for a legacy export (default: ${DEFAULT-VALUE}; invalid UTF-8 is replaced and "
                    + "its records flagged).")
    String encoding = "UTF-8";

    @Option(names = "--keep-index", arity = "1", paramLabel = "true|false",
            description = "Keep the Lucene index in OUT/index for 'search' (default: ${DEFAULT-VALUE}).")
    boolean keepIndex = true;

    @Option(names = "--pseudonym-key", paramLabel = "FILE",
            description = "Secret for member pseudonyms (any bytes). Default: a random secret per audit, so "
                    + "pseudonyms cannot be linked across audits.")
    Path pseudonymKey;

    @Option(names = "--optouts", paramLabel = "FILE.csv",
            description = "The opt-out (objection) register: CSV member_id,opted_out_at.")
    Path optOuts;

    @Option(names = "--members", paramLabel = "FILE.csv",
            description = "The member registry, for ages and regions: CSV member_id,birth_date,region.")
    Path members;

    @Option(names = "--salaries", paramLabel = "FILE.csv",
            description = "Member-provided salary records, matched exactly (hashed): CSV member_id,amount,currency.")
    Path salaries;

    @Option(names = "--messages", paramLabel = "FILE.jsonl",
            description = "Reference private messages (id, text) or their fingerprints (corpus-audit fingerprint), "
                    + "to find messages copied into other records.")
    Path messages;

    @Option(names = "--snapshot-date", paramLabel = "yyyy-MM-dd",
            description = "When the corpus was taken (default: the policy's snapshot_date).")
    LocalDate snapshotDate;

    @Option(names = "--gate", paramLabel = "CONDITION",
            description = "A release-gate condition, e.g. 'excluded.* > 0' or 'special.health > 0.1%%' (records "
                    + "with such findings; %% of indexed records). Repeatable; replaces the policy's gate. Exit "
                    + "code 1 when any holds.")
    List<String> gate;

    @Option(names = "--baseline", paramLabel = "OLD_DIR",
            description = "An earlier audit's report folder: report only findings that are new since then (matched "
                    + "by fingerprint: record id, category, rule and offsets, whatever the line order).")
    Path baseline;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",",
            description = "Extra output formats beside the report folder's usual files: 'sarif' writes findings.sarif "
                    + "(SARIF 2.1.0) for code-scanning tools.")
    List<String> formats = List.of();

    @Option(names = "--sign-key", paramLabel = "FILE.pem",
            description = "Sign manifest.json with this private key (PKCS#8 PEM from 'openssl genpkey'), writing "
                    + "manifest.sig; check it with 'corpus-audit verify DIR --public-key PUBLIC.pem'.")
    Path signKey;

    private static final String SARIF = "sarif";

    @Override
    public Integer call() throws Exception {
        if (maxRecordChars < 1) {
            throw new ConfigException("--max-record-chars must be at least 1");
        }
        Charset inputEncoding = TextEncoding.named(encoding);
        for (String format : formats) {
            if (!format.equals(SARIF)) {
                throw new ConfigException("--format: unknown format '" + format + "' (known: sarif)");
            }
        }
        Ruleset rules = ruleset == null ? Ruleset.loadDefault() : Ruleset.load(ruleset);
        if (categorizer != null) {
            rules = rules.withCategorizer(categorizer);
        }
        if (signKey != null) {
            SigningKeys.readPrivate(signKey); // a key that cannot sign fails now, not after the scan
        }
        Pseudonymizer pseudonymizer = pseudonymizer();
        Registers registers = Registers.load(members, optOuts, salaries, messages, pseudonymizer);
        ScanOptions options = new ScanOptions(inputs, out, rules,
                FieldMapping.parse(map).withSourceValues(sourceValues), inputEncoding, common.threads(),
                maxRecordChars, keepIndex, true, formats.contains(SARIF), registers, snapshotDate, gateConditions(),
                baseline == null ? null : KnownFindings.load(baseline));
        ScanPipeline.Progress progress = new ScanPipeline.Progress();
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        ScanPipeline.Result result;
        try (ProgressReporter reporter = ProgressReporter.start(progress, totalSize(inputs), common.quiet(), err)) {
            result = new ScanPipeline(options, progress, pseudonymizer).run();
        }
        if (signKey != null) {
            ManifestSignature.sign(out, signKey);
        }
        if (!common.quiet()) {
            printSummary(err, result);
        }
        return result.summary().gate().failed() ? Main.EXIT_GATE_FAILED : Main.EXIT_OK;
    }

    private List<GateCondition> gateConditions() {
        if (gate == null) {
            return null;
        }
        List<GateCondition> conditions = new java.util.ArrayList<>();
        for (String condition : gate) {
            try {
                conditions.add(GateCondition.parse(condition));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("--gate: " + e.getMessage());
            }
        }
        return conditions;
    }

    private Pseudonymizer pseudonymizer() throws java.io.IOException {
        if (pseudonymKey == null) {
            return Pseudonymizer.withRandomKey();
        }
        if (!Files.isReadable(pseudonymKey)) {
            throw new ConfigException("--pseudonym-key: cannot read " + pseudonymKey);
        }
        return new Pseudonymizer(Files.readAllBytes(pseudonymKey));
    }

    private static long totalSize(List<Path> paths) {
        long total = 0;
        for (Path path : paths) {
            try (var walk = Files.walk(path)) {
                total += walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                return 0; // no ETA; the reader reports the unreadable input itself
            }
        }
        return total;
    }

    private static void printSummary(PrintStream err, ScanPipeline.Result result) {
        AuditSummary s = result.summary();
        AuditSummary.RecordCounts r = s.records();
        err.printf("scanned %,d records: %,d indexed, %,d rejected, %,d flagged%n", r.read(), r.indexed(),
                r.rejected(), r.flagged());
        err.printf("%,d findings%n", s.findings());
        if (s.baseline() != null) {
            err.printf("  (only findings new since the baseline %s: %,d known there are not reported; %,d of its "
                    + "findings are gone)%n", s.baseline().dir(), s.baseline().known(), s.baseline().resolved());
        }
        for (Map.Entry<String, AuditSummary.CategoryCount> e : s.categories().entrySet()) {
            err.printf("  %-28s %,8d findings in %,8d records%n", e.getKey(), e.getValue().findings(),
                    e.getValue().records());
        }
        ProvenanceSummary p = s.provenance();
        if (p != null && p.age() != null) {
            err.printf("ages: %,d records checked, %,d without an age (not checked), %,d with an unusable one%n",
                    p.age().withAge(), p.age().withoutAge(), p.age().invalidAge());
        }
        if (p != null && p.optOuts() != null) {
            err.printf("opt-outs: %,d opted-out members in the corpus; %,d of their %,d records must not be in this "
                    + "snapshot (%,d created after the opt-out)%n", p.optOuts().members(), p.optOuts().inViolation(),
                    p.optOuts().records(), p.optOuts().createdAfter());
        }
        GateVerdict gateVerdict = s.gate();
        if (GateVerdict.NONE.equals(gateVerdict.verdict())) {
            err.println("gate: none set");
        } else {
            err.printf("gate (%s): %s%n", gateVerdict.source(), gateVerdict.verdict().toUpperCase(java.util.Locale.ROOT));
            for (GateVerdict.Check check : gateVerdict.conditions()) {
                String measured = check.condition().endsWith("%")
                        ? String.format("%s (%,d records)", check.value(), check.records())
                        : String.format("%,d records", check.records());
                err.printf("  %-28s %s%s%n", check.condition(), measured, check.holds() ? "  <- holds: gate fails" : "");
            }
        }
        err.println("report: " + result.out());
    }
}
