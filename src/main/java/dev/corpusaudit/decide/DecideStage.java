package dev.corpusaudit.decide;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.corpusaudit.index.IndexFields;
import dev.corpusaudit.index.RecordIndexer;
import dev.corpusaudit.model.Finding;
import dev.corpusaudit.model.Json;
import dev.corpusaudit.model.Signal;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs the {@link Decider} over every record that has signals (from the pattern detectors, flagged in the index, or
 * from the query rules) and hands each record's findings on in input order. Records are decided in parallel, in
 * chunks, by one {@code Decider} per thread (they are not thread-safe); the order of the output never depends on
 * the thread schedule.
 */
public final class DecideStage {
    /** Records per task: large enough to amortise a task, small enough to keep the threads evenly busy. */
    private static final int CHUNK = 256;
    private static final ObjectReader SIGNALS = Json.MAPPER.readerFor(new TypeReference<List<Signal>>() {
    });

    /** One record's findings, with what the summary counts about the record. */
    public record Decided(List<Finding> findings, String memberPseudonym, String lang) {
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
                window.add(pool.submit(() -> decide(chunk, ruleSignals, decider.get(), stored.get())));
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
            NumericDocValues flagged = leaf.reader().getNumericDocValues(RecordIndexer.HAS_SIGNALS);
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

    private static List<Decided> decide(List<long[]> chunk, Map<Integer, List<Signal>> ruleSignals, Decider decider,
                                        StoredFields stored) throws IOException {
        List<Decided> out = new ArrayList<>(chunk.size());
        for (long[] hit : chunk) {
            int docId = (int) hit[1];
            Document doc = stored.document(docId);
            List<Signal> signals = new ArrayList<>(patternSignals(doc));
            signals.addAll(ruleSignals.getOrDefault(docId, List.of()));
            String lang = doc.get(IndexFields.LANG);
            List<Finding> findings = decider.decide(hit[0], doc.get(IndexFields.ID), lang, RecordIndexer.text(doc),
                    signals);
            out.add(new Decided(findings, doc.get(IndexFields.MEMBER), lang));
        }
        return out;
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
            throw new IllegalStateException("decide stage failed", cause);
        }
        for (Decided d : decided) {
            sink.accept(d);
        }
    }

    private static List<Signal> patternSignals(Document doc) throws IOException {
        String json = doc.get(IndexFields.SIGNALS);
        return json == null ? List.of() : SIGNALS.readValue(json);
    }
}
