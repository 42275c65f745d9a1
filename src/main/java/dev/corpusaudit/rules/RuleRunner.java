package dev.corpusaudit.rules;

import dev.corpusaudit.model.Signal;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The query-rules stage: runs every phrase rule as a Lucene query over the index and turns each match into a
 * {@link Signal} with the match's character offsets (from the postings, via Lucene's Matches API). It reads no
 * stored fields: the decide stage, which loads each record once, decides whose data a match is.
 */
public final class RuleRunner {
    private final List<PhraseRule> rules;
    private final int threads;

    public RuleRunner(List<PhraseRule> rules) {
        this(rules, 1);
    }

    /** @param threads how many rules run at once (each rule's queries run on one thread) */
    public RuleRunner(List<PhraseRule> rules, int threads) {
        this.rules = rules;
        this.threads = Math.max(1, threads);
    }

    /** Signals per document (global doc id), each list in text order. */
    public Map<Integer, List<Signal>> run(IndexReader reader) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null); // each query runs once: caching its matches would only cost
        List<Map<Integer, TreeMap<Integer, Integer>>> perRule = new ArrayList<>();
        if (threads == 1 || rules.size() < 2) {
            for (PhraseRule rule : rules) {
                perRule.add(spans(rule, searcher, reader));
            }
        } else {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            try {
                List<java.util.concurrent.Future<Map<Integer, TreeMap<Integer, Integer>>>> futures = new ArrayList<>();
                for (PhraseRule rule : rules) {
                    futures.add(pool.submit(() -> spans(rule, searcher, reader)));
                }
                for (var future : futures) {
                    perRule.add(future.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while running the phrase rules", e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        Map<Integer, List<Signal>> byDoc = new HashMap<>();
        for (int r = 0; r < rules.size(); r++) {
            PhraseRule rule = rules.get(r);
            perRule.get(r).forEach((doc, starts) -> {
                List<Signal> signals = byDoc.computeIfAbsent(doc, d -> new ArrayList<>());
                for (int[] span : merge(starts)) {
                    // whose data it is (the subject) is decided with the record's text, in the decide stage
                    signals.add(new Signal(rule.spec().category(), rule.spec().id(), rule.spec().version(), "phrase",
                            rule.spec().confidence(), null, span[0], span[1], "phrase match"));
                }
            });
        }
        byDoc.values().forEach(list -> list.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : a.ruleId().compareTo(b.ruleId())));
        return byDoc;
    }

    /** One rule's match spans: document, then start to end. Weights and scorers are per call, so rules can run at once. */
    private static Map<Integer, TreeMap<Integer, Integer>> spans(PhraseRule rule, IndexSearcher searcher,
                                                                 IndexReader reader) throws IOException {
        Map<Integer, TreeMap<Integer, Integer>> spans = new HashMap<>();
        for (Query query : rule.queries()) {
            Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            collect(weight, reader, spans);
        }
        return spans;
    }

    /** Adds the match spans of one term's query, per document, to a rule's. */
    private static void collect(Weight weight, IndexReader reader, Map<Integer, TreeMap<Integer, Integer>> spans)
            throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                Matches matches = weight.matches(leaf, doc);
                if (matches != null) {
                    addSpans(matches, spans.computeIfAbsent(leaf.docBase + doc, d -> new TreeMap<>()));
                }
            }
        }
    }

    private static void addSpans(Matches matches, TreeMap<Integer, Integer> spans) throws IOException {
        for (String field : matches) {
            MatchesIterator it = matches.getMatches(field);
            while (it != null && it.next()) {
                if (it.startOffset() >= 0) {
                    spans.merge(it.startOffset(), it.endOffset(), Math::max);
                }
            }
        }
    }

    /** A document's match spans of one rule, overlapping or touching ones merged, in text order. */
    static List<int[]> merge(TreeMap<Integer, Integer> spans) {
        List<int[]> merged = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : spans.entrySet()) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && e.getKey() <= last[1]) {
                last[1] = Math.max(last[1], e.getValue());
            } else {
                merged.add(new int[]{e.getKey(), e.getValue()});
            }
        }
        return merged;
    }
}
