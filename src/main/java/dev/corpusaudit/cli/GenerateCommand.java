package dev.corpusaudit.cli;

import dev.corpusaudit.generate.CorpusGenerator;
import dev.corpusaudit.generate.GenerationStats;
import dev.corpusaudit.model.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code corpus-audit generate}: writes a synthetic member corpus with ground-truth labels. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic, seeded member corpus (corpus.jsonl) and its ground-truth labels "
                + "(labels.jsonl): profiles, posts, comments, articles, messages and more in six languages, "
                + "with planted e-mail addresses, payment cards, health disclosures, leaked private messages, "
                + "pasted job applications, salaries and minors' ages, and near misses that must not be flagged. "
                + "Beside them go the side inputs a scan can join: members.csv (member registry), optouts.csv, "
                + "salaries.csv, messages.jsonl (reference private messages) and generation.json (seed, records, "
                + "snapshot date). The same seed, record count and snapshot date give byte-identical files."},
        footer = {"", "Example:", "  corpus-audit generate --records 100000 --seed 7 --out data/synthetic",
                "  corpus-audit generate --records 3000 --snapshot-date 2026-03-15 --out data/march"})
public final class GenerateCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--records", paramLabel = "N", defaultValue = "3000",
            description = "Number of records to write (default: ${DEFAULT-VALUE}).")
    long records;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "7",
            description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder for corpus.jsonl, labels.jsonl and the side files (created if missing).")
    Path out;

    @Option(names = "--snapshot-date", paramLabel = "DATE", defaultValue = "2026-02-01",
            description = "When the corpus was taken (yyyy-MM-dd): records are created in the two years up to it, "
                    + "opt-outs fall from 90 days before to 88 days after it (default: ${DEFAULT-VALUE}).")
    String snapshotDate;

    @Override
    public Integer call() {
        if (records < 0) {
            throw new ConfigException("--records must be 0 or more, was " + records);
        }
        LocalDate snapshot;
        try {
            snapshot = LocalDate.parse(snapshotDate.strip());
        } catch (DateTimeParseException e) {
            throw new ConfigException("--snapshot-date must be a date like 2026-02-01, was '" + snapshotDate + "'");
        }
        long start = System.nanoTime();
        GenerationStats stats;
        try {
            stats = new CorpusGenerator(seed, snapshot).generate(records, out);
        } catch (IOException e) {
            // an output folder that cannot be written is a usage problem: say where, in one line
            String reason = e instanceof FileSystemException fse && fse.getReason() != null
                    ? fse.getReason() : e.getClass().getSimpleName();
            throw new ConfigException("cannot write to " + out + ": " + reason, e);
        }
        if (!common.quiet()) {
            double seconds = (System.nanoTime() - start) / 1e9;
            System.err.printf(Locale.ROOT, "generated %d records by %d members (%.1f M chars of text) in %.1f s to %s; "
                            + "labelled records: %s; side files: %s%n",
                    stats.records(), stats.members(), stats.textChars() / 1e6, seconds, out,
                    stats.labelledRecordsPerCategory(), stats.sideFileLines());
        }
        return Main.EXIT_OK;
    }
}
