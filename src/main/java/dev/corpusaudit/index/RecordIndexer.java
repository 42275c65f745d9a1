package dev.corpusaudit.index;

import dev.corpusaudit.analyze.AnalyzedRecord;
import dev.corpusaudit.model.CorpusRecord;
import dev.corpusaudit.model.Finding;
import dev.corpusaudit.model.Json;
import dev.corpusaudit.model.Signal;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an analyzed record into one Lucene document: id, input position, metadata, the text in its language's
 * field (positions and offsets kept, so rule matches have exact offsets), the categories of the analyze stage's
 * signals, and the findings its worker decided from them.
 * {@link IndexWriter#addDocument} is thread-safe, so workers index their own records in parallel.
 */
public final class RecordIndexer {
    /**
     * Indexing buffer per writer. Workers flush their own buffers in parallel; whatever is still buffered at the
     * end is flushed by the one committing thread, so a smaller buffer keeps that serial tail short.
     */
    public static final int RAM_BUFFER_MB = 32;
    /** Doc values flag on records that have analyze-stage findings, so the decide stage finds them without a query. */
    public static final String HAS_FINDINGS = "has_findings";
    /** Text with positions and offsets in the postings, stored for evidence and search snippets. */
    static final FieldType TEXT_TYPE = textType();

    private RecordIndexer() {
    }

    /** The writer configuration: each text field analyzed with its language's analyzer. */
    public static IndexWriterConfig writerConfig() {
        Map<String, Analyzer> perField = new HashMap<>();
        LanguageAnalyzers.all().forEach((lang, analyzer) -> perField.put(IndexFields.textField(lang), analyzer));
        IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField));
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        config.setRAMBufferSizeMB(RAM_BUFFER_MB);
        // The index lives for one audit and is queried a few dozen times: merging segments would cost more CPU
        // than it ever saves. Segments stay as flushed.
        config.setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE);
        return config;
    }

    /** Indexes a record with the findings its worker decided from its signals (empty when it has none). */
    public static void add(IndexWriter writer, AnalyzedRecord analyzed, List<Finding> findings) {
        try {
            writer.addDocument(document(analyzed, findings));
        } catch (IOException e) {
            throw new UncheckedIOException("index write failed: " + e.getMessage(), e);
        }
    }

    public static Document document(AnalyzedRecord analyzed, List<Finding> findings) {
        CorpusRecord r = analyzed.record();
        Document doc = new Document();
        doc.add(new StoredField(IndexFields.ID, r.id()));
        doc.add(new NumericDocValuesField(IndexFields.SEQ, r.seq()));
        if (r.origin() != null) {
            doc.add(new SortedDocValuesField(IndexFields.INPUT, new BytesRef(r.origin().file())));
            doc.add(new NumericDocValuesField(IndexFields.LINE, r.origin().line()));
        }
        // Metadata as doc values, not inverted: they are only ever matched exactly, and inverting five more fields
        // per record cost about a tenth of all indexing (measured). The language is also stored, for search.
        metadata(doc, IndexFields.SOURCE, r.source());
        metadata(doc, IndexFields.REGION, r.region());
        metadata(doc, IndexFields.LANG, analyzed.lang());
        metadata(doc, IndexFields.MEMBER, analyzed.memberPseudonym());
        metadata(doc, IndexFields.MONTH, r.createdMonth());
        doc.add(new StoredField(IndexFields.LANG, analyzed.lang()));
        doc.add(new Field(IndexFields.textField(LanguageAnalyzers.fieldLanguage(analyzed.lang())), r.text(), TEXT_TYPE));
        if (!analyzed.signals().isEmpty()) {
            Set<String> categories = new LinkedHashSet<>();
            for (Signal s : analyzed.signals()) {
                categories.add(s.category());
            }
            for (String category : categories) {
                doc.add(new StringField(IndexFields.SIGNAL, category, Field.Store.NO));
            }
        }
        if (!findings.isEmpty()) {
            doc.add(new BinaryDocValuesField(IndexFields.FINDINGS, new BytesRef(toJson(findings))));
            doc.add(new NumericDocValuesField(HAS_FINDINGS, 1));
        }
        return doc;
    }

    /** The text of a stored document, from whichever language field holds it. */
    public static String text(Document doc) {
        for (var field : doc.getFields()) {
            if (field.name().startsWith(IndexFields.TEXT_PREFIX)) {
                return field.stringValue();
            }
        }
        return "";
    }

    private static byte[] toJson(List<Finding> findings) {
        try {
            return Json.MAPPER.writeValueAsBytes(findings);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void metadata(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new SortedDocValuesField(field, new BytesRef(value)));
        }
    }

    private static FieldType textType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        // No scoring is ever done (rules and search work on matches, in input order), and norms of the sparse
        // per-language fields cost more at flush than all the analysis: leave them out.
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }
}
