package dev.corpusaudit.analyze;

import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.nlp.DocumentCategorizer;
import dev.corpusaudit.ruleset.RuleSpec;
import opennlp.tools.doccat.DoccatModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Document categorizers as a detector ({@code detector: categorizer}): the rule's {@code model}, one or a list of
 * models trained by {@code corpus-audit train}, read the whole text, and the text is reported when every model's
 * probability of the rule's category reaches the rule's {@code confidence} (models trained differently, naive Bayes
 * and maxent, err on different texts, so requiring both keeps what each alone would get wrong out). The least of the
 * probabilities is the finding's confidence; the span is the whole text without its leading and trailing blanks,
 * since what the models judge is the text as a whole (how it is written, to whom), not a value in it. The models
 * are asked in order and the first that says no ends it. A worker's categorizer rules read each record's text in
 * turn, so the text's words and features are made once for all the models that read them alike ({@link
 * TextAnalysis}, one per thread). Thread-safe: the categorizers are (see {@link DocumentCategorizer}).
 */
final class CategorizerDetector implements PatternDetector {
    static final String NAME = "categorizer";
    private static final ThreadLocal<TextAnalysis> LAST_TEXT = ThreadLocal.withInitial(TextAnalysis::new);

    private final String category;
    private final List<String> names;
    private final double floor;
    private final int minDigits;
    private final List<DocumentCategorizer> categorizers;

    private CategorizerDetector(List<DoccatModel> models, List<String> names, String category, double floor,
                                int minDigits) {
        this.category = category;
        this.names = names;
        this.floor = floor;
        this.minDigits = minDigits;
        this.categorizers = models.stream().map(DocumentCategorizer::new).toList();
    }

    /** The detector of a rule; a rule without a model, or with one that does not know its category, is an error. */
    static CategorizerDetector of(RuleSpec rule) {
        if (rule.modelPath() == null) {
            throw new ConfigException(rule.file() + ": field 'model': the categorizer detector needs a document "
                    + "categorizer model (corpus-audit train)");
        }
        List<DoccatModel> models = new ArrayList<>();
        for (int m = 0; m < rule.modelPath().size(); m++) {
            DoccatModel model = DocumentCategorizer.load(rule.modelPath().get(m));
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < model.getMaxentModel().getNumOutcomes(); i++) {
                labels.add(model.getMaxentModel().getOutcome(i));
            }
            if (!labels.contains(rule.category()) || labels.size() < 2) {
                throw new ConfigException(rule.file() + ": field 'model': " + rule.model().get(m) + " knows the labels "
                        + labels + ", not the rule's category '" + rule.category() + "' and another");
            }
            models.add(model);
        }
        return new CategorizerDetector(models, rule.model(), rule.category(), rule.confidence(),
                rule.minDigits() == null ? 0 : rule.minDigits());
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * A text without a letter says nothing the models could read; one with fewer ASCII digits than the rule's
     * {@code min_digits} holds no figure of the kind the rule is about (an amount of pay), so the models are not asked.
     */
    @Override
    public boolean mayMatch(String text, int digits) {
        if (digits < minDigits) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Match> find(String text) {
        return find(text, null);
    }

    @Override
    public List<Match> find(String text, String lang) {
        TextAnalysis analysis = LAST_TEXT.get();
        StringBuilder why = new StringBuilder("the text as a whole:");
        double least = 1;
        for (int m = 0; m < categorizers.size(); m++) {
            DocumentCategorizer model = categorizers.get(m);
            double p = model.scoresOfFeatures(analysis.features(model, text, lang)).get(category);
            if (p + 1e-9 < floor) {
                return List.of();
            }
            least = Math.min(least, p);
            why.append(String.format(Locale.ROOT, " %s gives %s p=%.3f;", names.get(m), category, p));
        }
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        double confidence = Math.floor(least * 100) / 100.0; // down, so 0.999 is not a certain 1.0
        return List.of(new Match(start, end, why + " reported from " + floor + " in each", confidence));
    }

    /** The last text a thread's categorizer rules read, its words, and the features each kind of model makes. */
    private static final class TextAnalysis {
        private String text;
        private String lang;
        private String[] words;
        private final Map<String, String[]> features = new HashMap<>();

        String[] features(DocumentCategorizer model, String text, String lang) {
            if (!text.equals(this.text) || !Objects.equals(lang, this.lang)) {
                this.text = text;
                this.lang = lang;
                this.words = DocumentCategorizer.tokens(text, lang);
                features.clear();
            }
            return features.computeIfAbsent(model.featureKind(), kind -> model.features(words));
        }
    }
}
