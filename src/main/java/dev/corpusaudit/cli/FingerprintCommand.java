package dev.corpusaudit.cli;

import dev.corpusaudit.provenance.MessageFingerprints;
import dev.corpusaudit.report.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@code corpus-audit fingerprint}: turns reference private messages into fingerprints, so that the party holding
 * the messages can give an auditor what {@code scan --messages} needs without their text.
 */
@Command(name = "fingerprint", mixinStandardHelpOptions = true,
        description = "Write the fingerprints of private messages (JSONL id, text) for 'scan --messages', without "
                + "their text: salted hashes of word 3-grams.",
        footer = {"", "Example:",
                "  corpus-audit fingerprint --messages dms.jsonl --out dms.fingerprints.jsonl",
                "  corpus-audit scan corpus.jsonl --messages dms.fingerprints.jsonl --out reports/audit"})
public final class FingerprintCommand implements java.util.concurrent.Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--messages", required = true, paramLabel = "FILE.jsonl",
            description = "Private messages, one JSON object a line with id and text.")
    Path messages;

    @Option(names = "--out", required = true, paramLabel = "FILE.jsonl", description = "Where the fingerprints go.")
    Path out;

    @Override
    public Integer call() throws Exception {
        int[] count = {0};
        AtomicFile.write(out, stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            count[0] = MessageFingerprints.writeFingerprints(messages, writer);
            writer.flush();
        });
        if (!common.quiet()) {
            System.err.printf("%,d messages fingerprinted into %s%n", count[0], out);
        }
        return Main.EXIT_OK;
    }
}
