package dev.corpusaudit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corpusaudit.model.FileDigest;
import dev.corpusaudit.model.Json;
import dev.corpusaudit.nlp.CategorizerTraining;
import dev.corpusaudit.nlp.CategorizerTraining.CrossValidation;
import dev.corpusaudit.nlp.CategorizerTraining.Params;
import dev.corpusaudit.nlp.CategorizerTraining.Sample;
import dev.corpusaudit.report.AtomicFile;
import opennlp.tools.doccat.DoccatModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code corpus-audit train}: trains the special-category document categorizer from labelled text, measures it with
 * held-out folds, and writes the model with a JSON record of how it was made.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains the special-category document categorizer (OpenNLP) from labelled text "
                + "(label<TAB>text .tsv files named after their language, or .jsonl with label, text, lang), "
                + "prints its precision, recall and F1 per label over held-out folds, and writes the model and "
                + "MODEL.json (data hash, parameters, the fold figures).",
        footer = "Example: corpus-audit train --data rulesets/categorizer/train --out rulesets/categorizer/special.bin")
public final class TrainCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, arity = "1..*", paramLabel = "PATH",
            description = "Training files or folders of them.")
    List<Path> data;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "The model file to write (.bin).")
    Path out;

    @Option(names = "--folds", defaultValue = "5", paramLabel = "N",
            description = "Held-out folds to measure with; 0 skips them (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--algorithm", defaultValue = "MAXENT_QN", paramLabel = "NAME",
            description = "OpenNLP trainer: MAXENT_QN (L-BFGS), MAXENT (GIS), NAIVEBAYES, PERCEPTRON "
                    + "(default: ${DEFAULT-VALUE}).")
    String algorithm;

    @Option(names = "--iterations", defaultValue = "200", paramLabel = "N", description = "(default: ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "1", paramLabel = "N",
            description = "Features seen fewer times are dropped (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Override
    public Integer call() throws IOException {
        if (folds == 1 || folds < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--folds must be 0 or at least 2");
        }
        Params params = new Params(algorithm, iterations, cutoff);
        List<Sample> samples = CategorizerTraining.read(data);
        PrintWriter stdout = spec.commandLine().getOut();
        Map<String, Integer> labels = new TreeMap<>();
        samples.forEach(s -> labels.merge(s.label(), 1, Integer::sum));
        CrossValidation cv = folds == 0 ? null : CategorizerTraining.crossValidate(samples, params, folds);
        if (cv != null) {
            stdout.print(table(cv));
        }
        DoccatModel model = CategorizerTraining.train(samples, params);
        AtomicFile.write(out, model::serialize);
        ObjectNode record = Json.MAPPER.createObjectNode();
        record.put("model", out.getFileName().toString());
        record.put("model_sha256", FileDigest.of(out, out.toString()).sha256());
        record.put("data_sha256", CategorizerTraining.dataSha256(data));
        record.putPOJO("data", data.stream().map(Path::toString).toList());
        record.put("samples", samples.size());
        record.putPOJO("labels", labels);
        record.putPOJO("params", params);
        record.put("opennlp_version", opennlp.tools.util.Version.currentVersion().toString());
        if (cv != null) {
            record.putPOJO("cross_validation", cv);
        }
        Path json = out.resolveSibling(out.getFileName().toString().replaceFirst("\\.bin$", "") + ".json");
        AtomicFile.write(json, o -> o.write((Json.PRETTY.writeValueAsString(record) + "\n").getBytes(
                java.nio.charset.StandardCharsets.UTF_8)));
        if (!common.quiet()) {
            spec.commandLine().getErr().printf("trained on %,d texts (%s); wrote %s and %s%n", samples.size(), labels,
                    out, json);
        }
        stdout.flush();
        return Main.EXIT_OK;
    }

    static String table(CrossValidation cv) {
        StringBuilder s = new StringBuilder(String.format("%d-fold cross-validation, %,d texts, accuracy %.3f%n",
                cv.folds(), cv.samples(), cv.accuracy()));
        s.append(String.format("%-28s %9s %9s %9s %8s%n", "label", "precision", "recall", "f1", "support"));
        cv.labels().forEach((label, v) -> s.append(String.format("%-28s %9.3f %9.3f %9.3f %8d%n", label,
                v.precision(), v.recall(), v.f1(), v.support())));
        return s.toString();
    }
}
