package dev.corpusaudit.bench;

import dev.corpusaudit.ruleset.Ruleset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchmarkTest {
    @TempDir
    Path work;

    @Test
    void measuresBothPhasesInEveryRoundAndReportsTheMedians() throws Exception {
        Benchmark.Result r = new Benchmark(2, Ruleset.loadDefault(), true, 3, 200).runGenerated(1_500, 7, work);

        assertEquals(1_500, r.records());
        assertEquals(1_500, r.baseline().records());
        assertEquals(1_500, r.scan().records());
        assertEquals(3, r.rounds());
        assertEquals(3, r.roundRatios().size());
        List<Double> sorted = r.roundRatios().stream().sorted().toList();
        assertEquals(sorted.get(1), r.ratio(), "the median of the rounds");
        assertTrue(r.findings() > 0, "the generated corpus has planted cases");
        assertTrue(r.scan().cpuSeconds() > 0 && r.scan().peakHeapMb() > 0);
        assertEquals(1_500, r.patternStage().texts());
        assertTrue(r.patternStage().signals() > 0 && r.patternStage().textMbPerSecond() > 0);
        assertEquals(List.of("ingest+analyze+index", "query rules", "decide+findings", "reports", "manifest"),
                List.copyOf(r.scanStageSeconds().keySet()));
        assertEquals(r.findings(), r.report().records(), "report generation is measured over the scan's findings");
        assertTrue(Files.exists(work.resolve("scan-report/findings.sarif")), "the report phase writes every report");
    }
}
