package dev.corpusaudit.generate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code excluded.private_message}: every {@code message} record, and public records that carry a
 * reference message of {@code messages.jsonl}, exactly, lightly edited or embedded; quoted public
 * statements stay unlabelled.
 */
class PrivateMessagesTest {
    private static final String LABEL = "excluded.private_message";
    private static final Set<String> PUBLIC = Set.of("post", "comment", "group_post");

    private final GeneratedCorpus corpus = GeneratedCorpus.get();
    private List<String> leakSources;
    private List<Map<String, Integer>> leakSourceTokens;

    @Test
    void everyMessageRecordIsLabelledAndIsAReferenceMessage() {
        // short messages can be the same text by different members
        Map<String, Set<String>> authors = new HashMap<>();
        for (JsonNode message : corpus.messages) {
            authors.computeIfAbsent(message.get("text").asText(), t -> new HashSet<>()).add(message.get("member_id").asText());
        }
        int messages = 0;
        for (int i = 0; i < corpus.records.size(); i++) {
            if (corpus.source(i).equals("message")) {
                messages++;
                assertTrue(corpus.labelled(i, LABEL), corpus.records.get(i).toString());
                assertTrue(authors.getOrDefault(corpus.text(i), Set.of()).contains(corpus.memberId(i)),
                        "message record not in messages.jsonl: " + corpus.text(i));
            } else if (corpus.labelled(i, LABEL)) {
                assertTrue(PUBLIC.contains(corpus.source(i)), "leak into " + corpus.source(i));
            }
        }
        assertTrue(messages > GeneratedCorpus.RECORDS * 0.06, messages + " messages");
    }

    @Test
    void referenceMessagesAreNumberedAndTwiceAsManyAsTheMessageRecords() {
        long messageRecords = corpus.records.stream().filter(r -> r.get("source").asText().equals("message")).count();
        assertEquals(2 * messageRecords, corpus.messages.size());
        Set<String> inCorpus = messageRecordTexts();
        int others = 0;
        for (int i = 0; i < corpus.messages.size(); i++) {
            JsonNode message = corpus.messages.get(i);
            List<String> keys = new ArrayList<>();
            message.fieldNames().forEachRemaining(keys::add);
            assertEquals(List.of("id", "member_id", "text"), keys);
            assertEquals(String.format("dm-%06d", i + 1), message.get("id").asText());
            assertTrue(message.get("member_id").asText().matches("m-\\d{6}"));
            String text = message.get("text").asText();
            if (!inCorpus.contains(text)) {
                others++;
                int words = TextComposer.words(text);
                assertTrue(words >= 20 && words <= 80, words + " words: " + text);
            }
        }
        assertEquals(messageRecords, others, "as many messages again that are not in the corpus");
    }

    @Test
    void everyLeakedMessageHasItsSourceInTheReferenceMessagesExactEditedOrEmbedded() {
        List<Pattern> framings = TemplatePatterns.of(LeakedMessagePlanter.FRAMING);
        int exact = 0;
        int edited = 0;
        int embedded = 0;
        int publicRecords = 0;
        int leaks = 0;
        for (int i = 0; i < corpus.records.size(); i++) {
            if (!PUBLIC.contains(corpus.source(i))) {
                continue;
            }
            publicRecords++;
            if (!corpus.labelled(i, LABEL)) {
                continue;
            }
            leaks++;
            String text = corpus.text(i);
            String source = leakSource(text);
            assertNotNull(source, "no reference message for leak " + corpus.records.get(i).get("id") + ": " + text);
            int at = text.indexOf(source);
            if (at < 0) {
                edited++;
                String[] words = source.split("\\s+");
                int distance = bestAlignedDistance(words, text.split("\\s+"));
                assertTrue(distance <= Math.floor(words.length * 0.2) + 1,
                        distance + " edits of " + words.length + " words: " + source + " -> " + text);
            } else {
                // embedded: the line before the message is a framing sentence
                String before = text.substring(0, at).stripTrailing();
                String lastLine = before.substring(before.lastIndexOf('\n') + 1);
                if (at > 0 && text.charAt(at - 1) == '\n' && TemplatePatterns.find(framings, lastLine) != null) {
                    embedded++;
                } else {
                    exact++;
                }
            }
        }
        double rate = leaks / (double) publicRecords;
        assertTrue(rate > 0.01 && rate < 0.02, "leak rate " + rate);
        assertTrue(exact > leaks / 6 && edited > leaks / 6 && embedded > leaks / 6,
                exact + " exact, " + edited + " edited, " + embedded + " embedded of " + leaks);
    }

    @Test
    void quotedPublicStatementsAreNotPrivateMessages() {
        List<Pattern> quotes = TemplatePatterns.of("near_miss.public_quote");
        int unlabelled = 0;
        for (int i = 0; i < corpus.records.size(); i++) {
            if (TemplatePatterns.find(quotes, corpus.text(i)) == null) {
                continue;
            }
            if (!corpus.labelled(i, LABEL)) {
                unlabelled++;
            } else {
                // labelled only for another reason: a message record, or a leaked message beside the quote
                assertTrue(corpus.source(i).equals("message") || leakSource(corpus.text(i)) != null, corpus.text(i));
            }
        }
        assertTrue(unlabelled > 20, unlabelled + " quoted statements");
    }

    /**
     * The reference message (not a message record) that {@code text} holds 80% of the words of, or
     * null; of several, the one with the most words in the text (messages share sentences).
     */
    private String leakSource(String text) {
        if (leakSources == null) {
            Set<String> inCorpus = messageRecordTexts();
            leakSources = corpus.messages.stream().map(m -> m.get("text").asText()).filter(t -> !inCorpus.contains(t)).toList();
            leakSourceTokens = leakSources.stream().map(PrivateMessagesTest::tokens).toList();
        }
        Map<String, Integer> tokens = tokens(text);
        String best = null;
        double bestScore = 0;
        for (int s = 0; s < leakSources.size(); s++) {
            double c = coverage(leakSourceTokens.get(s), tokens);
            // covered words, and the share covered to break ties
            double score = c * leakSources.get(s).split("\\s+").length + c / 1000;
            if (c >= 0.8 && score > bestScore) {
                bestScore = score;
                best = leakSources.get(s);
            }
        }
        return best;
    }

    private Set<String> messageRecordTexts() {
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < corpus.records.size(); i++) {
            if (corpus.source(i).equals("message")) {
                texts.add(corpus.text(i));
            }
        }
        return texts;
    }

    /** Share of the source's word tokens (with repeats) that the text has too. */
    private static double coverage(Map<String, Integer> source, Map<String, Integer> text) {
        int total = 0;
        int found = 0;
        for (Map.Entry<String, Integer> e : source.entrySet()) {
            total += e.getValue();
            found += Math.min(e.getValue(), text.getOrDefault(e.getKey(), 0));
        }
        return total == 0 ? 0 : found / (double) total;
    }

    private static Map<String, Integer> tokens(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String token : text.split("\\s+")) {
            if (!token.isEmpty()) {
                counts.merge(token, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The fewest word edits that turn {@code a} into some run of consecutive words of {@code b}. */
    static int bestAlignedDistance(String[] a, String[] b) {
        // edit distance where skipping words of b before and after the match is free
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int substitute = previous[j - 1] + (a[i - 1].equals(b[j - 1]) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        int best = Integer.MAX_VALUE;
        for (int j = 0; j <= b.length; j++) {
            best = Math.min(best, previous[j]);
        }
        return best;
    }
}
