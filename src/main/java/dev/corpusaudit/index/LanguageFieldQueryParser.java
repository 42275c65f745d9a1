package dev.corpusaudit.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

import java.util.Map;

/**
 * Parses Lucene query syntax in which {@code text:} means the text whatever its language: the query is parsed once
 * per language field, each with that language's analyzer, and the results are OR-ed. Metadata fields
 * ({@code source:post}, {@code lang:de}) and {@code signal:pii.email} match exactly.
 */
public final class LanguageFieldQueryParser {
    private LanguageFieldQueryParser() {
    }

    public static Query parse(String query) throws ParseException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Map.Entry<String, Analyzer> e : LanguageAnalyzers.all().entrySet()) {
            String field = IndexFields.textField(e.getKey());
            QueryParser parser = new QueryParser(field, new KeywordAnalyzer()) {
                @Override
                protected Query getFieldQuery(String f, String text, boolean quoted) throws ParseException {
                    if (IndexFields.TEXT.equals(f) || field.equals(f)) {
                        return analyzed(field, text, quoted, e.getValue());
                    }
                    if (IndexFields.METADATA.contains(f)) {
                        return IndexFields.exactMatch(f, text);
                    }
                    return super.getFieldQuery(f, text, quoted);
                }

                @Override
                protected Query getFieldQuery(String f, String text, int slop) throws ParseException {
                    if (IndexFields.TEXT.equals(f) || field.equals(f)) {
                        Query q = analyzed(field, text, true, e.getValue());
                        return q == null ? null : addSlopToPhrase(q, slop);
                    }
                    return super.getFieldQuery(f, text, slop);
                }
            };
            parser.setDefaultOperator(QueryParser.Operator.AND);
            Query q = parser.parse(query);
            any.add(q, BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    private static Query analyzed(String field, String text, boolean quoted, Analyzer analyzer) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        return quoted ? builder.createPhraseQuery(field, text) : builder.createBooleanQuery(field, text,
                BooleanClause.Occur.MUST);
    }

    private static Query addSlopToPhrase(Query q, int slop) {
        if (q instanceof PhraseQuery pq) {
            PhraseQuery.Builder b = new PhraseQuery.Builder();
            Term[] terms = pq.getTerms();
            int[] positions = pq.getPositions();
            for (int i = 0; i < terms.length; i++) {
                b.add(terms[i], positions[i]);
            }
            b.setSlop(slop);
            return b.build();
        }
        return q;
    }
}
