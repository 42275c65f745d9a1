package dev.corpusaudit.nlp;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Language identification on text nobody here wrote: the Multilingual HateCheck test cases (short sentences, one
 * file per language) from {@code ../shared/data/dev}. Prints the share the function-word vote decides, its
 * accuracy, and the accuracy of the whole identifier. Skipped where the data is absent (a user's clone).
 * Run: {@code mvn test -Dgroups=devdata -DexcludedGroups= -Dtest=LanguageAccuracyDevDataTest}
 */
@Tag("devdata")
class LanguageAccuracyDevDataTest {
    private static final Path DATA = Path.of("../shared/data/dev/multilingual_hatecheck");

    /** Each language and its HateCheck file. */
    static Stream<Arguments> files() {
        return Stream.of(Arguments.of("en", "hatecheck_test_suite_cases_english.csv"),
                Arguments.of("de", "hatecheck_cases_final_german.csv"),
                Arguments.of("fr", "hatecheck_cases_final_french.csv"),
                Arguments.of("nl", "hatecheck_cases_final_dutch.csv"),
                Arguments.of("es", "hatecheck_cases_final_spanish.csv"),
                Arguments.of("it", "hatecheck_cases_final_italian.csv"),
                Arguments.of("pt", "hatecheck_cases_final_portuguese.csv"),
                Arguments.of("pl", "hatecheck_cases_final_polish.csv"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void identifiesShortSentences(String lang, String file) throws Exception {
        Path path = DATA.resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(path), "no dev data at " + path);
        FunctionWordVote vote = new FunctionWordVote();
        LanguageIdentifier identifier = new LanguageIdentifier(ModelRegistry.shared());
        int n = 0;
        int voted = 0;
        int voteRight = 0;
        int right = 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).get();
        try (Reader reader = Files.newBufferedReader(path); CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord row : parser) {
                String text = row.get("test_case");
                n++;
                String v = vote.vote(text);
                if (v != null) {
                    voted++;
                    voteRight += v.equals(lang) ? 1 : 0;
                }
                right += identifier.detect(text).equals(lang) ? 1 : 0;
            }
        }
        double accuracy = right / (double) n;
        System.out.printf("language %s: %d sentences, vote decides %.2f (accuracy %.3f), identifier accuracy %.3f%n",
                lang, n, voted / (double) n, voted == 0 ? 0 : voteRight / (double) voted, accuracy);
        assertTrue(accuracy >= 0.85, lang + " accuracy " + accuracy);
    }

    /**
     * Texts of under twelve letters, where only the vote may answer: the first words of each sentence (4 to 11
     * letters), each fragment once, leaving out HateCheck's spelled-out cases ("M u s l i m s"), whose single
     * letters are no words of any language. Prints the share the identifier gives a language and how often it is
     * the right one.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void identifiesShortFragmentsByTheVoteAlone(String lang, String file) throws Exception {
        Path path = DATA.resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(path), "no dev data at " + path);
        LanguageIdentifier identifier = new LanguageIdentifier(ModelRegistry.shared());
        java.util.Set<String> fragments = new java.util.LinkedHashSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).get();
        try (Reader reader = Files.newBufferedReader(path); CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord row : parser) {
                if (row.get("functionality").contains("spell")) {
                    continue;
                }
                String[] words = row.get("test_case").split("\\s+");
                for (int k = 1; k <= words.length; k++) {
                    String fragment = String.join(" ", java.util.Arrays.copyOf(words, k));
                    long letters = fragment.chars().filter(Character::isLetter).count();
                    if (letters >= LanguageIdentifier.MIN_LETTERS) {
                        break;
                    }
                    if (letters >= 4) {
                        fragments.add(fragment);
                    }
                }
            }
        }
        int decided = 0;
        int right = 0;
        for (String fragment : fragments) {
            String detected = identifier.detect(fragment);
            if (!detected.equals(LanguageIdentifier.UNDETERMINED)) {
                decided++;
                right += detected.equals(lang) ? 1 : 0;
            }
        }
        double accuracy = right / (double) Math.max(1, decided);
        System.out.printf("short fragments %s: %d, a language for %.2f, right %.3f%n", lang, fragments.size(),
                decided / (double) fragments.size(), accuracy);
        assertTrue(accuracy >= 0.9, lang + " accuracy on short fragments " + accuracy);
    }
}
