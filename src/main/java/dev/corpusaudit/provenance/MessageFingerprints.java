package dev.corpusaudit.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.model.InputException;
import dev.corpusaudit.model.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference set of private messages ({@code --messages}) as fingerprints: each message's distinct shingles
 * ({@link Shingles}), sorted, and the rare ones again in one sorted array of postings (a shingle hash's top 40 bits
 * and the message's number), so a record's shingles are looked up by binary search and a reference set of 100,000
 * messages takes a few tens of MB. Shingles that many messages share ("let me know", "thanks for connecting", a
 * recruiter's template) are not in the postings: they say nothing about which message a text copies, so a message
 * is a candidate only when a text shares some of its rare shingles; its share is then counted over all of them.
 *
 * <p>The file is either the messages themselves (JSONL, {@code id} and {@code text}) or their fingerprints, written
 * by {@code corpus-audit fingerprint} (a header line with the salt, then {@code id} and the shingle hashes), so an
 * auditor can check a corpus against private messages without ever holding their text.
 */
public final class MessageFingerprints {
    static final String FORMAT = "corpus-audit-message-fingerprints";
    /** A shingle in more messages than this (and than {@value #COMMON_SHARE} of them) is too common to tell. */
    static final int COMMON_MESSAGES = 5;
    static final double COMMON_SHARE = 0.0001;
    /** Rare shingles a text must share with a message before the message's share is counted. */
    static final int MIN_RARE = 3;
    private static final int ID_BITS = 24;
    private static final long ID_MASK = (1L << ID_BITS) - 1;

    private final long salt;
    private final String[] ids;
    /** Each message's distinct shingle hashes, sorted: what a candidate's share is counted on. */
    private final long[][] shingles;
    /** How many of each message's shingles are rare (in the postings). */
    private final int[] rareCounts;
    private final long[] postings;

    /** A match: the message, how many of its shingles the text holds, and the span they cover in the text. */
    public record Match(String messageId, int shared, int shingles, int start, int end) {
        public double containment() {
            return (double) shared / shingles;
        }
    }

    private MessageFingerprints(long salt, String[] ids, long[][] shingles, int[] rareCounts, long[] postings) {
        this.salt = salt;
        this.ids = ids;
        this.shingles = shingles;
        this.rareCounts = rareCounts;
        this.postings = postings;
    }

    public static MessageFingerprints none() {
        return new MessageFingerprints(0, new String[0], new long[0][], new int[0], new long[0]);
    }

    public int messages() {
        return ids.length;
    }

    /** Reads messages or their fingerprints; a line that is neither stops with its file and line. */
    public static MessageFingerprints load(Path file) {
        List<String> ids = new ArrayList<>();
        List<long[]> sets = new ArrayList<>();
        long salt = 0;
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InputException("cannot read " + file);
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long n = 0;
            boolean fingerprints = false;
            while ((line = in.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // a byte-order mark
                }
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = Json.MAPPER.readTree(line);
                } catch (IOException e) {
                    throw new ConfigException(file + ":" + n + ": not a JSON object");
                }
                if (n == 1 && FORMAT.equals(node.path("format").asText())) {
                    fingerprints = true;
                    salt = Long.parseUnsignedLong(node.path("salt").asText("0"), 16);
                    if (node.path("shingle_words").asInt() != Shingles.WORDS) {
                        throw new ConfigException(file + ":1: fingerprints of word " + node.path("shingle_words")
                                + "-grams; this version compares word " + Shingles.WORDS + "-grams: make them again");
                    }
                    continue;
                }
                String id = node.path("id").asText(null);
                if (id == null || id.isBlank()) {
                    throw new ConfigException(file + ":" + n + ": field 'id' is missing");
                }
                ids.add(id);
                if (fingerprints) {
                    String encoded = node.path("shingles").asText(null);
                    if (encoded == null) {
                        throw new ConfigException(file + ":" + n + ": field 'shingles' is missing");
                    }
                    sets.add(decode(encoded, file, n));
                } else {
                    String text = node.path("text").asText(null);
                    if (text == null) {
                        throw new ConfigException(file + ":" + n + ": field 'text' is missing");
                    }
                    sets.add(distinct(text, 0));
                }
            }
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ConfigException(file + ": not valid UTF-8");
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage());
        }
        if (ids.size() > ID_MASK) {
            throw new ConfigException(file + ": more than " + ID_MASK + " messages");
        }
        return build(salt, ids, sets);
    }

    /** Writes the fingerprints of a messages file under a new random salt; returns how many messages. */
    public static int writeFingerprints(Path messages, Writer out) throws IOException {
        MessageFingerprints raw = load(messages);
        if (raw.salt != 0) {
            throw new ConfigException(messages + " holds fingerprints already");
        }
        long salt = new SecureRandom().nextLong();
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("format", FORMAT);
        header.put("version", 1);
        header.put("shingle_words", Shingles.WORDS);
        header.put("salt", Long.toHexString(salt));
        out.write(Json.MAPPER.writeValueAsString(header) + "\n");
        int count = 0;
        try (BufferedReader in = Files.newBufferedReader(messages, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = Json.MAPPER.readTree(line);
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("id", node.path("id").asText());
                entry.put("shingles", encode(distinct(node.path("text").asText(), salt)));
                out.write(Json.MAPPER.writeValueAsString(entry) + "\n");
                count++;
            }
        }
        return count;
    }

    /**
     * The messages a text holds a good part of: at least {@code minContainment} of their rare shingles (the postings;
     * at least {@value #MIN_RARE}) and of all their shingles, and at least {@code minShared} shingles. Both shares
     * count: a text that holds a message's stock phrases and a name holds little of its rare part, and one that holds
     * the few rare words of a message made of stock phrases holds little of the whole.
     */
    public List<Match> match(String text, int minShared, double minContainment) {
        if (ids.length == 0) {
            return List.of();
        }
        List<Shingles.Shingle> found = Shingles.of(text, salt);
        Map<Integer, Integer> rare = new HashMap<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (Shingles.Shingle s : found) {
            long top = s.hash() >>> ID_BITS;
            if (!seen.add(top)) {
                continue; // a shingle the text repeats counts once
            }
            for (int at = lowerBound(top << ID_BITS); at < postings.length && postings[at] >>> ID_BITS == top; at++) {
                rare.merge((int) (postings[at] & ID_MASK), 1, Integer::sum);
            }
        }
        List<Match> matches = new ArrayList<>();
        rare.forEach((message, count) -> {
            if (count < MIN_RARE || (double) count / rareCounts[message] < minContainment) {
                return;
            }
            long[] own = shingles[message];
            java.util.Set<Long> shared = new java.util.HashSet<>();
            int start = Integer.MAX_VALUE;
            int end = 0;
            for (Shingles.Shingle s : found) {
                if (Arrays.binarySearch(own, s.hash()) >= 0) {
                    shared.add(s.hash());
                    start = Math.min(start, s.start());
                    end = Math.max(end, s.end());
                }
            }
            if (shared.size() >= minShared && (double) shared.size() / own.length >= minContainment) {
                matches.add(new Match(ids[message], shared.size(), own.length, start, end));
            }
        });
        matches.sort((a, b) -> a.containment() != b.containment() ? Double.compare(b.containment(), a.containment())
                : a.messageId().compareTo(b.messageId()));
        return matches;
    }

    private int lowerBound(long key) {
        int lo = 0;
        int hi = postings.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Long.compareUnsigned(postings[mid], key) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static MessageFingerprints build(long salt, List<String> ids, List<long[]> sets) {
        int total = sets.stream().mapToInt(s -> s.length).sum();
        long[] postings = new long[total];
        int p = 0;
        for (int m = 0; m < sets.size(); m++) {
            for (long h : sets.get(m)) {
                postings[p++] = (h >>> ID_BITS) << ID_BITS | m;
            }
        }
        // sort as unsigned, so that equal top bits are together and lookups can compare unsigned
        for (int i = 0; i < postings.length; i++) {
            postings[i] ^= Long.MIN_VALUE;
        }
        Arrays.sort(postings);
        for (int i = 0; i < postings.length; i++) {
            postings[i] ^= Long.MIN_VALUE;
        }
        int common = Math.max(COMMON_MESSAGES, (int) (ids.size() * COMMON_SHARE));
        long[] kept = new long[postings.length];
        int k = 0;
        for (int i = 0; i < postings.length; ) {
            int j = i;
            while (j < postings.length && postings[j] >>> ID_BITS == postings[i] >>> ID_BITS) {
                j++;
            }
            if (j - i <= common) {
                System.arraycopy(postings, i, kept, k, j - i);
                k += j - i;
            }
            i = j;
        }
        long[][] sorted = new long[sets.size()][];
        for (int m = 0; m < sets.size(); m++) {
            sorted[m] = sets.get(m).clone();
            Arrays.sort(sorted[m]);
        }
        int[] rareCounts = new int[sets.size()];
        for (int i = 0; i < k; i++) {
            rareCounts[(int) (kept[i] & ID_MASK)]++;
        }
        return new MessageFingerprints(salt, ids.toArray(String[]::new), sorted, rareCounts, Arrays.copyOf(kept, k));
    }

    /** A text's distinct shingle hashes. */
    private static long[] distinct(String text, long salt) {
        return Shingles.of(text, salt).stream().mapToLong(Shingles.Shingle::hash).distinct().toArray();
    }

    private static String encode(long[] hashes) {
        ByteBuffer buffer = ByteBuffer.allocate(hashes.length * 8);
        for (long h : hashes) {
            buffer.putLong(h);
        }
        return Base64.getEncoder().encodeToString(buffer.array());
    }

    private static long[] decode(String encoded, Path file, long line) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file + ":" + line + ": field 'shingles' is not base64");
        }
        if (bytes.length % 8 != 0) {
            throw new ConfigException(file + ":" + line + ": field 'shingles' is not a list of 8-byte hashes");
        }
        long[] hashes = new long[bytes.length / 8];
        ByteBuffer.wrap(bytes).asLongBuffer().get(hashes);
        return hashes;
    }
}
