package dev.corpusaudit;

import dev.corpusaudit.ingest.FieldMapping;
import dev.corpusaudit.provenance.Registers;
import dev.corpusaudit.report.KnownFindings;
import dev.corpusaudit.ruleset.GateCondition;
import dev.corpusaudit.ruleset.Ruleset;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What a scan needs to know.
 *
 * @param inputs         files and folders to read, in order
 * @param out            the report folder
 * @param ruleset        the loaded policy and rules
 * @param mapping        input field names
 * @param encoding       the inputs' encoding where a file has no byte-order mark ({@code --encoding})
 * @param threads        worker threads
 * @param maxRecordChars longer records are rejected
 * @param keepIndex      whether {@code out/index} stays after the scan
 * @param reports        whether to write the workbook, charts, HTML and PDF (the benchmark can measure without them)
 * @param sarif          whether to write {@code findings.sarif} as well ({@code --format sarif})
 * @param registers      the side inputs (opt-outs, members, salaries, messages), read already
 * @param snapshotDate   when the corpus was taken ({@code --snapshot-date}); null: the policy's {@code snapshot_date}
 * @param gate           the release gate's conditions ({@code --gate}); null: the policy's
 * @param baseline       an earlier audit's findings ({@code --baseline}): only new findings are reported; or null
 */
public record ScanOptions(List<Path> inputs, Path out, Ruleset ruleset, FieldMapping mapping, Charset encoding,
                          int threads,
                          int maxRecordChars, boolean keepIndex, boolean reports, boolean sarif, Registers registers,
                          LocalDate snapshotDate, List<GateCondition> gate,
                          KnownFindings baseline) {
    public static final int DEFAULT_MAX_RECORD_CHARS = 1_000_000;

    /** The gate's conditions: the command line's, else the policy's (empty: no gate). */
    public List<GateCondition> gateConditions() {
        return gate != null ? gate : ruleset.policy().gateConditions();
    }

    /** Where {@link #gateConditions()} come from. */
    public String gateSource() {
        return gate != null ? "command line" : "policy";
    }

    /** The snapshot date the checks use: the option's, else the policy's, else null. */
    public LocalDate snapshot() {
        String policyDate = ruleset.policy().snapshotDate();
        return snapshotDate != null ? snapshotDate : policyDate == null ? null : LocalDate.parse(policyDate);
    }
}
