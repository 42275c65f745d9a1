package dev.corpusaudit.rules;

import dev.corpusaudit.index.IndexFields;
import dev.corpusaudit.index.LanguageAnalyzers;
import dev.corpusaudit.index.RecordIndexer;
import dev.corpusaudit.model.Signal;
import dev.corpusaudit.nlp.SentenceSplitter;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The query-rules stage: runs every phrase rule as a Lucene query over the index and turns each match into a
 * {@link Signal} with the match's character offsets (from the postings, via Lucene's Matches API). A first-person
 * cue in the same sentence makes the signal a self-disclosure; otherwise it is about the topic ({@code general}).
 * Not thread-safe.
 */
public final class RuleRunner {
    /** The stored fields a rule match needs: the language and the text (in whichever language field). */
    private static final Set<String> TEXT_AND_LANG = textAndLang();

    private final List<PhraseRule> rules;
    private final SentenceSplitter sentences;

    public RuleRunner(List<PhraseRule> rules, SentenceSplitter sentences) {
        this.rules = rules;
        this.sentences = sentences;
    }

    /** Signals per document (global doc id), each list in text order. */
    public Map<Integer, List<Signal>> run(IndexReader reader) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null); // each query runs once: caching its matches would only cost
        StoredFields stored = reader.storedFields();
        Map<Integer, List<Signal>> byDoc = new HashMap<>();
        for (PhraseRule rule : rules) {
            for (Query query : rule.queries()) {
                Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
                collect(rule, weight, reader, stored, byDoc);
            }
        }
        byDoc.values().forEach(list -> list.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : a.ruleId().compareTo(b.ruleId())));
        return byDoc;
    }

    private void collect(PhraseRule rule, Weight weight, IndexReader reader, StoredFields stored,
                         Map<Integer, List<Signal>> byDoc) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                List<int[]> spans = matchSpans(weight.matches(leaf, doc));
                if (spans.isEmpty()) {
                    continue;
                }
                int global = leaf.docBase + doc;
                Document document = stored.document(global, TEXT_AND_LANG);
                List<Signal> signals = byDoc.computeIfAbsent(global, d -> new ArrayList<>());
                for (int[] span : spans) {
                    signals.add(signal(rule, document, span));
                }
            }
        }
    }

    /** The character spans of all matches in a document, overlapping ones merged. */
    static List<int[]> matchSpans(Matches matches) throws IOException {
        TreeMap<Integer, Integer> spans = new TreeMap<>();
        if (matches == null) {
            return List.of();
        }
        for (String field : matches) {
            MatchesIterator it = matches.getMatches(field);
            while (it != null && it.next()) {
                if (it.startOffset() >= 0) {
                    spans.merge(it.startOffset(), it.endOffset(), Math::max);
                }
            }
        }
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

    private Signal signal(PhraseRule rule, Document doc, int[] span) {
        String lang = doc.get(IndexFields.LANG);
        String text = RecordIndexer.text(doc);
        String matched = text.substring(span[0], span[1]);
        double confidence = rule.spec().confidence();
        String subject = "general";
        StringBuilder why = new StringBuilder("phrase '").append(matched).append("' (").append(lang)
                .append(", base ").append(confidence).append(')');
        String cue = selfCue(rule.selfCues(lang), text, lang, span[0]);
        if (cue != null) {
            subject = "self";
            confidence = Math.min(1.0, confidence + rule.spec().selfBoostOrZero());
            why.append(" + first-person '").append(cue).append("' in the sentence (+")
                    .append(rule.spec().selfBoostOrZero()).append(')');
        } else {
            why.append("; no first-person cue in the sentence, so about the topic");
        }
        return new Signal(rule.spec().category(), rule.spec().id(), rule.spec().version(), "phrase",
                Math.round(confidence * 100) / 100.0, subject, span[0], span[1], why.toString());
    }

    private static Set<String> textAndLang() {
        Set<String> fields = new java.util.HashSet<>();
        fields.add(IndexFields.LANG);
        for (String lang : LanguageAnalyzers.all().keySet()) {
            fields.add(IndexFields.textField(lang));
        }
        return Set.copyOf(fields);
    }

    private String selfCue(Set<String> cues, String text, String lang, int offset) {
        if (cues.isEmpty()) {
            return null;
        }
        int[] sentence = sentences.sentenceAround(text, lang, offset);
        for (String word : text.substring(sentence[0], sentence[1]).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').split("[^\\p{L}']+")) {
            if (cues.contains(word)) {
                return word;
            }
        }
        return null;
    }

}
