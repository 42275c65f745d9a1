package dev.corpusaudit.analyze;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.corpusaudit.model.Json;
import dev.corpusaudit.ruleset.RuleSpec;
import dev.corpusaudit.ruleset.Ruleset;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompiledPatternTest {

    /** Every match in the stretch, found as {@link PatternRule} walks them: each as the spans of all its groups. */
    private static List<List<Integer>> viaCursor(String regex, String text, int from, int to) {
        return viaCursor(new CompiledPattern(regex, 0), Pattern.compile(regex).groupCount(), text, from, to);
    }

    private static List<List<Integer>> viaCursor(CompiledPattern pattern, int groups, String text, int from, int to) {
        List<List<Integer>> out = new ArrayList<>();
        CompiledPattern.Cursor m = pattern.in(text, text.toCharArray(), from, to);
        int at = from;
        while (m != null && m.find(at)) {
            List<Integer> spans = new ArrayList<>();
            for (int g = 0; g <= groups; g++) {
                spans.add(m.start(g));
                spans.add(m.end(g));
            }
            out.add(spans);
            at = m.end(0) > m.start(0) ? m.end(0) : m.start(0) + 1;
        }
        return out;
    }

    /** The same with RE2/J's unanchored search over the stretch as a substring, the reference. */
    private static List<List<Integer>> viaRe2j(Pattern pattern, String text, int from, int to) {
        List<List<Integer>> out = new ArrayList<>();
        Matcher m = pattern.matcher(text.substring(from, to));
        int at = 0;
        while (at <= to - from && m.find(at)) {
            List<Integer> spans = new ArrayList<>();
            for (int g = 0; g <= m.groupCount(); g++) {
                spans.add(m.start(g) < 0 ? -1 : from + m.start(g));
                spans.add(m.end(g) < 0 ? -1 : from + m.end(g));
            }
            out.add(spans);
            at = m.end() > m.start() ? m.end() : m.start() + 1;
        }
        return out;
    }

    @Test
    void theSamePatternGetsTheSamePrefilterOnce() {
        String regex = "[0-9]{4} [0-9]{4}";
        MatchPrefilter first = new CompiledPattern(regex).prefilter();
        assertNotNull(first);
        assertSame(first, new CompiledPattern(regex).prefilter());
    }

    @Test
    void findsTheMatchesOfTheUnanchoredSearchWithContextAtEachPosition() {
        // \b and a multi-line ^ see the character before a position; the stretch's own start is a text's start
        String text = "xcat cat\ncat";
        assertEquals(viaRe2j(Pattern.compile("\\bcat"), text, 0, text.length()),
                viaCursor("\\bcat", text, 0, text.length()));
        assertEquals(List.of(List.of(5, 8), List.of(9, 12)), viaCursor("\\bcat", text, 0, text.length()));
        assertEquals(List.of(List.of(1, 4), List.of(5, 8), List.of(9, 12)), viaCursor("\\bcat", text, 1, 12));
        assertEquals(List.of(List.of(9, 12)), viaCursor("(?m)^cat", text, 0, text.length()));
        assertEquals(List.of(List.of(1, 4)), viaCursor("^cat", text, 1, 12));
        // leftmost first, then the earlier branch; groups that take no part say -1
        assertEquals(List.of(List.of(2, 4, 2, 4, -1, -1)), viaCursor("(ab)|(abcd)", "xxabcd", 0, 6));
        assertEquals(List.of(List.of(2, 6, 2, 6, -1, -1)), viaCursor("(abcd)|(ab)", "xxabcd", 0, 6));
        assertEquals(List.of(List.of(2, 4, -1, -1, 2, 4)), viaCursor("(abcd)|(ab)", "xxabc", 0, 5));
        // a match does not start inside a surrogate pair, and one after it is found
        String emoji = "\uD83D\uDE00 a1 \uD83D\uDE00a2";
        assertEquals(viaRe2j(Pattern.compile("[^a-z ]?a\\d"), emoji, 0, emoji.length()),
                viaCursor("[^a-z ]?a\\d", emoji, 0, emoji.length()));
    }

    @Test
    void aPatternWhoseRunsReadFarStillRunsInLinearTime() {
        // from every 'a' RE2/J's threads for (?:a+)+b live on to the 'c': read from each position, quadratic; the
        // cursor goes on with the unanchored search once its anchored runs have read 32 times the stretch
        String hostile = "a".repeat(200_000) + "c ab";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertEquals(
                List.of(List.of(hostile.length() - 2, hostile.length())),
                viaCursor("(?:a+)+b", hostile, 0, hostile.length())));
    }

    @Test
    void aStartAutomatonRulesOutPositionsWhereNoMatchStarts() {
        MatchStarts starts = MatchStarts.of("\\b(?i:salary|pay|wage)s?\\s*:?\\s*\\d");
        assertNotNull(starts);
        char[] text = "Our SALARY: 50k and Pay 40".toCharArray();
        List<Integer> may = IntStream.range(0, text.length).filter(i -> starts.mayStartAt(text, 0, i, text.length))
                .boxed().toList();
        assertEquals(List.of(4, 20), may);
        // a long word list keeps its words' beginnings (the prefilter's automaton gives up on it)
        String words = IntStream.range(0, 30).mapToObj(i -> "w" + (char) ('a' + i % 26) + i).collect(
                Collectors.joining("|"));
        MatchStarts list = MatchStarts.of("(?:" + words + ")\\s\\d");
        char[] listed = "wa0 1 and wq16 2 but not wx 3".toCharArray();
        assertEquals(List.of(0, 10), IntStream.range(0, listed.length)
                .filter(i -> list.mayStartAt(listed, 0, i, listed.length)).boxed().toList());
        // an optional part cut short: a text that skips it still has to read what follows
        MatchStarts optional = MatchStarts.of("i(?:" + words + ")?\\s+earn");
        char[] earn = "in a team i earn".toCharArray();
        assertFalse(optional.mayStartAt(earn, 0, 0, earn.length), "'in' is no 'i earn'");
        assertTrue(optional.mayStartAt(earn, 0, 10, earn.length));
        // a leading \b: only where RE2 sees a word boundary (ASCII word characters), the stretch's edges as none
        MatchStarts boundary = MatchStarts.of("(?i)\\bcat");
        char[] cats = "xcat écat cat".toCharArray();
        assertEquals(List.of(6, 10), IntStream.range(0, cats.length)
                .filter(i -> boundary.mayStartAt(cats, 0, i, cats.length)).boxed().toList());
        assertTrue(boundary.mayStartAt(cats, 1, 1, cats.length), "the stretch starts at 'cat'");
        assertTrue(MatchStarts.opensWithBoundary("(?i)\\b(?:a|b)[|]\\d"));
        assertFalse(MatchStarts.opensWithBoundary("\\bv\\d|x\\d"), "the second branch has no \\b");
        assertNull(MatchStarts.of("a*"), "a pattern that matches the empty string starts anywhere");
    }

    /**
     * The promise the scan relies on: for every shipped pattern, allow lists included, the prefilter says "maybe"
     * for every stretch RE2/J matches, and the cursor finds exactly RE2/J's matches, with every group. Checked on
     * every rule's examples, the same with letters' case flipped at random and in upper case, a random stretch of
     * each of those, and the sample corpus.
     */
    @Test
    void everyShippedPatternFindsWhatRe2jFinds() throws IOException {
        List<String> texts = new ArrayList<>();
        Ruleset ruleset = Ruleset.load(Path.of(Ruleset.DEFAULT_POLICY));
        Random random = new Random(11);
        for (RuleSpec rule : ruleset.rules()) {
            for (RuleSpec.Example e : rule.examples()) {
                texts.add(e.text());
                texts.add(flipCase(e.text(), random));
                texts.add(e.text().toUpperCase(Locale.ROOT));
            }
        }
        int examples = texts.size();
        try (BufferedReader in = Files.newBufferedReader(Path.of("sample-data/corpus.jsonl"))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                texts.add(Json.MAPPER.readTree(line).path("text").asText());
            }
        }
        List<String> patterns = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (RuleSpec rule : ruleset.rulesOfType(RuleSpec.PATTERN)) {
            rule.patterns().forEach(p -> {
                patterns.add(p.regex());
                names.add(rule.id() + "/" + p.name());
            });
            if (rule.allow() != null && rule.allow().patterns() != null) {
                rule.allow().patterns().forEach(p -> {
                    patterns.add(p);
                    names.add(rule.id() + " allow " + p);
                });
            }
        }
        int matches = 0;
        List<String> without = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            String regex = patterns.get(i);
            MatchPrefilter prefilter = MatchPrefilter.of(regex);
            if (prefilter == null || MatchStarts.of(regex) == null) {
                without.add(names.get(i));
                continue;
            }
            Pattern pattern = Pattern.compile(regex);
            CompiledPattern compiled = new CompiledPattern(regex, 0); // anchored, whatever its size
            for (int t = 0; t < texts.size(); t++) {
                String text = texts.get(t);
                List<List<Integer>> expected = viaRe2j(pattern, text, 0, text.length());
                for (List<Integer> m : expected) {
                    assertTrue(prefilter.mayMatch(text.toCharArray(), m.get(0), m.get(1)), names.get(i)
                            + " matched '" + text.substring(m.get(0), m.get(1)) + "' but the prefilter said no");
                }
                assertEquals(expected, viaCursor(compiled, pattern.groupCount(), text, 0, text.length()),
                        names.get(i) + " in: " + text);
                matches += expected.size();
                if (t < examples && text.length() > 2) {
                    int from = random.nextInt(text.length() / 2);
                    int to = text.length() - random.nextInt(text.length() / 2);
                    assertEquals(viaRe2j(pattern, text, from, to),
                            viaCursor(compiled, pattern.groupCount(), text, from, to),
                            names.get(i) + " in [" + from + ", " + to + ") of: " + text);
                }
            }
        }
        assertEquals(List.of(), without, "every shipped pattern has a prefilter and a start automaton");
        assertTrue(matches > 500, "enough matches to mean something: " + matches);
    }

    private static String flipCase(String text, Random random) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return out.toString();
    }
}
