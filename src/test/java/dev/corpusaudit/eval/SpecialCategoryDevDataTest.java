package dev.corpusaudit.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corpusaudit.cli.Main;
import dev.corpusaudit.model.Json;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Special categories on text nobody here wrote, scanned and scored the way a user would (a scan, then {@code eval}
 * at record level): the 20 Newsgroups posts (topic labels: POLITICAL, RELIGION, HEALTH, OTHER) and the Multilingual
 * HateCheck sentences (the group each one targets: Jews and Muslims are religion, gay people sexual orientation,
 * disabled people health, Black, indigenous and Asian people ethnic origin; women, trans people, refugees and
 * immigrants, and no target, are none of ours). Prints the tables the README quotes. Skipped where the data is
 * absent (a user's clone). Run: {@code mvn test -Dgroups=devdata -DexcludedGroups= -Dtest=SpecialCategoryDevDataTest}
 */
@Tag("devdata")
class SpecialCategoryDevDataTest {
    private static final Path DEV = Path.of("../shared/data/dev");
    private static final Map<String, String> NEWSGROUP_LABELS = Map.of("POLITICAL", "special.political",
            "RELIGION", "special.religious", "HEALTH", "special.health");
    private static final Map<String, String> HATECHECK_TARGETS = Map.of("jews", "special.religious",
            "muslims", "special.religious", "gay people", "special.sexual_orientation",
            "disabled people", "special.health", "black people", "special.ethnic_origin",
            "indigenous people", "special.ethnic_origin", "asian people", "special.ethnic_origin");

    @TempDir
    Path dir;

    @Test
    void newsgroups() throws Exception {
        Path posts = DEV.resolve("20newsgroups_train/train.jsonl");
        Assumptions.assumeTrue(Files.isRegularFile(posts), "no dev data at " + posts);
        Path corpus = dir.resolve("newsgroups.jsonl");
        Path labels = dir.resolve("newsgroups-labels.jsonl");
        try (BufferedReader in = Files.newBufferedReader(posts); BufferedWriter out = Files.newBufferedWriter(corpus);
             BufferedWriter truth = Files.newBufferedWriter(labels)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode post = Json.MAPPER.readTree(line);
                ObjectNode record = Json.MAPPER.createObjectNode().put("id", post.get("id").asText())
                        .put("text", post.get("text").asText()).put("lang", "en");
                out.write(Json.MAPPER.writeValueAsString(record));
                out.newLine();
                truth.write(label(post.get("id").asText(), NEWSGROUP_LABELS.get(post.get("coarse_label").asText())));
                truth.newLine();
            }
        }
        EvalResult result = score("20 Newsgroups", corpus, labels);
        // floors at the figures measured when this test was written (see the README), so that a change that loses
        // ground on text nobody here wrote fails here
        assertTrue(f1(result, "special.religious") >= 0.72, "religious F1");
        assertTrue(f1(result, "special.health") >= 0.58, "health F1");
        assertTrue(f1(result, "special.political") >= 0.53, "political F1");
    }

    private static double f1(EvalResult result, String category) {
        Double f1 = result.score(category).orElseThrow().f1();
        return f1 == null ? 0 : f1;
    }

    @Test
    void hatecheck() throws Exception {
        Path folder = DEV.resolve("multilingual_hatecheck");
        Assumptions.assumeTrue(Files.isDirectory(folder), "no dev data at " + folder);
        Map<String, String> files = Map.of("en", "hatecheck_test_suite_cases_english.csv",
                "de", "hatecheck_cases_final_german.csv", "fr", "hatecheck_cases_final_french.csv",
                "nl", "hatecheck_cases_final_dutch.csv", "es", "hatecheck_cases_final_spanish.csv",
                "it", "hatecheck_cases_final_italian.csv");
        for (String lang : List.of("en", "de", "fr", "nl", "es", "it")) {
            Path corpus = dir.resolve("hatecheck-" + lang + ".jsonl");
            Path labels = dir.resolve("hatecheck-" + lang + "-labels.jsonl");
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setAllowMissingColumnNames(true).get();
            int n = 0;
            try (Reader reader = Files.newBufferedReader(folder.resolve(files.get(lang)));
                 CSVParser parser = CSVParser.parse(reader, format);
                 BufferedWriter out = Files.newBufferedWriter(corpus); BufferedWriter truth = Files.newBufferedWriter(labels)) {
                for (CSVRecord row : parser) {
                    String id = lang + "-" + (++n);
                    out.write(Json.MAPPER.writeValueAsString(Json.MAPPER.createObjectNode().put("id", id)
                            .put("text", row.get("test_case").strip()).put("lang", lang)));
                    out.newLine();
                    truth.write(label(id, HATECHECK_TARGETS.get(row.get("target_ident").strip().toLowerCase())));
                    truth.newLine();
                }
            }
            EvalResult result = score("HateCheck " + lang, corpus, labels);
            assertTrue(result.micro().f1() >= 0.83, lang + " micro F1 (0.86 to 0.90 in the seventh session; 0.31 to 0.66 "
                    + "before the group rules)");
        }
    }

    private static String label(String id, String category) throws Exception {
        return Json.MAPPER.writeValueAsString(Map.of("record_id", id, "categories",
                category == null ? List.of() : List.of(category)));
    }

    private EvalResult score(String name, Path corpus, Path labels) throws Exception {
        Path out = dir.resolve(name.replace(' ', '-'));
        // the shipped policy's gate fails on these corpora (more than 0.5% of the records hold special categories)
        assertEquals(Main.EXIT_GATE_FAILED, Main.run("scan", corpus.toString(), "--out", out.toString(), "-q",
                "--keep-index", "false"));
        EvalResult result = Evaluator.evaluate(out.resolve("findings.jsonl"), LabelSet.read(labels), 0);
        System.out.println("== " + name);
        System.out.println(EvalTable.format(result));
        return result;
    }
}
