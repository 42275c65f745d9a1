package dev.corpusaudit.ruleset;

import dev.corpusaudit.model.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RulesetTest {
    @TempDir
    Path dir;

    private static final String POLICY = "id: test\ntitle: Test policy\nversion: 1.0.0\nrule_packs: [rules]\n"
            + "severities:\n  special.*: high\n  pii.email: low\n";
    private static final String RULE = "id: pii.email\nversion: 1.0.0\ncategory: pii.email\ntype: detector\n"
            + "detector: email\ndescription: e-mail\nconfidence: 0.9\nexamples:\n"
            + "  - {lang: en, text: \"a@b.de\", expect: [\"a@b.de\"]}\n  - {lang: en, text: \"none\", expect: []}\n";

    @Test
    void loadsTheShippedPolicyFromTheWorkingFolderAndTheJarCopyIsTheSame() {
        Ruleset local = Ruleset.load(Path.of(Ruleset.DEFAULT_POLICY));
        assertEquals("linkedin-genai-2025", local.policy().id());
        long ruleFiles;
        try (var files = java.nio.file.Files.walk(Path.of("rulesets/rules"))) {
            ruleFiles = files.filter(f -> f.toString().endsWith(".yaml")).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(ruleFiles, local.rules().size(), "every rule file under the packs is loaded");
        assertEquals(64, local.sha256().length());
        assertEquals(local.sha256(), Ruleset.loadDefault().sha256());
    }

    @Test
    void severityComesFromTheExactEntryThenTheFamily() throws IOException {
        Ruleset r = Ruleset.load(setUp(POLICY, RULE));
        assertEquals("low", r.policy().severityOf("pii.email"));
        assertEquals("high", r.policy().severityOf("special.health"));
        assertEquals("medium", r.policy().severityOf("excluded.minor"));
    }

    @Test
    void thresholdsComeFromTheExactEntryThenTheFamilyAndMustBeConfidences() throws IOException {
        Ruleset r = Ruleset.load(setUp(POLICY + "thresholds:\n  special.*: 0.6\n  special.health: 0.7\n", RULE));
        assertEquals(0.7, r.policy().thresholdOf("special.health"));
        assertEquals(0.6, r.policy().thresholdOf("special.political"));
        assertEquals(null, r.policy().thresholdOf("pii.email"));
        Path policy = setUp(POLICY + "thresholds:\n  special.helth: 0.6\n", RULE);
        assertEquals(policy + ":8: field 'thresholds': unknown category 'special.helth'",
                assertThrows(ConfigException.class, () -> Ruleset.load(policy)).getMessage());
        Files.writeString(policy, POLICY + "thresholds:\n  special.*: 1.5\n");
        assertEquals(policy + ":8: field 'thresholds': the threshold of 'special.*' must be in (0, 1], not 1.5",
                assertThrows(ConfigException.class, () -> Ruleset.load(policy)).getMessage());
    }

    @Test
    void theGateIsReadAndABrokenConditionNamesFileLineAndField() throws IOException {
        Ruleset r = Ruleset.load(setUp(POLICY + "gate:\n  - \"excluded.* > 0\"\n  - \"special.health > 0.1%\"\n", RULE));
        assertEquals(List.of("excluded.* > 0", "special.health > 0.1%"),
                r.policy().gateConditions().stream().map(GateCondition::text).toList());
        Path policy = setUp(POLICY + "gate:\n  - \"special.helth > 0\"\n", RULE);
        assertEquals(policy + ":8: field 'gate': gate condition 'special.helth > 0': no category is 'special.helth'",
                assertThrows(ConfigException.class, () -> Ruleset.load(policy)).getMessage());
    }

    @Test
    void provenanceKeysAreReadAndBrokenOnesNameFileLineAndField() throws IOException {
        String good = POLICY + "excluded_sources: [message, job_application]\nminimum_age: 18\nregions:\n"
                + "  opt_out: [EU, EEA, CH, GB]\n  excluded: [US]\nopt_out:\n  retroactive: false\n"
                + "snapshot_date: 2026-02-01\n";
        Policy p = Ruleset.load(setUp(good, RULE)).policy();
        assertEquals(List.of("message", "job_application"), p.excludedSources());
        assertEquals(18, p.minimumAge());
        assertEquals(List.of("US"), p.regions().excluded());
        assertEquals(false, p.optOut().retroactive());
        assertEquals("2026-02-01", p.snapshotDate());
        Path policy = setUp(good.replace("[message, job_application]", "[message, post]"), RULE);
        assertEquals(policy + ":8: field 'excluded_sources': source 'post' cannot be excluded: a policy can exclude "
                + "job_application and message", assertThrows(ConfigException.class, () -> Ruleset.load(policy)).getMessage());
        Files.writeString(policy, good.replace("minimum_age: 18", "minimum_age: 0"));
        assertEquals(policy + ":9: field 'minimum_age': minimum_age must be a whole number of years from 1 to 120, "
                + "not 0", assertThrows(ConfigException.class, () -> Ruleset.load(policy)).getMessage());
        Files.writeString(policy, good.replace("[US]", "[Germany]"));
        assertEquals(policy + ":12: field 'excluded': 'Germany' is not an ISO 3166-1 alpha-2 country code (upper "
                + "case), EU or EEA", assertThrows(ConfigException.class, () -> Ruleset.load(policy)).getMessage());
        Files.writeString(policy, good.replace("  retroactive: false\n", "  {}\n").replace("opt_out:\n  {}", "opt_out: {}"));
        assertEquals(policy + ": field 'retroactive': opt_out needs retroactive: true or false",
                assertThrows(ConfigException.class, () -> Ruleset.load(policy)).getMessage());
        Files.writeString(policy, good.replace("2026-02-01", "1 Feb 2026"));
        assertEquals(policy + ":15: field 'snapshot_date': snapshot_date must be a date (yyyy-MM-dd), not "
                + "'1 Feb 2026'", assertThrows(ConfigException.class, () -> Ruleset.load(policy)).getMessage());
        Files.writeString(policy, good.replace("minimum_age: 18", "minimum_age: eighteen"));
        assertTrue(assertThrows(ConfigException.class, () -> Ruleset.load(policy)).getMessage()
                .startsWith(policy + ":9: field 'minimum_age': "));
    }

    @Test
    void theStrictPolicyIsTheSameFormatWithStricterSettings() {
        Policy strict = Ruleset.load(Path.of("rulesets/gdpr-strict.yaml")).policy();
        Policy linkedin = Ruleset.load(Path.of(Ruleset.DEFAULT_POLICY)).policy();
        assertEquals(true, strict.optOut().retroactive());
        assertEquals(false, linkedin.optOut().retroactive());
        assertTrue(strict.thresholdOf("special.political") < linkedin.thresholdOf("special.political"));
        assertEquals(18, strict.minimumAge());
        assertEquals("critical", strict.severityOf("special.health"));
        assertTrue(strict.namesInEveryRecord());
        assertFalse(linkedin.namesInEveryRecord());
    }

    @Test
    void personNamesIsOneOfTwoWordsAndAnotherNamesFileLineAndField() throws IOException {
        assertTrue(Ruleset.load(setUp(POLICY + "person_names: every_record\n", RULE)).policy().namesInEveryRecord());
        assertFalse(Ruleset.load(setUp(POLICY + "person_names: with_other_findings\n", RULE)).policy()
                .namesInEveryRecord());
        Path policy = setUp(POLICY + "person_names: always\n", RULE);
        assertEquals(policy + ":8: field 'person_names': person_names must be with_other_findings or every_record, "
                + "not 'always'", assertThrows(ConfigException.class, () -> Ruleset.load(policy)).getMessage());
    }

    @Test
    void theCategorizerModelIsPartOfTheRulesetAndItsHash() throws IOException {
        Path policy = setUp(POLICY + "categorizer: models/special.bin\n", RULE);
        assertEquals(policy + ":8: field 'categorizer': model file 'models/special.bin' not found under " + dir,
                assertThrows(ConfigException.class, () -> Ruleset.load(policy)).getMessage());
        Files.createDirectories(dir.resolve("models"));
        Files.writeString(dir.resolve("models/special.bin"), "model one");
        Ruleset one = Ruleset.load(policy);
        assertEquals(dir.resolve("models/special.bin"), one.categorizer());
        Files.writeString(dir.resolve("models/special.bin"), "model two");
        assertTrue(!one.sha256().equals(Ruleset.load(policy).sha256()), "the hash covers the model's bytes");
        Files.writeString(dir.resolve("mine.bin"), "my model");
        Ruleset mine = one.withCategorizer(dir.resolve("mine.bin"));
        assertEquals(dir.resolve("mine.bin"), mine.categorizer());
        assertTrue(!one.sha256().equals(mine.sha256()));
    }

    @Test
    void aDetectorRulesModelIsResolvedHashedAndRequired() throws IOException {
        String names = "id: pii.person\nversion: 1.0.0\ncategory: pii.person\ntype: detector\n"
                + "detector: person_name\ndescription: names\nconfidence: 0.5\nmodel: person/names.bin\nexamples:\n"
                + "  - {lang: en, text: \"Hi Anna Weber\", expect: [\"Anna Weber\"]}\n"
                + "  - {lang: en, text: \"none\", expect: []}\n";
        Path policy = setUp(POLICY, names);
        assertEquals(dir.resolve("rules/email.yaml") + ":8: field 'model': model file 'person/names.bin' not found under "
                + dir, assertThrows(ConfigException.class, () -> Ruleset.load(policy)).getMessage());
        Files.createDirectories(dir.resolve("person"));
        Files.writeString(dir.resolve("person/names.bin"), "model one");
        Ruleset one = Ruleset.load(policy);
        assertEquals(List.of(dir.resolve("person/names.bin")), one.rules().get(0).modelPath());
        Files.writeString(dir.resolve("person/names.bin"), "model two");
        assertTrue(!one.sha256().equals(Ruleset.load(policy).sha256()), "the hash covers the model's bytes");
        assertProblem(RULE.replace("detector: email\n", "detector: email\nmodel: person/names.bin\n")
                .replace("type: detector", "type: pattern"), "field 'model': only a detector rule uses a model");
    }

    @Test
    void anUnknownKeyNamesFileLineAndField() throws IOException {
        Path policy = setUp(POLICY + "gate_typo: true\n", RULE);
        ConfigException e = assertThrows(ConfigException.class, () -> Ruleset.load(policy));
        assertTrue(e.getMessage().startsWith(policy + ":8:"), e.getMessage());
        assertTrue(e.getMessage().contains("gate_typo"), e.getMessage());
    }

    @Test
    void brokenRulesAreRejectedWithWhereAndWhy() throws IOException {
        assertProblem(RULE.replace("category: pii.email", "category: pii.emial"), ":3: field 'category': unknown category 'pii.emial'");
        assertProblem(RULE.replace("version: 1.0.0", "version: one"), ":2: field 'version': version must be MAJOR.MINOR.PATCH");
        assertProblem(RULE.replace("confidence: 0.9", "confidence: 1.5"), ":7: field 'confidence': confidence must be in (0, 1]");
        assertProblem(RULE.replace("  - {lang: en, text: \"none\", expect: []}\n", ""), "needs at least one positive and one near-miss negative");
        assertProblem(RULE.replace("type: detector", "type: regex"), "field 'type': type must be 'detector', 'pattern' or 'phrase'");
        assertProblem(RULE + "\"unterminated: x\n", "not valid YAML");
        assertProblem(RULE.replace("confidence: 0.9", "confidence: high"), "field 'confidence'");
        assertProblem(RULE.replace("type: detector\ndetector: email", "type: pattern\nmin_digits: 0\n"
                + "patterns: [{name: p, regex: 'a@b'}]"), ":5: field 'min_digits': min_digits must be at least 1");
        assertProblem(RULE.replace("detector: email", "detector: email\nmin_digits: 0"),
                ":6: field 'min_digits': min_digits must be at least 1");
        assertProblem(RULE.replace("type: detector\ndetector: email", "type: pattern\nreach: 20\n"
                + "patterns: [{name: p, regex: 'a@b'}]"), ":5: field 'reach': reach must be at least 1, and needs "
                + "min_digits or keywords to reach from");
        assertProblem(RULE.replace("type: detector\ndetector: email", "type: pattern\nsubject: self\nperson_boost: 0.2\n"
                + "patterns: [{name: p, regex: 'a@b'}]"), ":6: field 'person_boost': person_boost needs subject: general");
    }

    @Test
    void duplicateRuleIdsAndMissingPacksAreErrors() throws IOException {
        Path policy = setUp(POLICY, RULE);
        Files.writeString(dir.resolve("rules/copy.yaml"), RULE);
        assertTrue(assertThrows(ConfigException.class, () -> Ruleset.load(policy)).getMessage().contains("used twice"));
        Files.writeString(policy, POLICY.replace("[rules]", "[nowhere]"));
        assertTrue(assertThrows(ConfigException.class, () -> Ruleset.load(policy)).getMessage()
                .contains("rule pack folder 'nowhere' not found"));
    }

    private static final String PHRASE_RULE = "id: political.mention\nversion: 1.0.0\ncategory: special.political\n"
            + "type: phrase\ndescription: party names\nconfidence: 0.45\nterms:\n  en: [voted for]\n"
            + "lexicons: [lexicons/parties]\nexamples:\n"
            + "  - {lang: en, text: \"I voted for the SPD.\", expect: [\"voted for the SPD\"]}\n"
            + "  - {lang: en, text: \"none\", expect: []}\n";

    @Test
    void aPhraseRuleReadsItsLexiconsPerLanguageWithTheAnyFileInEveryLanguage() throws IOException {
        Path policy = setUp(POLICY, PHRASE_RULE);
        Path lexicon = Files.createDirectories(dir.resolve("lexicons/parties"));
        Files.writeString(lexicon.resolve("any.txt"), "# proper names, every language\nSPD\nGroenLinks-PvdA  # a merger\n");
        Files.writeString(lexicon.resolve("en.txt"), "Labour Party\n\nvoted for\n");
        Files.writeString(lexicon.resolve("de.txt"), "Sozialdemokraten\n");
        Ruleset r = Ruleset.load(policy);
        RuleSpec rule = r.rules().get(0);
        assertEquals(java.util.Map.of("en", java.util.List.of("Labour Party", "voted for", "SPD", "GroenLinks-PvdA"),
                "de", java.util.List.of("Sozialdemokraten", "SPD", "GroenLinks-PvdA")), rule.lexiconTerms());
        // the rule's own terms first, each term once whatever its case
        assertEquals(java.util.List.of("voted for", "Labour Party", "SPD", "GroenLinks-PvdA"), rule.allTerms().get("en"));
        String before = r.sha256();
        Files.writeString(lexicon.resolve("de.txt"), "Sozialdemokraten\nChristdemokraten\n");
        assertTrue(!before.equals(Ruleset.load(policy).sha256()), "the ruleset's hash covers its lexicons");
    }

    @Test
    void aPhraseTermsAlternativesAreWrittenOutAndBrokenBracesNameFileLineAndField() throws IOException {
        Path policy = setUp(POLICY, PHRASE_RULE.replace("lexicons: [lexicons/parties]\n", "")
                .replace("en: [voted for]", "en: [\"{voted|I'll vote} {for |}{Labour|the SNP}\", voted for]"));
        assertEquals(java.util.List.of("voted for Labour", "voted for the SNP", "voted Labour", "voted the SNP",
                "I'll vote for Labour", "I'll vote for the SNP", "I'll vote Labour", "I'll vote the SNP", "voted for"),
                Ruleset.load(policy).rules().get(0).terms().get("en"));
        assertProblem(PHRASE_RULE.replace("lexicons: [lexicons/parties]\n", "").replace("en: [voted for]",
                "en: [\"{voted for\"]"), ":7: field 'terms': '{' without its '}' in term \"{voted for\"");
    }

    @Test
    void brokenLexiconsAreRejectedWithWhereAndWhy() throws IOException {
        Path policy = setUp(POLICY, PHRASE_RULE);
        ConfigException missing = assertThrows(ConfigException.class, () -> Ruleset.load(policy));
        assertTrue(missing.getMessage().startsWith(dir.resolve("rules/email.yaml") + ":9: field 'lexicons': "
                + "lexicon folder 'lexicons/parties' not found"), missing.getMessage());
        Path lexicon = Files.createDirectories(dir.resolve("lexicons/parties"));
        Files.writeString(lexicon.resolve("en.txt"), "Labour Party\n -- \n");
        ConfigException line = assertThrows(ConfigException.class, () -> Ruleset.load(policy));
        assertEquals(lexicon.resolve("en.txt") + ":2: '--' is no term (no letter or digit)", line.getMessage());
        Files.writeString(lexicon.resolve("en.txt"), "Labour Party\n");
        Files.writeString(lexicon.resolve("english.txt"), "Tories\n");
        assertTrue(assertThrows(ConfigException.class, () -> Ruleset.load(policy)).getMessage()
                .contains("not 'english.txt'"));
        Files.delete(lexicon.resolve("english.txt"));
        Files.write(lexicon.resolve("de.txt"), new byte[]{'S', 'P', (byte) 0xC3, '\n'});
        assertEquals(lexicon.resolve("de.txt") + ": not valid UTF-8", assertThrows(ConfigException.class,
                () -> Ruleset.load(policy)).getMessage());
        Files.delete(lexicon.resolve("de.txt"));
        assertTrue(problemWith(policy, PHRASE_RULE.replace("lexicons/parties", "../outside"))
                .contains("lexicon folder '../outside' not found"));
        assertTrue(problemWith(policy, RULE + "lexicons: [lexicons/parties]\n")
                .contains("field 'lexicons': only a phrase rule reads lexicons"));
        assertTrue(problemWith(policy, RULE + "exact: true\n")
                .contains("field 'exact': only a phrase rule has exact, except or unless"));
        assertTrue(problemWith(policy, RULE + "sources: [profile]\n")
                .contains("field 'sources': only a phrase rule has sources"));
        assertTrue(problemWith(policy, PHRASE_RULE + "sources: [profiles]\n")
                .contains("field 'sources': unknown source 'profiles'"));
        assertTrue(problemWith(policy, PHRASE_RULE + "sources: []\n")
                .contains("field 'sources': sources must name at least one source"));
        assertTrue(problemWith(policy, PHRASE_RULE + "unless:\n  english: [x]\n")
                .contains("field 'unless': unknown language 'english'"));
        assertTrue(problemWith(policy, PHRASE_RULE + "except:\n  english: [x]\n")
                .contains("field 'except': unknown language 'english'"));
        assertTrue(problemWith(policy, RULE + "stance:\n  lexicons: [lexicons/parties]\n")
                .contains("field 'stance': only a phrase rule has stance"));
        assertTrue(problemWith(policy, PHRASE_RULE + "stance:\n  boost: 0.3\n")
                .contains("field 'stance.lexicons': stance needs lexicons of its expressions"));
        assertTrue(problemWith(policy, PHRASE_RULE + "stance:\n  lexicons: [lexicons/stance]\n")
                .contains("field 'stance.lexicons': lexicon folder 'lexicons/stance' not found"));
        assertTrue(problemWith(policy, PHRASE_RULE + "stance:\n  lexicons: [lexicons/parties]\n  boost: 3\n")
                .contains("field 'stance.boost': boost must be between 0 and 1"));
        assertTrue(problemWith(policy, PHRASE_RULE + "stance:\n  lexicons: [lexicons/parties]\n  boots: 0.3\n")
                .contains("boots"));
        Files.writeString(policy.getParent().resolve("rules/email.yaml"), PHRASE_RULE
                + "stance:\n  lexicons: [lexicons/parties]\n  boost: 0.3\n");
        assertEquals(List.of("Labour Party"), Ruleset.load(policy).rules().get(0).stance().terms().get("en"));
    }

    /** The configuration error of the policy with {@code rule} as its one rule file. */
    private String problemWith(Path policy, String rule) throws IOException {
        Files.writeString(policy.getParent().resolve("rules/email.yaml"), rule);
        return assertThrows(ConfigException.class, () -> Ruleset.load(policy)).getMessage();
    }

    private void assertProblem(String rule, String expected) throws IOException {
        Path policy = setUp(POLICY, rule);
        ConfigException e = assertThrows(ConfigException.class, () -> Ruleset.load(policy));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().startsWith(dir.resolve("rules/email.yaml").toString()), e.getMessage());
    }

    private Path setUp(String policy, String rule) throws IOException {
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("rules/email.yaml"), rule);
        Path file = dir.resolve("policy.yaml");
        Files.writeString(file, policy);
        return file;
    }
}
