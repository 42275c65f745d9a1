package dev.corpusaudit.index;

import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/** The field names of the Lucene index, shared by the writer, the rule queries and {@code search}. */
public final class IndexFields {
    /** Record id (stored). */
    public static final String ID = "id";
    /** Position of the record in the input (stored, doc values): findings are written in this order. */
    public static final String SEQ = "seq";
    /** Metadata fields: sorted doc values, matched exactly (see {@link #exactMatch}); lang also stored. */
    public static final java.util.Set<String> METADATA = java.util.Set.of("source", "region", "lang", "member", "month");
    public static final String SOURCE = "source";
    public static final String REGION = "region";
    /** The record's language, given or detected ({@code und} when neither). */
    public static final String LANG = "lang";
    /** Pseudonym of the member (keyed hash), never the raw member id. */
    public static final String MEMBER = "member";
    /** {@code yyyy-MM} of {@code created_at}. */
    public static final String MONTH = "month";
    /** The text, in the field of its language: {@code text_en}, {@code text_de}, ... {@code text_xx}. */
    public static final String TEXT_PREFIX = "text_";
    /**
     * The findings the workers decided from the analyze stage's signals, as a JSON array (binary doc values: the
     * decide stage reads them without decompressing stored documents).
     */
    public static final String FINDINGS = "findings";
    /** The input file the record came from (sorted doc values): findings say where to find their record. */
    public static final String INPUT = "input";
    /** The record's line in its input file (numeric doc values; 0 for a whole file, a {@code .txt} record). */
    public static final String LINE = "line";
    /** Category ids of the analyze stage's signals (exact, one value each), so rules and searches can combine them. */
    public static final String SIGNAL = "signal";
    /** What {@code search} users write for the text, whatever its language. */
    public static final String TEXT = "text";

    private IndexFields() {
    }

    /** A query for records whose metadata field has exactly this value. */
    public static Query exactMatch(String field, String value) {
        return SortedDocValuesField.newSlowExactQuery(field, new BytesRef(value));
    }

    public static String textField(String fieldLanguage) {
        return TEXT_PREFIX + fieldLanguage;
    }
}
