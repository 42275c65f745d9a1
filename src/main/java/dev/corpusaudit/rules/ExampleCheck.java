package dev.corpusaudit.rules;

import dev.corpusaudit.analyze.AnalyzedRecord;
import dev.corpusaudit.analyze.DetectorRule;
import dev.corpusaudit.analyze.PatternRules;
import dev.corpusaudit.index.RecordIndexer;
import dev.corpusaudit.model.CorpusRecord;
import dev.corpusaudit.model.Signal;
import dev.corpusaudit.ruleset.RuleSpec;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a rule on its own examples, the way a scan would (detectors and pattern rules on the text; phrase rules as
 * queries over a one-record index), and says where the spans differ from what the example expects. A rule whose
 * examples fail does not ship: the test suite runs this for every rule.
 */
public final class ExampleCheck {
    private ExampleCheck() {
    }

    /** One problem per failing example; empty when all pass. */
    public static List<String> check(RuleSpec rule) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < rule.examples().size(); i++) {
            RuleSpec.Example example = rule.examples().get(i);
            List<String> expected = example.expect() == null ? List.of() : example.expect();
            List<int[]> want = expectedSpans(example.text(), expected);
            if (want == null) {
                problems.add(rule.file() + ": example " + (i + 1) + ": an expected span is not in its text");
                continue;
            }
            List<int[]> got = spans(rule, example);
            if (!same(want, got)) {
                problems.add(rule.file() + ": example " + (i + 1) + " (" + example.lang() + "): expected "
                        + describe(example.text(), want) + " but the rule found " + describe(example.text(), got));
            }
        }
        return problems;
    }

    /** The spans a rule reports in one example text. */
    public static List<int[]> spans(RuleSpec rule, RuleSpec.Example example) {
        List<Signal> signals = switch (rule.type()) {
            case RuleSpec.DETECTOR -> DetectorRule.bind(List.of(rule)).get(0).detect(example.text(), example.lang());
            case RuleSpec.PATTERN -> new PatternRules(List.of(rule)).find(example.text(), example.lang());
            default -> phraseSignals(rule, example);
        };
        return signals.stream().map(s -> new int[]{s.start(), s.end()}).toList();
    }

    private static List<Signal> phraseSignals(RuleSpec rule, RuleSpec.Example example) {
        CorpusRecord record = new CorpusRecord(0, "example", example.text(), null, null, null, example.lang(), null,
                Map.of(), new CorpusRecord.Origin(rule.file(), 0));
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, RecordIndexer.writerConfig())) {
                writer.addDocument(RecordIndexer.document(new AnalyzedRecord(record, example.lang(), null, List.of()),
                        List.of()));
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                PhraseRule phrase = new PhraseRule(rule);
                return new RuleRunner(List.of(phrase)).run(reader).getOrDefault(0, List.<Signal>of()).stream()
                        .filter(s -> phrase.accepts(example.text(), s.start(), s.end(), example.lang())).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each expected substring located after the previous one; null when one is missing. */
    static List<int[]> expectedSpans(String text, List<String> expected) {
        List<int[]> spans = new ArrayList<>();
        int from = 0;
        for (String value : expected) {
            int at = text.indexOf(value, from);
            if (at < 0) {
                return null;
            }
            spans.add(new int[]{at, at + value.length()});
            from = at + value.length();
        }
        return spans;
    }

    private static boolean same(List<int[]> a, List<int[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i)[0] != b.get(i)[0] || a.get(i)[1] != b.get(i)[1]) {
                return false;
            }
        }
        return true;
    }

    private static String describe(String text, List<int[]> spans) {
        if (spans.isEmpty()) {
            return "nothing";
        }
        List<String> parts = new ArrayList<>();
        for (int[] s : spans) {
            parts.add("'" + text.substring(s[0], s[1]) + "' [" + s[0] + "," + s[1] + ")");
        }
        return String.join(", ", parts);
    }
}
