package dev.corpusaudit.cli;

import dev.corpusaudit.ScanOptions;
import dev.corpusaudit.ingest.FieldMapping;
import dev.corpusaudit.ingest.TextEncoding;
import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.redact.RedactionPlan;
import dev.corpusaudit.redact.RedactionSummary;
import dev.corpusaudit.redact.Redactor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code corpus-audit redact}: writes a cleaned copy of a scanned corpus and a log of what was removed. */
@Command(name = "redact", mixinStandardHelpOptions = true,
        description = {"Write a cleaned copy of a scanned corpus: records with findings of a category to drop are "
                + "left out, findings of a category to mask are replaced by a placeholder ([REDACTED:pii.email]), the "
                + "rest passes as it was. "
                + "Lines the scan rejected were never checked and are dropped too.",
                "Writes OUT/<input name> (same format; .gz stays .gz), OUT/redaction-log.jsonl (one line per dropped "
                        + "or masked record: id, file, line, categories, rules, offsets; no text) and "
                        + "OUT/redaction-summary.json (counts: read = kept + masked + dropped).",
                "Categories: ids (pii.email), families (special.*) or *, comma-separated; 'none' for no category. "
                        + "A category in both lists is dropped; a record-level finding of a category to mask drops "
                        + "its record (there is no span to mask)."},
        footer = {"", "Examples:",
                "  corpus-audit scan sample-data/corpus.jsonl --out reports/sample",
                "  corpus-audit redact sample-data/corpus.jsonl \\",
                "      --findings reports/sample/findings.jsonl --out clean/",
                "  corpus-audit redact posts.csv.gz --map id=uuid,text=body \\",
                "      --findings reports/posts/findings.jsonl --out clean/ \\",
                "      --drop 'excluded.*,special.health' --mask 'pii.email,pii.phone'"})
public final class RedactCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "The corpus files or folders the scan read.")
    List<Path> inputs;

    @Option(names = "--findings", required = true, paramLabel = "FILE",
            description = "The scan's findings.jsonl.")
    Path findings;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the cleaned copy.")
    Path out;

    @Option(names = "--drop", paramLabel = "CATEGORIES",
            description = "Drop records with a finding of these (default: ${DEFAULT-VALUE}).")
    String drop = RedactionPlan.DEFAULT_DROP;

    @Option(names = "--mask", paramLabel = "CATEGORIES",
            description = "Mask findings of these in place (default: ${DEFAULT-VALUE}).")
    String mask = RedactionPlan.DEFAULT_MASK;

    @Option(names = "--min-confidence", paramLabel = "X",
            description = "Leave findings below this confidence (default: ${DEFAULT-VALUE}: act on all).")
    double minConfidence = 0;

    @Option(names = "--map", paramLabel = "FIELD=NAME,...",
            description = "Input field names, as given to the scan, e.g. id=uuid,text=body.")
    String map;

    @Option(names = "--max-record-chars", paramLabel = "N",
            description = "The scan's --max-record-chars (default: ${DEFAULT-VALUE}).")
    int maxRecordChars = ScanOptions.DEFAULT_MAX_RECORD_CHARS;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "The scan's --encoding (default: ${DEFAULT-VALUE}); the clean copy is written in UTF-8.")
    String encoding = "UTF-8";

    @Override
    public Integer call() throws Exception {
        if (maxRecordChars < 1) {
            throw new ConfigException("--max-record-chars must be at least 1");
        }
        RedactionPlan plan = RedactionPlan.parse(drop, mask, minConfidence);
        Charset inputEncoding = TextEncoding.named(encoding);
        Redactor.Result result = new Redactor(plan, FieldMapping.parse(map), maxRecordChars, inputEncoding)
                .run(inputs, findings, out);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        RedactionSummary s = result.summary();
        for (String warning : s.warnings()) {
            err.println("warning: " + warning);
        }
        if (!common.quiet()) {
            RedactionSummary.Records r = s.records();
            err.printf("redacted %,d records: %,d kept unchanged, %,d masked, %,d dropped%n", r.read(), r.kept(),
                    r.masked(), r.dropped());
            for (Map.Entry<String, Long> e : s.droppedByReason().entrySet()) {
                err.printf("  dropped: %-70s %,8d%n", e.getKey(), e.getValue());
            }
            for (Map.Entry<String, Long> e : s.maskedSpansByCategory().entrySet()) {
                err.printf("  masked:  %-28s %,8d spans%n", e.getKey(), e.getValue());
            }
            for (Map.Entry<String, Long> e : s.findings().leftByCategory().entrySet()) {
                err.printf("  left:    %-28s %,8d findings (neither --drop nor --mask)%n", e.getKey(), e.getValue());
            }
            err.println("clean copy: " + result.out());
        }
        return Main.EXIT_OK;
    }
}
