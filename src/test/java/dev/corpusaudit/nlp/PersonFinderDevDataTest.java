package dev.corpusaudit.nlp;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code pii.person} detector's name finding ({@link PersonFinder}: the shipped name-finder model, its cues, the
 * rule's 0.5) on text nobody here wrote: WNUT-17 and GermEval 2014 test sets, from {@code ../shared/data/dev}, next to
 * the first-name lexicon alone (with the part-of-speech cue) on the same sentences. The cues' weights were chosen on
 * the two dev sets, not these. Skipped where the data is absent. Run:
 * {@code mvn test -Dgroups=devdata -DexcludedGroups= -Dtest=PersonFinderDevDataTest}
 */
@Tag("devdata")
class PersonFinderDevDataTest {
    private static final Path DEV = Path.of("../shared/data/dev");
    private static final Path MODEL = Path.of("rulesets/person/names.bin");
    private static final double FLOOR = 0.5;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "wnut17 test (en),       wnut17_ner/emerging.test.annotated, 0, 1, person, en, 0.28",
            "germeval2014 test (de), germeval2014_ner/NER-de-test.tsv,   1, 2, PER,    de, 0.49",
            // the dev files, on which the cues' weights and the finder's reach were chosen
            "wnut17 dev (en),        wnut17_ner/emerging.dev.conll,      0, 1, person, en, 0.43",
            "germeval2014 dev (de),  germeval2014_ner/NER-de-dev.tsv,    1, 2, PER,    de, 0.48"})
    void findsNamesInTextNobodyHereWrote(String name, String path, int tokenCol, int tagCol, String type, String lang,
                                         double floorF1) throws Exception {
        Path file = DEV.resolve(path);
        Assumptions.assumeTrue(Files.isRegularFile(file), "no dev data at " + file);
        List<PersonNamesDevDataTest.Sentence> sentences = PersonNamesDevDataTest.read(file, tokenCol, tagCol, type);
        PersonFinder.Weights weights = PersonFinder.Weights.DEFAULT;
        double[] lexicon = measure(name + ", lexicon and cues alone", sentences, lang,
                new PersonFinder(null, ModelRegistry.shared(), weights, FLOOR));
        double[] finder = measure(name + ", name finder and cues", sentences, lang,
                new PersonFinder(PersonFinder.load(MODEL), ModelRegistry.shared(), weights, FLOOR));
        assertTrue(finder[2] >= floorF1, name + ": F1 " + finder[2]);
        // On GermEval's test file the finder has been 0.006 below the lexicon and cues alone since the fourteenth
        // session (0.553 against 0.559; above it on the dev file and on WNUT-17): it may not fall further behind.
        assertTrue(finder[2] >= lexicon[2] - 0.01, name + ": the finder does not make names worse than the lexicon");
    }

    private static double[] measure(String name, List<PersonNamesDevDataTest.Sentence> sentences, String lang,
                                    PersonFinder finder) {
        long gold = 0, found = 0, exact = 0, chars = 0;
        long t0 = System.nanoTime();
        for (PersonNamesDevDataTest.Sentence s : sentences) {
            chars += s.text().length();
            List<PersonFinder.Name> got = finder.find(s.text(), lang).stream()
                    .filter(n -> n.confidence() + 1e-9 >= FLOOR).toList();
            gold += s.persons().size();
            found += got.size();
            for (PersonFinder.Name g : got) {
                exact += s.persons().stream().anyMatch(p -> p[0] == g.start() && p[1] == g.end()) ? 1 : 0;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double p = found == 0 ? 0 : exact / (double) found;
        double r = gold == 0 ? 0 : exact / (double) gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf(Locale.ROOT, "%s: %d sentences, %d persons; exact spans P %.3f R %.3f F1 %.3f; %.2f MB/s "
                + "on one thread%n", name, sentences.size(), gold, p, r, f, chars / 1e6 / seconds);
        return new double[]{p, r, f};
    }
}
