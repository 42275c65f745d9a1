package dev.corpusaudit.provenance;

import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fingerprint match on messages nobody wrote by hand: texts of random words from a vocabulary, edited at random.
 * Measures what the issue asks (recall for messages edited up to a fifth of their words) on 2,000 messages.
 */
class MessageFingerprintsTest {
    @TempDir
    static Path dir;
    private static final int MESSAGES = 2000;

    private static List<String> words(SplittableRandom rng, int n) {
        List<String> w = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // a Zipf-like vocabulary: many common words, a long tail
            int rank = (int) Math.floor(Math.pow(5000, rng.nextDouble()));
            w.add("w" + rank);
        }
        return w;
    }

    /** Replaces, drops or inserts {@code share} of the words, at random places. */
    private static String edit(List<String> words, double share, SplittableRandom rng) {
        List<String> out = new ArrayList<>(words);
        int edits = (int) Math.round(share * words.size());
        for (int e = 0; e < edits; e++) {
            int at = rng.nextInt(out.size());
            switch (rng.nextInt(3)) {
                case 0 -> out.set(at, "edit" + rng.nextInt(1_000_000));
                case 1 -> out.remove(at);
                default -> out.add(at, "added" + rng.nextInt(1_000_000));
            }
        }
        return String.join(" ", out);
    }

    private static Path messages(SplittableRandom rng, List<List<String>> texts) throws IOException {
        Path file = dir.resolve("messages.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < MESSAGES; i++) {
            List<String> w = words(rng, 20 + rng.nextInt(61));
            texts.add(w);
            lines.append(Json.MAPPER.writeValueAsString(Map.of("id", "dm-" + i, "text", String.join(" ", w))))
                    .append('\n');
        }
        Files.writeString(file, lines);
        return file;
    }

    @Test
    void editedCopiesAreFoundAndUnrelatedTextsAreNot() throws IOException {
        SplittableRandom rng = new SplittableRandom(42);
        List<List<String>> texts = new ArrayList<>();
        MessageFingerprints fp = MessageFingerprints.load(messages(rng, texts));
        int found = 0;
        int tried = 0;
        for (int i = 0; i < MESSAGES; i += 4) {
            String post = "Look what landed in my inbox today, unbelievable: " + edit(texts.get(i), 0.2, rng)
                    + " What would you answer?";
            List<MessageFingerprints.Match> matches = fp.match(post, LeakedMessageMatch.MIN_SHARED,
                    LeakedMessageMatch.MIN_CONTAINMENT);
            tried++;
            if (!matches.isEmpty() && matches.get(0).messageId().equals("dm-" + i)) {
                found++;
            }
        }
        double recall = (double) found / tried;
        System.out.printf("fingerprint recall, messages edited 20%%: %.3f (%d of %d)%n", recall, found, tried);
        assertTrue(recall >= 0.95, "recall " + recall);
        int falseMatches = 0;
        for (int i = 0; i < 500; i++) {
            if (!fp.match(String.join(" ", words(rng, 40 + rng.nextInt(200))), LeakedMessageMatch.MIN_SHARED,
                    LeakedMessageMatch.MIN_CONTAINMENT).isEmpty()) {
                falseMatches++;
            }
        }
        assertEquals(0, falseMatches);
    }

    @Test
    void anExactCopyReportsItsSpanAndFullContainment() throws IOException {
        Path file = dir.resolve("one.jsonl");
        Files.writeString(file, "{\"id\":\"dm-1\",\"text\":\"Hi Anna, thanks for connecting! Would you be open to "
                + "a quick call about the data engineering role next Tuesday?\"}\n");
        MessageFingerprints fp = MessageFingerprints.load(file);
        String post = "Recruiters, please stop. Hi Anna, thanks for connecting! Would you be open to a quick call "
                + "about the data engineering role next Tuesday? #rant";
        MessageFingerprints.Match m = fp.match(post, 3, 0.3).get(0);
        assertEquals(1.0, m.containment());
        assertEquals("Hi Anna, thanks for connecting! Would you be open to a quick call about the data engineering "
                + "role next Tuesday", post.substring(m.start(), m.end()));
    }

    @Test
    void fingerprintsMatchLikeTheMessagesWithoutTheirText() throws IOException {
        SplittableRandom rng = new SplittableRandom(7);
        List<List<String>> texts = new ArrayList<>();
        Path raw = messages(rng, texts);
        StringWriter written = new StringWriter();
        assertEquals(MESSAGES, MessageFingerprints.writeFingerprints(raw, written));
        String fingerprints = written.toString();
        assertFalse(fingerprints.contains(texts.get(0).get(0) + " "), "no message text in the fingerprints");
        Path file = dir.resolve("fingerprints.jsonl");
        Files.writeString(file, fingerprints);
        MessageFingerprints fromFingerprints = MessageFingerprints.load(file);
        MessageFingerprints fromText = MessageFingerprints.load(raw);
        for (int i = 0; i < 100; i++) {
            String post = edit(texts.get(i), 0.1, rng);
            assertEquals(fromText.match(post, 3, 0.3).stream().map(MessageFingerprints.Match::messageId).toList(),
                    fromFingerprints.match(post, 3, 0.3).stream().map(MessageFingerprints.Match::messageId).toList());
        }
    }

    @Test
    void badLinesNameFileAndLine() throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"id\":\"dm-1\",\"text\":\"hello there my friend\"}\n{\"text\":\"no id\"}\n");
        ConfigException e = assertThrows(ConfigException.class, () -> MessageFingerprints.load(file));
        assertEquals(file + ":2: field 'id' is missing", e.getMessage());
        Files.writeString(file, "not json\n");
        e = assertThrows(ConfigException.class, () -> MessageFingerprints.load(file));
        assertEquals(file + ":1: not a JSON object", e.getMessage());
    }
}
