package dev.corpusaudit.cli;

import dev.corpusaudit.eval.EvalResult;
import dev.corpusaudit.eval.EvalTable;
import dev.corpusaudit.eval.Evaluator;
import dev.corpusaudit.eval.LabelSet;
import dev.corpusaudit.eval.SpanEvaluator;
import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.model.Json;
import dev.corpusaudit.report.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code corpus-audit eval}: scores a scan's findings against ground-truth labels; the rules are in {@link Evaluator}. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Compares a scan's findings with ground-truth labels and prints precision, recall, F1 and "
                + "support per category, counted per record.",
        footer = "Example: corpus-audit eval --findings reports/sample/findings.jsonl --labels sample-data/labels.jsonl")
public final class EvalCommand implements Callable<Integer> {

    /** What goes to stdout. Lower case because picocli shows and matches the constant names as they are. */
    enum Format { table, json }

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--findings", required = true, paramLabel = "FILE", description = "The findings.jsonl of a scan.")
    Path findings;

    @Option(names = "--labels", required = true, paramLabel = "FILE",
            description = "Ground truth, one JSON object per record: {\"record_id\":...,\"categories\":[...]}.")
    Path labels;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0.0",
            description = "Ignore findings with a lower confidence (default: ${DEFAULT-VALUE}).")
    double minConfidence;

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "record",
            description = "record: does a record contain the category; span: was each labelled span found (labels "
                    + "with \"spans\"), overlap counts. One of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Level level;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the result as JSON to FILE.")
    Path jsonFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "What to print on stdout: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    enum Level { record, span }

    @Override
    public Integer call() throws IOException {
        LabelSet labelSet = LabelSet.read(labels);
        EvalResult result = level == Level.span ? SpanEvaluator.evaluate(findings, labelSet, minConfidence)
                : Evaluator.evaluate(findings, labelSet, minConfidence);
        if (jsonFile != null) {
            writeJson(result);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.table && level == Level.span) {
            out.println("level: span (tp/fn count labelled spans, fp counts findings that overlap none)");
        }
        out.print(format == Format.json ? Json.PRETTY.writeValueAsString(result) + "\n" : EvalTable.format(result));
        out.flush();
        if (result.findingsForUnlabelledRecords() > 0 && !common.quiet()) {
            spec.commandLine().getErr().println("warning: findings for unlabelled records: "
                    + result.findingsForUnlabelledRecords() + " (record ids not in " + labels + ", not scored)");
        }
        return Main.EXIT_OK;
    }

    private void writeJson(EvalResult result) {
        try {
            AtomicFile.write(jsonFile, stream -> Json.PRETTY.writeValue(stream, result));
        } catch (IOException e) {
            // the output path is the user's choice, so a path that cannot be written is a usage error
            throw new ConfigException("cannot write " + jsonFile + ": " + e.getMessage(), e);
        }
    }
}
