package dev.corpusaudit.decide;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.corpusaudit.index.IndexFields;
import dev.corpusaudit.index.RecordIndexer;
import dev.corpusaudit.model.Finding;
import dev.corpusaudit.model.Json;
import dev.corpusaudit.model.Signal;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Gathers the findings of every record that has any: those the workers decided from the analyze stage's signals
 * (kept in the index as doc values) joined with those of the query rules' signals, which it decides here with the
 * {@link Decider}; and hands each record's findings on in input order. Records are taken in parallel, in chunks, by
 * one {@code Decider} per thread (they are not thread-safe); the order of the output never depends on the thread
 * schedule.
 */
public final class DecideStage {
    /** Records per task: large enough to amortise a task, small enough to keep the threads evenly busy. */
    private static final int CHUNK = 256;
    private static final ObjectReader FINDINGS = Json.MAPPER.readerFor(new TypeReference<List<Finding>>() {
    });

    /** One record's findings, with what the summary counts about the record (null where the record has none). */
    public record Decided(List<Finding> findings, String memberPseudonym, String lang, String source, String region,
                          String month) {

        /** A record's findings, each saying where the record is in the input. */
        static List<Finding> located(List<Finding> findings, String input, long line) {
            if (input == null || findings.isEmpty()) {
                return findings;
            }
            Long where = line > 0 ? line : null;
            return findings.stream().map(f -> f.withInput(input, where)).toList();
        }
    }

    /** Receives the decided records in input order. */
    public interface Sink {
        void accept(Decided record) throws IOException, InterruptedException;
    }

    private final int threads;
    private final Supplier<Decider> deciders;

    /** @param deciders makes one {@link Decider} per thread */
    public DecideStage(int threads, Supplier<Decider> deciders) {
        this.threads = threads;
        this.deciders = deciders;
    }

    public void run(DirectoryReader reader, Map<Integer, List<Signal>> ruleSignals, Sink sink)
            throws IOException, InterruptedException {
        List<long[]> hits = hitsInInputOrder(reader, ruleSignals);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "decide");
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<Decider> decider = ThreadLocal.withInitial(deciders);
        ThreadLocal<StoredFields> stored = ThreadLocal.withInitial(() -> {
            try {
                return reader.storedFields(); // one per thread: a StoredFields is not thread-safe
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            Deque<Future<List<Decided>>> window = new ArrayDeque<>();
            for (int from = 0; from < hits.size(); from += CHUNK) {
                List<long[]> chunk = hits.subList(from, Math.min(hits.size(), from + CHUNK));
                window.add(pool.submit(() -> decide(chunk, reader, ruleSignals, decider.get(), stored.get())));
                if (window.size() > 2 * threads) {
                    deliver(window.poll(), sink);
                }
            }
            while (!window.isEmpty()) {
                deliver(window.poll(), sink);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** {seq, global doc id} of every record with signals, sorted by seq. */
    private static List<long[]> hitsInInputOrder(DirectoryReader reader, Map<Integer, List<Signal>> ruleSignals)
            throws IOException {
        List<long[]> hits = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues seqs = leaf.reader().getNumericDocValues(IndexFields.SEQ);
            NumericDocValues flagged = leaf.reader().getNumericDocValues(RecordIndexer.HAS_FINDINGS);
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                int global = leaf.docBase + doc;
                boolean patterns = flagged != null && flagged.advanceExact(doc);
                if ((patterns || ruleSignals.containsKey(global)) && seqs.advanceExact(doc)) {
                    hits.add(new long[]{seqs.longValue(), global});
                }
            }
        }
        hits.sort(Comparator.comparingLong(h -> h[0]));
        return hits;
    }

    /**
     * One chunk: the findings the workers decided (doc values), joined with those of the phrase rules' signals, for
     * which alone the stored text is read. Doc values read forward only, so the chunk is visited in document order
     * and answered in input order.
     */
    private static List<Decided> decide(List<long[]> chunk, DirectoryReader reader,
                                        Map<Integer, List<Signal>> ruleSignals, Decider decider, StoredFields stored)
            throws IOException {
        List<long[]> byDoc = new ArrayList<>(chunk);
        byDoc.sort(Comparator.comparingLong(h -> h[1]));
        Map<Integer, Decided> decided = new HashMap<>();
        LeafValues values = null;
        for (long[] hit : byDoc) {
            int docId = (int) hit[1];
            int leaf = ReaderUtil.subIndex(docId, reader.leaves());
            if (values == null || values.leaf.ord != leaf) {
                values = new LeafValues(reader.leaves().get(leaf));
            }
            int local = docId - values.leaf.docBase;
            List<Finding> findings = values.findings(local, hit[0]);
            String lang = LeafValues.term(values.lang, local);
            List<Signal> phraseSignals = Decider.uncovered(ruleSignals.get(docId), findings);
            if (phraseSignals != null || decider.needsText(findings)) {
                Document doc = stored.document(docId);
                String text = RecordIndexer.text(doc);
                if (phraseSignals != null) {
                    findings = Decider.merge(findings, decider.decideSignals(hit[0], doc.get(IndexFields.ID), lang,
                            LeafValues.term(values.source, local), text, phraseSignals));
                }
                findings = decider.corroborate(findings, text, lang);
                findings = decider.withNamesAfterQueries(hit[0], doc.get(IndexFields.ID), lang, text, findings);
            }
            findings = Decided.located(findings, LeafValues.term(values.input, local),
                    values.line != null && values.line.advanceExact(local) ? values.line.longValue() : 0);
            decided.put(docId, new Decided(findings, LeafValues.term(values.member, local), lang,
                    LeafValues.term(values.source, local), LeafValues.term(values.region, local),
                    LeafValues.term(values.month, local)));
        }
        List<Decided> out = new ArrayList<>(chunk.size());
        for (long[] hit : chunk) {
            out.add(decided.get((int) hit[1]));
        }
        return out;
    }

    /** The doc values of one segment the decide stage reads, forward only. */
    private static final class LeafValues {
        final LeafReaderContext leaf;
        final BinaryDocValues findings;
        final SortedDocValues lang;
        final SortedDocValues member;
        final SortedDocValues source;
        final SortedDocValues region;
        final SortedDocValues month;
        final SortedDocValues input;
        final NumericDocValues line;

        LeafValues(LeafReaderContext leaf) throws IOException {
            this.leaf = leaf;
            this.findings = leaf.reader().getBinaryDocValues(IndexFields.FINDINGS);
            this.lang = leaf.reader().getSortedDocValues(IndexFields.LANG);
            this.member = leaf.reader().getSortedDocValues(IndexFields.MEMBER);
            this.source = leaf.reader().getSortedDocValues(IndexFields.SOURCE);
            this.region = leaf.reader().getSortedDocValues(IndexFields.REGION);
            this.month = leaf.reader().getSortedDocValues(IndexFields.MONTH);
            this.input = leaf.reader().getSortedDocValues(IndexFields.INPUT);
            this.line = leaf.reader().getNumericDocValues(IndexFields.LINE);
        }

        List<Finding> findings(int doc, long seq) throws IOException {
            if (findings == null || !findings.advanceExact(doc)) {
                return List.of();
            }
            BytesRef json = findings.binaryValue();
            List<Finding> read = FINDINGS.readValue(json.bytes, json.offset, json.length);
            return read.stream().map(f -> f.withSeq(seq)).toList();
        }

        static String term(SortedDocValues values, int doc) throws IOException {
            return values != null && values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString()
                    : null;
        }
    }

    private static void deliver(Future<List<Decided>> chunk, Sink sink) throws IOException, InterruptedException {
        List<Decided> decided;
        try {
            decided = chunk.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error error) {
                throw error; // a full heap must reach the command as itself, so the user is told what to do
            }
            throw new IllegalStateException("decide stage failed", cause);
        }
        for (Decided d : decided) {
            sink.accept(d);
        }
    }
}
