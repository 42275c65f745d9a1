package dev.corpusaudit.report;

import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.model.Finding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HexFormat;

/**
 * The findings of an earlier audit ({@code scan --baseline OLD_DIR}), by {@link Finding#fingerprint()}, so that a scan
 * reports only the findings that are new. Fingerprints do not depend on line order, so a reordered or appended corpus
 * keeps its known findings known. Kept as sorted 64-bit fingerprint prefixes: eight bytes a finding.
 */
public final class KnownFindings {
    private final String dir;
    private final long[] fingerprints;
    private final BitSet met;

    private KnownFindings(String dir, long[] fingerprints) {
        this.dir = dir;
        this.fingerprints = fingerprints;
        this.met = new BitSet(fingerprints.length);
    }

    /** Reads {@code findings.jsonl} of an earlier report folder; a missing or broken file is a {@link ConfigException}. */
    public static KnownFindings load(Path reportDir) throws IOException {
        Path file = reportDir.resolve("findings.jsonl");
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("--baseline: no findings.jsonl in " + reportDir);
        }
        long[] prints = new long[1024];
        int count = 0;
        try {
            for (Finding f : FindingsFile.read(file)) {
                if (count == prints.length) {
                    prints = Arrays.copyOf(prints, count * 2);
                }
                prints[count++] = prefix(f.fingerprint());
            }
        } catch (ConfigException e) {
            throw new ConfigException("--baseline: " + e.getMessage(), e);
        }
        long[] sorted = Arrays.copyOf(prints, count);
        Arrays.sort(sorted);
        return new KnownFindings(reportDir.toString(), Arrays.stream(sorted).distinct().toArray());
    }

    /** Whether the earlier audit had this finding; marks it met. */
    public boolean contains(Finding finding) {
        int at = Arrays.binarySearch(fingerprints, prefix(finding.fingerprint()));
        if (at < 0) {
            return false;
        }
        met.set(at);
        return true;
    }

    /** The earlier audit's findings that this scan has not met (so far): fixed, or no longer in the corpus. */
    public long resolved() {
        return fingerprints.length - met.cardinality();
    }

    public String dir() {
        return dir;
    }

    private static long prefix(String hexFingerprint) {
        return HexFormat.fromHexDigitsToLong(hexFingerprint, 0, 16);
    }
}
