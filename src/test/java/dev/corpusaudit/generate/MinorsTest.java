package dev.corpusaudit.generate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code excluded.minor} and the member registry: birth dates, ages on records, who is labelled,
 * that minors' ages can be known, and the self-declarations and their near misses.
 */
class MinorsTest {
    private static final String LABEL = "excluded.minor";
    private static final LocalDate SNAPSHOT = GeneratedCorpus.SNAPSHOT;

    private final GeneratedCorpus corpus = GeneratedCorpus.get();

    @Test
    void registryListsAboutSeventyPercentOfTheCorpusMembersSortedWithBirthDateAndRegion() {
        assertEquals("member_id,birth_date,region", corpus.headers.get("members.csv"));
        Map<String, String> regions = new HashMap<>();
        for (JsonNode record : corpus.records) {
            regions.put(record.get("member_id").asText(), record.get("region").asText());
        }
        String previous = "";
        for (String[] line : corpus.csv.get("members.csv")) {
            assertEquals(3, line.length);
            assertTrue(line[0].compareTo(previous) > 0, "sorted by member_id: " + line[0]);
            previous = line[0];
            assertTrue(regions.containsKey(line[0]), "only members of the corpus: " + line[0]);
            assertEquals(regions.get(line[0]), line[2], "region of " + line[0]);
            assertEquals(corpus.member(line[0]).birthDate(), LocalDate.parse(line[1]), "birth date of " + line[0]);
        }
        double share = corpus.csv.get("members.csv").size() / (double) regions.size();
        assertTrue(share > 0.66 && share < 0.74, "registry holds " + share + " of the members");
    }

    @Test
    void minorLabelMeansUnder18OnTheRecordsDateOrAtTheSnapshot() {
        Map<String, LocalDate> registry = new HashMap<>();
        corpus.csv.get("members.csv").forEach(l -> registry.put(l[0], LocalDate.parse(l[1])));
        Map<String, LocalDate> birthFields = new HashMap<>();
        for (JsonNode record : corpus.records) {
            if (record.has("member_birth_date")) {
                birthFields.put(record.get("member_id").asText(), LocalDate.parse(record.get("member_birth_date").asText()));
            }
        }
        int labelled = 0;
        for (int i = 0; i < corpus.records.size(); i++) {
            JsonNode record = corpus.records.get(i);
            String member = corpus.memberId(i);
            LocalDate birth = corpus.member(member).birthDate();
            boolean minor = Period.between(birth, corpus.createdAt(i)).getYears() < 18
                    || Period.between(birth, SNAPSHOT).getYears() < 18;
            assertEquals(minor, corpus.labelled(i, LABEL), record.toString());
            if (minor) {
                labelled++;
                // and the files alone show it: the age on the record, or a birth date from the registry or a record
                LocalDate known = registry.getOrDefault(member, birthFields.get(member));
                Integer ageThen = record.has("member_age") ? record.get("member_age").asInt()
                        : known == null ? null : Period.between(known, corpus.createdAt(i)).getYears();
                assertNotNull(ageThen, "age of a minor's record unknown: " + record);
                assertTrue(ageThen < 18 || known != null && Period.between(known, SNAPSHOT).getYears() < 18, record.toString());
            }
        }
        double share = labelled / (double) corpus.records.size();
        assertTrue(share > 0.025 && share < 0.055, "minor records " + share);
    }

    @Test
    void aboutThreePercentAreMinorsAndOnePercentTurned18AfterWritingAt17() {
        Map<String, List<Integer>> records = recordsByMember();
        int minors = 0;
        int turned18 = 0;
        for (Map.Entry<String, List<Integer>> e : records.entrySet()) {
            Member member = corpus.member(e.getKey());
            int ageNow = member.ageAt(SNAPSHOT);
            if (ageNow < 18) {
                minors++;
                assertTrue(ageNow >= 14, e.getKey() + " is " + ageNow);
            } else if (ageNow == 18 && e.getValue().stream().anyMatch(i -> member.ageAt(corpus.createdAt(i)) == 17)) {
                turned18++;
                // the records written at 18 are not labelled, those written at 17 are
                for (int i : e.getValue()) {
                    assertEquals(member.ageAt(corpus.createdAt(i)) < 18, corpus.labelled(i, LABEL));
                }
            }
        }
        double n = records.size();
        assertTrue(minors / n > 0.02 && minors / n < 0.04, "minors " + minors / n);
        assertTrue(turned18 / n > 0.004 && turned18 / n < 0.016, "turned 18 " + turned18 / n);
    }

    @Test
    void everyMinorsAgeIsKnowableAndSomeAdultsHaveNoAgeAnywhere() {
        Set<String> registry = new HashSet<>();
        corpus.csv.get("members.csv").forEach(l -> registry.add(l[0]));
        int noAgeAnywhere = 0;
        int minorsOnlyFromRecords = 0;
        for (Map.Entry<String, List<Integer>> e : recordsByMember().entrySet()) {
            boolean anyMinor = e.getValue().stream().anyMatch(i -> corpus.labelled(i, LABEL));
            boolean onEveryRecord = e.getValue().stream().allMatch(i -> hasAgeField(corpus.records.get(i)));
            boolean onAnyRecord = e.getValue().stream().anyMatch(i -> hasAgeField(corpus.records.get(i)));
            if (anyMinor) {
                assertTrue(registry.contains(e.getKey()) || onEveryRecord, "age of minor " + e.getKey() + " unknowable");
                minorsOnlyFromRecords += registry.contains(e.getKey()) ? 0 : 1;
            } else if (!registry.contains(e.getKey()) && !onAnyRecord) {
                noAgeAnywhere++;
            }
        }
        assertTrue(minorsOnlyFromRecords > 0, "some minors are known from their records only");
        assertTrue(noAgeAnywhere > 20, noAgeAnywhere + " adults without an age anywhere");
    }

    @Test
    void minorsSayTheAgeTheyHadAndAdultsTeenNumbersStayUnlabelled() {
        List<Pattern> selfDeclared = TemplatePatterns.of(SelfDeclaredAgePlanter.SELF_DECLARED, Map.of("age", "(\\d{1,2})"));
        List<Pattern> others = TemplatePatterns.of("near_miss.age_other");
        int declared = 0;
        int minorRecords = 0;
        int nearMisses = 0;
        Set<Integer> ages = new TreeSet<>();
        for (int i = 0; i < corpus.records.size(); i++) {
            String text = corpus.text(i);
            minorRecords += corpus.labelled(i, LABEL) ? 1 : 0;
            Matcher m = TemplatePatterns.find(selfDeclared, text);
            if (m != null) {
                declared++;
                assertTrue(corpus.labelled(i, LABEL), text);
                int age = Integer.parseInt(m.group(1));
                assertEquals(corpus.member(corpus.memberId(i)).ageAt(corpus.createdAt(i)), age, text);
                ages.add(age);
            } else if (TemplatePatterns.find(others, text) != null) {
                nearMisses++;
                assertFalse(corpus.labelled(i, LABEL), "near miss labelled: " + text);
            }
        }
        double share = declared / (double) minorRecords;
        assertTrue(share > 0.13 && share < 0.28, "self-declared in " + share + " of minors' records");
        assertTrue(ages.containsAll(List.of(15, 16, 17)), ages.toString());
        assertTrue(nearMisses > 10, nearMisses + " teen numbers in adults' posts");
    }

    private static boolean hasAgeField(JsonNode record) {
        return record.has("member_age") || record.has("member_birth_date");
    }

    private Map<String, List<Integer>> recordsByMember() {
        Map<String, List<Integer>> records = new HashMap<>();
        for (int i = 0; i < corpus.records.size(); i++) {
            records.computeIfAbsent(corpus.memberId(i), m -> new ArrayList<>()).add(i);
        }
        return records;
    }
}
