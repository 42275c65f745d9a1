package dev.corpusaudit.rules;

import dev.corpusaudit.index.IndexFields;
import dev.corpusaudit.index.LanguageAnalyzers;
import dev.corpusaudit.ruleset.RuleSpec;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A rule of type {@code phrase} as Lucene queries: each term, analyzed like the text of its language, becomes a
 * phrase (or term) query on that language's field; the rule matches where any of them does. Keeping the languages
 * apart means a match is explained from its own language's terms only.
 */
public final class PhraseRule {
    private final RuleSpec spec;
    private final List<Query> queries;
    private final Map<String, Set<String>> selfCues;
    private final Map<String, Set<String>> personCues;

    public PhraseRule(RuleSpec spec) {
        this.spec = spec;
        this.queries = buildQueries(spec);
        this.selfCues = lowerCase(spec.selfCues());
        this.personCues = lowerCase(spec.personCues());
    }

    private static Map<String, Set<String>> lowerCase(Map<String, List<String>> words) {
        return words == null ? Map.of() : words.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().stream()
                        .map(c -> c.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet())));
    }

    public RuleSpec spec() {
        return spec;
    }

    /** One query per distinct term and language. */
    public List<Query> queries() {
        return queries;
    }

    /** The first-person cue words of a language (lower case); empty when the rule has none. */
    public Set<String> selfCues(String lang) {
        return selfCues.getOrDefault(lang, Set.of());
    }

    /** The words for other people of a language (lower case) that turn "my ..." into someone else's. */
    public Set<String> personCues(String lang) {
        return personCues.getOrDefault(lang, Set.of());
    }

    /**
     * One query per term (a term query, or a phrase query for several words): run one by one, each asks the index
     * only about its own words, and the matches of a document are read for that term alone. (A lexicon as one
     * boolean query made Lucene's Matches API visit every clause for every matching document: the query stage took
     * 6.6 s instead of about 1 s on the 200,000-record bench corpus.)
     */
    private static List<Query> buildQueries(RuleSpec spec) {
        List<Query> queries = new java.util.ArrayList<>();
        for (Map.Entry<String, List<String>> entry : spec.allTerms().entrySet()) {
            String lang = entry.getKey();
            String field = IndexFields.textField(LanguageAnalyzers.fieldLanguage(lang));
            QueryBuilder builder = new QueryBuilder(LanguageAnalyzers.forLanguage(LanguageAnalyzers.fieldLanguage(lang)));
            java.util.Set<Query> seen = new java.util.HashSet<>();
            for (String term : entry.getValue()) {
                Query q = builder.createPhraseQuery(field, term);
                if (q == null) {
                    throw new dev.corpusaudit.model.ConfigException(spec.file() + ": term '" + term + "' (" + lang
                            + ", in its terms or lexicons) has no words the analyzer keeps");
                }
                if (seen.add(q)) { // "Diabetiker" and "diabetiker" are one query
                    queries.add(q);
                }
            }
        }
        return List.copyOf(queries);
    }
}
