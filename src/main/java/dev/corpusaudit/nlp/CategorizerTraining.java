package dev.corpusaudit.nlp;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.corpusaudit.model.Category;
import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.model.DataFiles;
import dev.corpusaudit.model.FileDigest;
import dev.corpusaudit.model.Json;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains the special-category categorizer from labelled text and measures it with held-out folds. Input: files
 * (or folders of them) of {@code label<TAB>text} lines ({@code .tsv}; the language is the file's name, {@code en.tsv},
 * optionally with a suffix, {@code en-forum.tsv}) or JSON Lines ({@code .jsonl}:
 * {@code {"label":..., "text":..., "lang":...}}); {@code #} lines in a {@code .tsv} are comments. A label is a category id ({@code special.health}, {@code excluded.private_message}) or {@code none}. Training is deterministic: the same
 * data and parameters give the same model.
 */
public final class CategorizerTraining {
    /** A labelled text and where it came from ({@code file:line}). */
    public record Sample(String label, String lang, String text, String origin) {
    }

    /**
     * Training parameters: the OpenNLP algorithm, its iterations (which naive Bayes does not use), and how often a
     * feature must occur. Naive Bayes is the default: on the shipped data its held-out accuracy is 0.833 against
     * maxent's (L-BFGS, 200 iterations) 0.784, and on text nobody here wrote it found more of the political
     * newsgroup posts (record F1 0.40 to 0.56) for a few more false alarms (README, "Special categories").
     * {@code numberShapes} adds {@link NumberShapeFeatures} to the words, word pairs and stems (recorded in the
     * model's {@code .json} only when set).
     */
    public record Params(String algorithm, int iterations, int cutoff,
                         @JsonProperty("number_shapes") @JsonInclude(JsonInclude.Include.NON_DEFAULT)
                         boolean numberShapes) {
        public static final Params DEFAULT = new Params("NAIVEBAYES", 200, 1, false);

        TrainingParameters opennlp() {
            TrainingParameters p = new TrainingParameters();
            p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
            p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
            p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
            p.put(TrainingParameters.THREADS_PARAM, 1); // one thread: the same model every time
            return p;
        }
    }

    /** Precision, recall and F1 per label over all folds, and the share of texts labelled right. */
    public record CrossValidation(int folds, int samples, double accuracy, Map<String, LabelScore> labels) {
    }

    /** One label's figures over the held-out folds; support is the texts with that label. */
    public record LabelScore(double precision, double recall, double f1, long support) {
    }

    private CategorizerTraining() {
    }

    /** Reads the samples of files and folders (their {@code .tsv} and {@code .jsonl} files, in name order). */
    public static List<Sample> read(List<Path> inputs) {
        List<Sample> samples = new ArrayList<>();
        for (Path input : inputs) {
            for (Path file : files(input)) {
                readFile(file, samples);
            }
        }
        if (samples.isEmpty()) {
            throw new ConfigException("no labelled text in " + inputs);
        }
        return samples;
    }

    /** The SHA-256 of the training files (each path and bytes, in the order read). */
    public static String dataSha256(List<Path> inputs) {
        MessageDigest sha = FileDigest.newSha256();
        for (Path input : inputs) {
            for (Path file : files(input)) {
                sha.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(DataFiles.bytes(file));
            }
        }
        return FileDigest.hex(sha);
    }

    public static DoccatModel train(List<Sample> samples, Params params) {
        List<DocumentSample> events = samples.stream()
                .map(s -> new DocumentSample(s.label(), DocumentCategorizer.tokens(s.text(), s.lang()))).toList();
        try {
            List<FeatureGenerator> features = new ArrayList<>(List.of(new BagOfWordsFeatureGenerator(),
                    new NGramFeatureGenerator(2, 2), new WordStemFeatures()));
            if (params.numberShapes()) {
                features.add(new NumberShapeFeatures());
            }
            return DocumentCategorizerME.train("mul", ObjectStreamUtils.createObjectStream(events), params.opennlp(),
                    new DoccatFactory(features.toArray(FeatureGenerator[]::new)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Trains on all folds but one and labels the held-out one, for each fold in turn: sample {@code i} of each
     * label is in fold {@code i mod folds}, so every fold has every label in its share.
     */
    public static CrossValidation crossValidate(List<Sample> samples, Params params, int folds) {
        Map<String, Integer> seen = new TreeMap<>();
        int[] foldOf = new int[samples.size()];
        for (int i = 0; i < samples.size(); i++) {
            foldOf[i] = seen.merge(samples.get(i).label(), 1, Integer::sum) % folds;
        }
        Map<String, long[]> counts = new TreeMap<>(); // tp, fp, fn
        long right = 0;
        for (int fold = 0; fold < folds; fold++) {
            List<Sample> train = new ArrayList<>();
            List<Sample> test = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) {
                (foldOf[i] == fold ? test : train).add(samples.get(i));
            }
            DocumentCategorizer categorizer = new DocumentCategorizer(train(train, params));
            for (Sample s : test) {
                String best = best(categorizer.scores(s.text(), s.lang()));
                counts.computeIfAbsent(s.label(), l -> new long[3]);
                counts.computeIfAbsent(best, l -> new long[3]);
                if (best.equals(s.label())) {
                    right++;
                    counts.get(best)[0]++;
                } else {
                    counts.get(best)[1]++;
                    counts.get(s.label())[2]++;
                }
            }
        }
        Map<String, LabelScore> byLabel = new TreeMap<>();
        counts.forEach((label, c) -> {
            double p = c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
            double r = c[0] + c[2] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
            byLabel.put(label, new LabelScore(round(p), round(r), round(p + r == 0 ? 0 : 2 * p * r / (p + r)),
                    c[0] + c[2]));
        });
        return new CrossValidation(folds, samples.size(), round(right / (double) samples.size()), byLabel);
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    static String best(Map<String, Double> scores) {
        return scores.entrySet().stream().max(Map.Entry.<String, Double>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
    }

    private static void readFile(Path file, List<Sample> samples) {
        String text = DataFiles.utf8(file, DataFiles.bytes(file));
        String name = file.getFileName().toString();
        boolean tsv = name.endsWith(".tsv");
        String fileLang = tsv ? name.substring(0, name.length() - 4).split("-", 2)[0] : null;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String where = file + ":" + (i + 1);
            if (line.isBlank() || tsv && line.startsWith("#")) {
                continue;
            }
            String label;
            String lang;
            String body;
            if (tsv) {
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new ConfigException(where + ": expected label<TAB>text");
                }
                label = line.substring(0, tab).strip();
                body = line.substring(tab + 1).strip();
                lang = fileLang;
            } else {
                JsonNode node;
                try {
                    node = Json.MAPPER.readTree(line);
                } catch (IOException e) {
                    throw new ConfigException(where + ": not a JSON object");
                }
                label = node.path("label").asText("");
                body = node.path("text").asText("");
                lang = node.path("lang").asText(null);
            }
            if (!label.equals(DocumentCategorizer.NONE) && Category.byId(label).isEmpty()) {
                throw new ConfigException(where + ": label must be a category id or 'none', not '" + label + "'");
            }
            if (body.isEmpty()) {
                throw new ConfigException(where + ": no text");
            }
            samples.add(new Sample(label, lang, body, where));
        }
    }

    private static List<Path> files(Path input) {
        return DataFiles.trainingFiles(List.of(input), List.of(".tsv", ".jsonl"));
    }
}
