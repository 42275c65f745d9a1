package dev.corpusaudit.analyze;

import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.nlp.ModelRegistry;
import dev.corpusaudit.nlp.PersonFinder;
import dev.corpusaudit.ruleset.RuleSpec;
import opennlp.tools.namefind.TokenNameFinderModel;

import java.util.ArrayList;
import java.util.List;

/**
 * People's names ({@code pii.person}) with the rule's OpenNLP name finder and its cues ({@link PersonFinder}): the
 * rule's {@code model}, and its {@code confidence} as the least a name needs to be reported (a name of the
 * first-name lexicon alone has just that). Thread-safe: each thread has its own finder over the shared model.
 */
final class PersonNameDetector implements PatternDetector {
    static final String NAME = "person_name";

    private final double floor;
    private final ThreadLocal<PersonFinder> finders;

    private PersonNameDetector(TokenNameFinderModel model, double floor) {
        this.floor = floor;
        this.finders = ThreadLocal.withInitial(() -> new PersonFinder(model, ModelRegistry.shared(),
                PersonFinder.Weights.DEFAULT, floor));
    }

    static PersonNameDetector of(RuleSpec rule) {
        if (rule.modelPath() == null || rule.modelPath().size() != 1) {
            throw new ConfigException(rule.file() + ": field 'model': the person_name detector needs one name-finder "
                    + "model (corpus-audit train --kind names)");
        }
        return new PersonNameDetector(PersonFinder.load(rule.modelPath().get(0)), rule.confidence());
    }

    @Override
    public String name() {
        return NAME;
    }

    /** A text without a capital letter has no name the finder could see. */
    @Override
    public boolean mayMatch(String text, int digits) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
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
        List<Match> out = new ArrayList<>();
        for (PersonFinder.Name n : finders.get().find(text, lang)) {
            if (n.confidence() + 1e-9 >= floor) {
                out.add(new Match(n.start(), n.end(), n.explanation() + "; reported from " + floor, n.confidence()));
            }
        }
        return out;
    }
}
