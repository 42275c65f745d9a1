package dev.corpusaudit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The floor a scan is measured against: read the same JSONL, parse each line with Jackson, and index its text with
 * Lucene's StandardAnalyzer (positions and offsets, as the scan does) on the same number of threads. No language
 * detection, no detectors, no rules, no reports.
 */
final class PlainIndexBaseline {
    private static final List<String> END = List.of();

    /** Records indexed and UTF-8 bytes of their text. */
    record Counts(long records, long textBytes) {
    }

    private PlainIndexBaseline() {
    }

    static Counts run(Path jsonl, Path indexDir, int threads) throws IOException, InterruptedException {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        config.setRAMBufferSizeMB(dev.corpusaudit.index.RecordIndexer.RAM_BUFFER_MB); // same buffer as the scan
        ObjectMapper mapper = new ObjectMapper();
        BlockingQueue<List<String>> queue = new ArrayBlockingQueue<>(threads * 8);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long records = 0;
        long bytes = 0;
        try (FSDirectory dir = FSDirectory.open(indexDir); IndexWriter writer = new IndexWriter(dir, config)) {
            List<Thread> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Thread t = new Thread(() -> {
                    try {
                        for (List<String> batch = queue.take(); batch != END; batch = queue.take()) {
                            for (String text : batch) {
                                Document doc = new Document();
                                doc.add(new Field("text", text, type));
                                writer.addDocument(doc);
                            }
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                });
                t.start();
                workers.add(t);
            }
            try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
                List<String> batch = new ArrayList<>(64);
                String line;
                while ((line = in.readLine()) != null) {
                    JsonNode node = mapper.readTree(line);
                    String text = node.path("text").asText();
                    bytes += text.getBytes(StandardCharsets.UTF_8).length;
                    records++;
                    batch.add(text);
                    if (batch.size() == 64) {
                        queue.put(batch);
                        batch = new ArrayList<>(64);
                    }
                }
                if (!batch.isEmpty()) {
                    queue.put(batch);
                }
            }
            for (int i = 0; i < threads; i++) {
                queue.put(END);
            }
            for (Thread t : workers) {
                t.join();
            }
            if (failure.get() != null) {
                throw new IllegalStateException("baseline indexing failed", failure.get());
            }
            writer.commit();
        }
        return new Counts(records, bytes);
    }
}
