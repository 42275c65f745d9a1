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
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code corpus-audit generate}: writes a synthetic member corpus with ground-truth labels. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic, seeded member corpus (corpus.jsonl) and its ground-truth labels "
                + "(labels.jsonl): profiles, posts, comments, articles, messages and more in six languages, "
                + "with planted e-mail addresses, payment cards and health disclosures, and near misses "
                + "that must not be flagged. The same seed and record count give byte-identical files."},
        footer = {"", "Example:", "  corpus-audit generate --records 100000 --seed 7 --out data/synthetic"})
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
            description = "Folder for corpus.jsonl and labels.jsonl (created if missing).")
    Path out;

    @Override
    public Integer call() {
        if (records < 0) {
            throw new ConfigException("--records must be 0 or more, was " + records);
        }
        long start = System.nanoTime();
        GenerationStats stats;
        try {
            stats = new CorpusGenerator(seed).generate(records, out);
        } catch (IOException e) {
            // an output folder that cannot be written is a usage problem: say where, in one line
            String reason = e instanceof FileSystemException fse && fse.getReason() != null
                    ? fse.getReason() : e.getClass().getSimpleName();
            throw new ConfigException("cannot write to " + out + ": " + reason, e);
        }
        if (!common.quiet()) {
            double seconds = (System.nanoTime() - start) / 1e9;
            System.err.printf(Locale.ROOT, "generated %d records (%.1f M chars of text) in %.1f s to %s; labelled records: %s%n",
                    stats.records(), stats.textChars() / 1e6, seconds, out, stats.labelledRecordsPerCategory());
        }
        return Main.EXIT_OK;
    }
}
