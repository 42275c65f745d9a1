package dev.corpusaudit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corpusaudit.model.FileDigest;
import dev.corpusaudit.model.Json;
import dev.corpusaudit.nlp.CategorizerTraining;
import dev.corpusaudit.nlp.CategorizerTraining.CrossValidation;
import dev.corpusaudit.nlp.CategorizerTraining.Params;
import dev.corpusaudit.nlp.CategorizerTraining.Sample;
import dev.corpusaudit.nlp.NameFinderTraining;
import dev.corpusaudit.nlp.NamePool;
import dev.corpusaudit.nlp.NameSentences;
import dev.corpusaudit.report.AtomicFile;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.namefind.TokenNameFinderModel;
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
 * {@code corpus-audit train}: trains a document categorizer from labelled text, or the
 * person-name finder from template sentences, measures it with held-out folds, and writes the model with a JSON
 * record of how it was made.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains an OpenNLP model, prints its figures over held-out folds, and writes the model and "
                + "MODEL.json (data hash, parameters, the fold figures). --kind categorizer (the default): a "
                + "document categorizer (the special-category one, or one for a categorizer rule), from labelled "
                + "text (label<TAB>text .tsv files named after their language, or .jsonl with label, text, lang; "
                + "labels are category ids or none). --kind names: the person-name finder, from "
                + "template sentences (.txt files named after their language; {FULL}, {FIRST}, {LAST} are filled "
                + "with names of the --names lists, [[a name]] is one as written).",
        footer = {"Examples:",
                "  corpus-audit train --data rulesets/categorizer/train --out rulesets/categorizer/special.bin",
                "  corpus-audit train --data rulesets/categorizer/messages --algorithm MAXENT_QN "
                        + "--out rulesets/categorizer/messages-maxent.bin",
                "  corpus-audit train --kind names --data rulesets/person/train --out rulesets/person/names.bin"})
public final class TrainCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    enum Kind { categorizer, names }

    @Option(names = "--kind", defaultValue = "categorizer", paramLabel = "KIND",
            description = "categorizer or names (default: ${DEFAULT-VALUE}).")
    Kind kind;

    @Option(names = "--data", required = true, arity = "1..*", paramLabel = "PATH",
            description = "Training files or folders of them.")
    List<Path> data;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "The model file to write (.bin).")
    Path out;

    @Option(names = "--folds", defaultValue = "5", paramLabel = "N",
            description = "Held-out folds to measure with; 0 skips them (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--algorithm", paramLabel = "NAME",
            description = "OpenNLP trainer: MAXENT_QN (L-BFGS), MAXENT (GIS), NAIVEBAYES, PERCEPTRON "
                    + "(default: NAIVEBAYES for the categorizer, MAXENT for names).")
    String algorithm;

    @Option(names = "--iterations", paramLabel = "N", description = "(default: 200 for the categorizer, unused by NAIVEBAYES; 100 for names)")
    Integer iterations;

    @Option(names = "--cutoff", paramLabel = "N",
            description = "Features seen fewer times are dropped (default: 1 for the categorizer, 2 for names).")
    Integer cutoff;

    @Option(names = "--number-shapes",
            description = "Also a feature per number's shape (every digit a 0: 00,000, 00k), so that amounts the "
                    + "training text never had are known by their shape (the pay categorizers).")
    boolean numberShapes;

    @Option(names = "--names", defaultValue = "rulesets/lexicons", paramLabel = "DIR",
            description = "--kind names: the folder of first-names.txt and last-names/*.txt "
                    + "(default: ${DEFAULT-VALUE}).")
    Path names;

    @Option(names = "--copies", paramLabel = "N",
            description = "--kind names: filled-in copies of each template (default: 8).")
    Integer copies;

    @Option(names = "--seed", paramLabel = "N", description = "--kind names: the names' random seed (default: 7).")
    Long seed;

    @Override
    public Integer call() throws IOException {
        if (folds == 1 || folds < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--folds must be 0 or at least 2");
        }
        if (kind == Kind.names) {
            return trainNames();
        }
        Params d = Params.DEFAULT;
        Params params = new Params(or(algorithm, d.algorithm()), or(iterations, d.iterations()),
                or(cutoff, d.cutoff()), numberShapes);
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
        Path json = writeRecord(CategorizerTraining.dataSha256(data),
                Map.of("samples", samples.size(), "labels", labels), params, cv);
        if (!common.quiet()) {
            spec.commandLine().getErr().printf("trained on %,d texts (%s); wrote %s and %s%n", samples.size(), labels,
                    out, json);
        }
        stdout.flush();
        return Main.EXIT_OK;
    }

    private int trainNames() throws IOException {
        NameFinderTraining.Params d = NameFinderTraining.Params.DEFAULT;
        NameFinderTraining.Params params = new NameFinderTraining.Params(or(copies, d.copies()), or(seed, d.seed()),
                or(algorithm, d.algorithm()), or(iterations, d.iterations()), or(cutoff, d.cutoff()), d.beam());
        if (params.copies() < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--copies must be at least 1");
        }
        List<NameSentences.Template> templates = NameSentences.read(data);
        NamePool pool = NamePool.read(names);
        PrintWriter stdout = spec.commandLine().getOut();
        NameFinderTraining.CrossValidation cv = folds == 0 ? null
                : NameFinderTraining.crossValidate(templates, pool, params, folds);
        if (cv != null) {
            stdout.printf("%d-fold cross-validation, %,d template sentences, held-out sentences and names: "
                    + "%,d names, exact spans precision %.3f recall %.3f f1 %.3f%n", cv.folds(), cv.templates(),
                    cv.support(), cv.precision(), cv.recall(), cv.f1());
        }
        TokenNameFinderModel model = NameFinderTraining.train(templates, pool, params);
        AtomicFile.write(out, model::serialize);
        Map<String, Integer> byLanguage = new TreeMap<>();
        templates.forEach(t -> byLanguage.merge(t.lang(), 1, Integer::sum));
        Path json = writeRecord(NameFinderTraining.dataSha256(NameSentences.files(data), names),
                Map.of("names", names.toString(), "templates", byLanguage), params, cv);
        if (!common.quiet()) {
            spec.commandLine().getErr().printf("trained on %,d template sentences x %d copies %s; wrote %s and %s%n",
                    templates.size(), params.copies(), byLanguage, out, json);
        }
        stdout.flush();
        return Main.EXIT_OK;
    }

    /**
     * Writes MODEL.json next to the model: the model's and the data's SHA-256, the data, what the kind of model adds
     * ({@code about}, in key order), the parameters, the OpenNLP version and the fold figures (when measured).
     */
    private Path writeRecord(String dataSha256, Map<String, Object> about, Object params, Object cv)
            throws IOException {
        ObjectNode record = Json.MAPPER.createObjectNode();
        record.put("model", out.getFileName().toString());
        record.put("model_sha256", FileDigest.of(out, out.toString()).sha256());
        record.put("data_sha256", dataSha256);
        record.putPOJO("data", data.stream().map(Path::toString).toList());
        new TreeMap<>(about).forEach(record::putPOJO);
        record.putPOJO("params", params);
        record.put("opennlp_version", opennlp.tools.util.Version.currentVersion().toString());
        if (cv != null) {
            record.putPOJO("cross_validation", cv);
        }
        Path json = out.resolveSibling(out.getFileName().toString().replaceFirst("\\.bin$", "") + ".json");
        AtomicFile.write(json, o -> o.write((Json.PRETTY.writeValueAsString(record) + "\n").getBytes(
                java.nio.charset.StandardCharsets.UTF_8)));
        return json;
    }

    private static <T> T or(T given, T otherwise) {
        return given != null ? given : otherwise;
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
