package dev.corpusaudit.nlp;

import dev.corpusaudit.model.ConfigException;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads each OpenNLP model once and shares it between workers (models are thread-safe; the {@code *ME} tools built
 * from them are not, so each worker builds its own). Models come from the Maven Central model artifacts on the
 * class path.
 */
public final class ModelRegistry {
    static final String LANGDETECT = "/langdetect-183.bin";
    private static final Map<String, String> SENTENCE = Map.of(
            "en", "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin",
            "de", "/opennlp-de-ud-gsd-sentence-1.3-2.5.4.bin",
            "fr", "/opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin");
    private static final Map<String, String> POS = Map.of(
            "en", "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin",
            "de", "/opennlp-de-ud-gsd-pos-1.3-2.5.4.bin",
            "fr", "/opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin");

    private static final ModelRegistry SHARED = new ModelRegistry();

    private volatile LanguageDetectorModel languageModel;
    private final Map<String, Optional<SentenceModel>> sentenceModels = new ConcurrentHashMap<>();
    private final Map<String, Optional<POSModel>> posModels = new ConcurrentHashMap<>();

    /** Every model resource this registry can load (language detector, sentence and POS models), by class-path name. */
    public static java.util.List<String> modelResources() {
        java.util.List<String> all = new java.util.ArrayList<>();
        all.add(LANGDETECT);
        all.addAll(new java.util.TreeMap<>(SENTENCE).values());
        all.addAll(new java.util.TreeMap<>(POS).values());
        return all;
    }

    /** The registry of this JVM: models are loaded once per process. */
    public static ModelRegistry shared() {
        return SHARED;
    }

    public LanguageDetectorModel languageModel() {
        LanguageDetectorModel model = languageModel;
        if (model == null) {
            synchronized (this) {
                if (languageModel == null) {
                    languageModel = load(LANGDETECT, LanguageDetectorModel::new);
                }
                model = languageModel;
            }
        }
        return model;
    }

    /** The sentence model of a language, when Maven Central has one for it. */
    public Optional<SentenceModel> sentenceModel(String lang) {
        return sentenceModels.computeIfAbsent(lang, l -> Optional.ofNullable(SENTENCE.get(l))
                .map(resource -> load(resource, SentenceModel::new)));
    }

    /** The part-of-speech model (Universal Dependencies tags) of a language, when Maven Central has one for it. */
    public Optional<POSModel> posModel(String lang) {
        return posModels.computeIfAbsent(lang, l -> Optional.ofNullable(POS.get(l))
                .map(resource -> load(resource, POSModel::new)));
    }

    private interface Loader<T> {
        T load(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Loader<T> loader) {
        try (InputStream in = ModelRegistry.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ConfigException("OpenNLP model " + resource + " is not on the class path");
            }
            return loader.load(new java.io.BufferedInputStream(in));
        } catch (IOException e) {
            throw new ConfigException("OpenNLP model " + resource + " could not be loaded: " + e.getMessage(), e);
        }
    }
}
