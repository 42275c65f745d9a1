package dev.corpusaudit;

import dev.corpusaudit.index.IndexFields;
import dev.corpusaudit.model.ExposedMember;
import dev.corpusaudit.model.Finding;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Per pseudonymous member, what the findings touch: records with findings and the categories found, counted as
 * findings are written; the most exposed members (most categories, then most records with findings) with all their
 * records counted from the index. Only members with a finding are held.
 */
final class MemberExposure {
    private static final String OPTED_OUT = "excluded.opted_out";
    private static final String MINOR = "excluded.minor";
    private final Map<String, Exposure> members = new HashMap<>();

    private static final class Exposure {
        long records;
        final TreeSet<String> categories = new TreeSet<>();
    }

    /** Adds one record's findings. */
    void add(List<Finding> recordFindings, String memberPseudonym) {
        if (memberPseudonym == null || recordFindings.isEmpty()) {
            return;
        }
        Exposure e = members.computeIfAbsent(memberPseudonym, m -> new Exposure());
        e.records++;
        recordFindings.forEach(f -> e.categories.add(f.category()));
    }

    /** Members with at least one finding. */
    int members() {
        return members.size();
    }

    /** The {@code n} most exposed members, with their records in the index counted. */
    List<ExposedMember> mostExposed(int n, IndexReader index) throws IOException {
        List<Map.Entry<String, Exposure>> ranked = new ArrayList<>(members.entrySet());
        ranked.sort(Comparator.<Map.Entry<String, Exposure>>comparingInt(e -> -e.getValue().categories.size())
                .thenComparingLong(e -> -e.getValue().records).thenComparing(Map.Entry::getKey));
        List<Map.Entry<String, Exposure>> top = ranked.subList(0, Math.min(n, ranked.size()));
        Map<String, Long> records = recordsOf(top.stream().map(Map.Entry::getKey).toList(), index);
        List<ExposedMember> out = new ArrayList<>(top.size());
        for (Map.Entry<String, Exposure> e : top) {
            Exposure x = e.getValue();
            out.add(new ExposedMember(e.getKey(), records.getOrDefault(e.getKey(), x.records), x.records,
                    List.copyOf(x.categories), x.categories.contains(OPTED_OUT), x.categories.contains(MINOR)));
        }
        return out;
    }

    /** All records of some members: one pass over the index's member doc values. */
    private static Map<String, Long> recordsOf(List<String> pseudonyms, IndexReader index) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        if (pseudonyms.isEmpty()) {
            return counts;
        }
        java.util.Set<String> wanted = new java.util.HashSet<>(pseudonyms);
        for (LeafReaderContext leaf : index.leaves()) {
            SortedDocValues values = leaf.reader().getSortedDocValues(IndexFields.MEMBER);
            if (values == null) {
                continue;
            }
            int[] perOrd = new int[values.getValueCount()];
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                perOrd[values.ordValue()]++;
            }
            for (int ord = 0; ord < perOrd.length; ord++) {
                if (perOrd[ord] > 0) {
                    String member = values.lookupOrd(ord).utf8ToString();
                    if (wanted.contains(member)) {
                        counts.merge(member, (long) perOrd[ord], Long::sum);
                    }
                }
            }
        }
        return counts;
    }
}
