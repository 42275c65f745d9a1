package dev.corpusaudit.bench;

import dev.corpusaudit.ruleset.Ruleset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegisterBenchTest {
    @TempDir
    Path work;

    @Test
    void scansWithoutAndWithTheRegistersInEveryRound() throws Exception {
        RegisterBench.Result r = new RegisterBench(2, Ruleset.loadDefault(), 3).run(1_000, 7, 5_000, 200, work);
        assertEquals(1_000, r.records());
        assertEquals(5_000, r.optOutEntries());
        assertEquals(200, r.messages());
        assertEquals(3, r.roundRatios().size());
        List<Double> sorted = r.roundRatios().stream().sorted().toList();
        assertEquals(sorted.get(1), r.ratio(), "the median of the rounds");
        // the register holds some of the corpus's members: their records are findings only with it
        assertTrue(r.findingsWith() > r.findingsWithout(), r.findingsWith() + " vs " + r.findingsWithout());
        assertTrue(r.secondsWithout() > 0 && r.secondsWith() > 0);
    }
}
