package dev.corpusaudit;

import dev.corpusaudit.decide.Evidence;
import dev.corpusaudit.index.IndexFields;
import dev.corpusaudit.index.LanguageFieldQueryParser;
import dev.corpusaudit.index.RecordIndexer;
import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.model.InputException;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Searches a scan's index for auditors investigating a finding: Lucene query syntax, hits in input order, each
 * with a masked snippet around its first match.
 */
public final class RecordSearch {

    /** A hit: the record, its language, and a masked snippet. */
    public record Hit(String recordId, String lang, String snippet) {
    }

    /** All hits counted, the first {@code limit} returned. */
    public record Result(long total, List<Hit> hits) {
    }

    private RecordSearch() {
    }

    public static Result search(Path indexDir, String queryText, int limit) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            throw new InputException("index not found: " + indexDir + " (scan with --keep-index true)");
        }
        Query query;
        try {
            query = LanguageFieldQueryParser.parse(queryText);
        } catch (ParseException e) {
            throw new ConfigException("query does not parse: " + e.getMessage().lines().findFirst().orElse(""));
        }
        try (FSDirectory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TopDocs top = searcher.search(query, Math.max(1, limit), new Sort(new SortField(IndexFields.SEQ,
                    SortField.Type.LONG)));
            Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                Document doc = reader.storedFields().document(sd.doc);
                LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(sd.doc, reader.leaves()));
                hits.add(new Hit(doc.get(IndexFields.ID), doc.get(IndexFields.LANG),
                        snippet(doc, weight.matches(leaf, sd.doc - leaf.docBase))));
            }
            return new Result(searcher.count(query), hits);
        } catch (IndexNotFoundException e) {
            throw new InputException("no Lucene index in " + indexDir);
        }
    }

    private static String snippet(Document doc, Matches matches) throws IOException {
        String text = RecordIndexer.text(doc);
        if (matches != null) {
            for (String field : matches) {
                if (!field.startsWith(IndexFields.TEXT_PREFIX)) {
                    continue;
                }
                MatchesIterator it = matches.getMatches(field);
                if (it != null && it.next() && it.startOffset() >= 0) {
                    return Evidence.snippet(text, it.startOffset(), it.endOffset());
                }
            }
        }
        return Evidence.opening(text);
    }
}
