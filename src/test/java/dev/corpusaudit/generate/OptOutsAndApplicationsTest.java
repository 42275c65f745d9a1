package dev.corpusaudit.generate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code excluded.opted_out} with {@code optouts.csv} (not retroactive: every record of a member who
 * opted out by the snapshot date), and {@code excluded.job_application}: application records and
 * applications pasted elsewhere, not recruiters counting applications.
 */
class OptOutsAndApplicationsTest {
    private static final LocalDate SNAPSHOT = GeneratedCorpus.SNAPSHOT;

    private final GeneratedCorpus corpus = GeneratedCorpus.get();

    @Test
    void optOutFileListsAboutFourPercentOfTheCorpusMembersSortedWithDatesAroundTheSnapshot() {
        assertEquals("member_id,opted_out_at", corpus.headers.get("optouts.csv"));
        Set<String> members = new HashSet<>();
        corpus.records.forEach(r -> members.add(r.get("member_id").asText()));
        String previous = "";
        int after = 0;
        for (String[] line : corpus.csv.get("optouts.csv")) {
            assertEquals(2, line.length);
            assertTrue(line[0].compareTo(previous) > 0, "sorted: " + line[0]);
            previous = line[0];
            assertTrue(members.contains(line[0]), "only members of the corpus: " + line[0]);
            LocalDate date = LocalDate.parse(line[1]);
            assertFalse(date.isBefore(LocalDate.of(2025, 11, 3)) || date.isAfter(LocalDate.of(2026, 4, 30)), line[1]);
            after += date.isAfter(SNAPSHOT) ? 1 : 0;
        }
        int optOuts = corpus.csv.get("optouts.csv").size();
        double share = optOuts / (double) members.size();
        assertTrue(share > 0.03 && share < 0.05, "opt-outs for " + share + " of the members");
        assertTrue(after > optOuts / 4 && after < optOuts * 3 / 4, after + " of " + optOuts + " opted out after the snapshot");
        // the file lists every member of the corpus who opted out
        for (String member : members) {
            LocalDate truth = corpus.member(member).optedOutAt();
            assertEquals(truth != null, corpus.byMember("optouts.csv").containsKey(member), member);
        }
    }

    @Test
    void everyRecordOfAMemberWhoOptedOutByTheSnapshotIsLabelledWhateverItsDate() {
        Map<String, String[]> optOuts = corpus.byMember("optouts.csv");
        int labelled = 0;
        int writtenBeforeOptingOut = 0;
        int optedOutLater = 0;
        for (int i = 0; i < corpus.records.size(); i++) {
            String[] optOut = optOuts.get(corpus.memberId(i));
            LocalDate date = optOut == null ? null : LocalDate.parse(optOut[1]);
            boolean excluded = date != null && !date.isAfter(SNAPSHOT);
            assertEquals(excluded, corpus.labelled(i, "excluded.opted_out"), corpus.records.get(i).toString());
            if (excluded) {
                labelled++;
                writtenBeforeOptingOut += corpus.createdAt(i).isBefore(date) ? 1 : 0;
            } else if (date != null) {
                optedOutLater++;
            }
        }
        assertTrue(labelled > 100, labelled + " records");
        assertTrue(writtenBeforeOptingOut > labelled / 2, "opting out is not retroactive, yet excludes the older records too");
        assertTrue(optedOutLater > 50, optedOutLater + " records of members who opted out after the snapshot, unlabelled");
    }

    @Test
    void applicationRecordsAndPastedApplicationsAreLabelledAndRecruitersCountingThemAreNot() {
        List<Pattern> pasted = TemplatePatterns.of(PastedApplicationPlanter.OPENING);
        List<Pattern> received = TemplatePatterns.of("near_miss.applications_received");
        int pastedCount = 0;
        int postsAndMessages = 0;
        int receivedCount = 0;
        for (int i = 0; i < corpus.records.size(); i++) {
            String source = corpus.source(i);
            String text = corpus.text(i);
            boolean labelled = corpus.labelled(i, "excluded.job_application");
            boolean hasPasted = TemplatePatterns.find(pasted, text) != null;
            if (source.equals("job_application")) {
                assertTrue(labelled, text);
                continue;
            }
            postsAndMessages += source.equals("post") || source.equals("message") ? 1 : 0;
            assertEquals(hasPasted, labelled, source + ": " + text);
            if (hasPasted) {
                pastedCount++;
                assertTrue(source.equals("post") || source.equals("message"), source);
            }
            if (TemplatePatterns.find(received, text) != null && !hasPasted) {
                receivedCount++;
                assertFalse(labelled, text);
            }
        }
        double rate = pastedCount / (double) postsAndMessages;
        assertTrue(rate > 0.002 && rate < 0.01, "pasted applications in " + rate + " of posts and messages");
        assertTrue(receivedCount > 30, receivedCount + " recruiters counting applications");
    }

    @Test
    void everyRecordCarriesTheCategoriesOfItsSource() {
        for (int i = 0; i < corpus.records.size(); i++) {
            JsonNode record = corpus.records.get(i);
            switch (record.get("source").asText()) {
                case "message" -> assertTrue(corpus.labelled(i, "excluded.private_message"));
                case "job_application" -> assertTrue(corpus.labelled(i, "excluded.job_application"));
                default -> {
                }
            }
        }
        Map<String, Long> perCategory = new HashMap<>(corpus.stats.labelledRecordsPerCategory());
        assertTrue(perCategory.get("excluded.job_application") > GeneratedCorpus.RECORDS * 0.025);
    }
}
