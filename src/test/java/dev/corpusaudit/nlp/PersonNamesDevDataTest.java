package dev.corpusaudit.nlp;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The person-name cue ({@link PersonNames}, shipped lexicon) on text nobody here wrote: WNUT-17 (English social media) and GermEval 2014
 * (German news and Wikipedia), from {@code ../shared/data/dev}. Per sentence, the tokens are joined with spaces and
 * the finder's names compared with the annotated persons: exact spans (precision, recall, F1) and, what the
 * named-person cue needs, whether a sentence names a person at all. Skipped where the data is absent. Run:
 * {@code mvn test -Dgroups=devdata -DexcludedGroups= -Dtest=PersonNamesDevDataTest}
 */
@Tag("devdata")
class PersonNamesDevDataTest {
    private static final Path DEV = Path.of("../shared/data/dev");

    record Sentence(String text, List<int[]> persons) {
    }

    /** Per data set: file, token and tag columns, person tag, and an F1 floor just under today's figure. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "wnut17 test (en),       wnut17_ner/emerging.test.annotated, 0, 1, person, 0.27",
            "germeval2014 test (de), germeval2014_ner/NER-de-test.tsv,   1, 2, PER,    0.47"})
    void findsNamesInTextNobodyHereWrote(String name, String path, int tokenCol, int tagCol, String type,
                                         double floorF1) throws IOException {
        Path file = DEV.resolve(path);
        Assumptions.assumeTrue(Files.isRegularFile(file), "no dev data at " + file);
        double[] r = measure(name, read(file, tokenCol, tagCol, type));
        assertTrue(r[2] >= floorF1, name + ": F1 " + r[2]);
    }

    /** {exact precision, exact recall, exact F1}; prints those and the sentence-level figures. */
    private static double[] measure(String name, List<Sentence> sentences) {
        PersonNames finder = PersonNames.shipped();
        int gold = 0, found = 0, exact = 0, sentencesWith = 0, flagged = 0, flaggedRight = 0;
        long chars = 0;
        long t0 = System.nanoTime();
        for (Sentence s : sentences) {
            List<int[]> got = finder.find(s.text());
            chars += s.text().length();
            gold += s.persons().size();
            found += got.size();
            for (int[] g : got) {
                exact += s.persons().stream().anyMatch(p -> p[0] == g[0] && p[1] == g[1]) ? 1 : 0;
            }
            sentencesWith += s.persons().isEmpty() ? 0 : 1;
            flagged += got.isEmpty() ? 0 : 1;
            flaggedRight += !got.isEmpty() && !s.persons().isEmpty() ? 1 : 0;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double p = found == 0 ? 0 : exact / (double) found;
        double r = gold == 0 ? 0 : exact / (double) gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf(Locale.ROOT, "%s: %d sentences, %d persons; exact spans P %.3f R %.3f F1 %.3f; "
                        + "sentences naming a person: P %.3f R %.3f (%d of %d flagged); %.2f MB/s on one thread%n",
                name, sentences.size(), gold, p, r, f, flagged == 0 ? 0 : flaggedRight / (double) flagged,
                sentencesWith == 0 ? 0 : flaggedRight / (double) sentencesWith, flagged, sentences.size(),
                chars / 1e6 / seconds);
        return new double[]{p, r, f};
    }

    /** CoNLL-style columns: token in {@code tokenCol}, BIO tag in {@code tagCol}; blank line between sentences. */
    static List<Sentence> read(Path file, int tokenCol, int tagCol, String type) throws IOException {
        List<Sentence> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<int[]> persons = new ArrayList<>();
        int[] open = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (line.isBlank() || cols.length <= tagCol) {
                if (open != null) {
                    persons.add(open);
                    open = null;
                }
                if (text.length() > 0) {
                    out.add(new Sentence(text.toString(), List.copyOf(persons)));
                }
                text.setLength(0);
                persons.clear();
                continue;
            }
            String tag = cols[tagCol];
            boolean inside = tag.equals("I-" + type) && open != null;
            if (!inside && open != null) {
                persons.add(open);
                open = null;
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(cols[tokenCol]);
            if (tag.equals("B-" + type) || tag.equals("I-" + type) && !inside) {
                open = new int[]{start, text.length()};
            } else if (inside) {
                open[1] = text.length();
            }
        }
        if (open != null) {
            persons.add(open);
        }
        if (text.length() > 0) {
            out.add(new Sentence(text.toString(), List.copyOf(persons)));
        }
        return out;
    }
}
