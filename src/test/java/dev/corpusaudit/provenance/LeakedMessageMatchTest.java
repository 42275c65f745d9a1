package dev.corpusaudit.provenance;

import dev.corpusaudit.model.Finding;
import dev.corpusaudit.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class LeakedMessageMatchTest {
    private static final String DM = "Saw your talk at Ghent 🎉 Would you mentor our new analysts in Ghent for three months "
            + "starting in March? The budget is approved already.";

    private static LeakedMessageMatch match(Path dir) throws IOException {
        Path file = dir.resolve("m.jsonl");
        Files.writeString(file, Json.MAPPER.writeValueAsString(Map.of("id", "dm-9", "text", DM)) + "\n");
        return new LeakedMessageMatch(Fixtures.policy(false, List.of()), MessageFingerprints.load(file));
    }

    private static Finding check(LeakedMessageMatch m, String text, String source) {
        return m.check(new Facts(Fixtures.record("r1", text, "m1", source, "BE", null), "en", true, 0, null, "BE",
                null));
    }

    @Test
    void aCopyIsFoundAndItsEvidenceIsMaskedWithoutSplittingAnEmoji(@TempDir Path dir) throws IOException {
        Finding f = check(match(dir), DM, "post");
        assertEquals("excluded.private_message", f.category());
        assertEquals(1.0, f.confidence());
        assertEquals(0, f.start());
        assertEquals("[Sa* **** **** ** ***** …]", f.evidence());
        assertFalse(Json.MAPPER.writeValueAsString(f).contains("\\\\uD83C"));
        assertEquals("100% of the word 3-grams of reference private message dm-9 (22 of 22) are in this record",
                f.explanation());
    }

    @Test
    void messagesThemselvesAndUnrelatedTextsAreNotMatched(@TempDir Path dir) throws IOException {
        LeakedMessageMatch m = match(dir);
        assertNull(check(m, DM, "message"));
        assertNull(check(m, "Would you mentor our new analysts? We are hiring in Ghent.", "post"));
    }
}
