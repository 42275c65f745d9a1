package dev.corpusaudit.nlp;

import dev.corpusaudit.model.DataFiles;
import dev.corpusaudit.model.FileDigest;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains the person-name finder (an OpenNLP name finder, features in {@code person-features.xml}) from template
 * sentences ({@link NameSentences}) filled with names ({@link NamePool}), and measures it on held-out folds in which
 * both the sentences and the names are ones the fold's model never saw. Deterministic: the same data, seed and
 * parameters give the same model.
 */
public final class NameFinderTraining {
    private static final String FEATURES = "person-features.xml";

    /**
     * How the model is trained: copies of each template, their random seed, and the OpenNLP trainer's settings; the
     * beam is how many tag sequences the finder keeps while it reads (1: the likeliest only, three times faster than
     * OpenNLP's default of 3 and as accurate on the data we measured).
     */
    public record Params(int copies, long seed, String algorithm, int iterations, int cutoff, int beam) {
        public static final Params DEFAULT = new Params(8, 7, "MAXENT", 100, 2, 1);

        TrainingParameters opennlp() {
            TrainingParameters p = new TrainingParameters();
            p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
            p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
            p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
            p.put(TrainingParameters.THREADS_PARAM, 1);
            p.put(BeamSearch.BEAM_SIZE_PARAMETER, beam);
            return p;
        }
    }

    /** Exact-span precision, recall and F1 over the held-out folds; support is the names in them. */
    public record CrossValidation(int folds, int templates, double precision, double recall, double f1, long support) {
    }

    private NameFinderTraining() {
    }

    public static TokenNameFinderModel train(List<NameSentences.Template> templates, NamePool names, Params params) {
        return train(samples(templates, names, params.copies(), params.seed()), params);
    }

    /** The SHA-256 of the template files and the name lists (each file's name and bytes, in the order read). */
    public static String dataSha256(List<Path> templateFiles, Path namesFolder) {
        MessageDigest sha = FileDigest.newSha256();
        List<Path> all = new ArrayList<>(templateFiles);
        all.addAll(NamePool.files(namesFolder));
        for (Path file : all) {
            sha.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(DataFiles.bytes(file));
        }
        return FileDigest.hex(sha);
    }

    /**
     * For each fold: trains on the other folds' templates filled with the other folds' names, and finds the names
     * in this fold's templates filled with this fold's names. Template {@code i} and a name hashing to {@code i} are
     * in fold {@code i mod folds}.
     */
    public static CrossValidation crossValidate(List<NameSentences.Template> templates, NamePool names, Params params,
                                                int folds) {
        long tp = 0;
        long found = 0;
        long gold = 0;
        for (int fold = 0; fold < folds; fold++) {
            int f = fold;
            List<NameSentences.Template> train = new ArrayList<>();
            List<NameSentences.Template> test = new ArrayList<>();
            for (int i = 0; i < templates.size(); i++) {
                (i % folds == f ? test : train).add(templates.get(i));
            }
            NamePool trainNames = names.filter(n -> Math.floorMod(n.hashCode(), folds) != f);
            NamePool testNames = names.filter(n -> Math.floorMod(n.hashCode(), folds) == f);
            NameFinderME finder = new NameFinderME(
                    train(samples(train, trainNames, params.copies(), params.seed()), params));
            for (NameSample sample : samples(test, testNames, 1, params.seed() + fold)) {
                if (sample.isClearAdaptiveDataSet()) {
                    finder.clearAdaptiveData();
                }
                List<Span> expected = Arrays.asList(sample.getNames());
                Span[] got = finder.find(sample.getSentence());
                gold += expected.size();
                found += got.length;
                for (Span g : got) {
                    tp += expected.contains(g) ? 1 : 0;
                }
            }
        }
        double p = found == 0 ? 0 : tp / (double) found;
        double r = gold == 0 ? 0 : tp / (double) gold;
        return new CrossValidation(folds, templates.size(), round(p), round(r), round(p + r == 0 ? 0 : 2 * p * r / (p + r)),
                gold);
    }

    /** {@code copies} filled-in copies of each template, names drawn with {@code seed}. */
    static List<NameSample> samples(List<NameSentences.Template> templates, NamePool names, int copies, long seed) {
        Random random = new Random(seed);
        List<NameSample> out = new ArrayList<>();
        for (int copy = 0; copy < copies; copy++) {
            for (NameSentences.Template t : templates) {
                out.addAll(NameSentences.expand(t, names, random));
            }
        }
        return out;
    }

    private static TokenNameFinderModel train(List<NameSample> samples, Params params) {
        try (InputStream in = NameFinderTraining.class.getResourceAsStream(FEATURES)) {
            byte[] features = in.readAllBytes();
            TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, features, Map.of(), new BioCodec());
            return NameFinderME.train("mul", NameSentences.TYPE, ObjectStreamUtils.createObjectStream(samples),
                    params.opennlp(), factory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
