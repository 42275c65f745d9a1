package dev.corpusaudit.redact;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corpusaudit.ingest.CorpusReader;
import dev.corpusaudit.ingest.CsvReader;
import dev.corpusaudit.ingest.FieldMapping;
import dev.corpusaudit.ingest.JsonArrayReader;
import dev.corpusaudit.ingest.RecordHandler;
import dev.corpusaudit.ingest.Rejection;
import dev.corpusaudit.ingest.TextEncoding;
import dev.corpusaudit.model.CategoryPattern;
import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.model.CorpusRecord;
import dev.corpusaudit.model.FileDigest;
import dev.corpusaudit.model.InputException;
import dev.corpusaudit.model.Json;
import dev.corpusaudit.report.AtomicFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a cleaned copy of a scanned corpus: records with findings of a category to drop are left out, findings of
 * a category to mask are replaced by {@code [REDACTED:category]}, and everything else passes as it was. Writes
 * {@code redaction-log.jsonl} and {@link #SUMMARY} beside the copy.
 *
 * <p>Reads the input twice. The first pass is the scan's own reader ({@link CorpusReader}), so that exactly the
 * records the scan checked are known (by file and line); what the scan rejected was never checked and is dropped.
 * The second pass copies the files, keeping their structure: JSON Lines byte for byte except the masked values,
 * CSV with the same columns, {@code .txt} files one by one. The corpus is streamed; only the findings are held.
 */
public final class Redactor {
    public static final String SUMMARY = "redaction-summary.json";

    private final RedactionPlan plan;
    private final FieldMapping mapping;
    private final int maxRecordChars;
    private final Charset encoding;

    /**
     * @param maxRecordChars the limit the scan used (its {@code --max-record-chars}), so the same records count
     * @param encoding       the encoding the scan read files without a byte-order mark in (its {@code --encoding});
     *                       the copy is written in UTF-8
     */
    public Redactor(RedactionPlan plan, FieldMapping mapping, int maxRecordChars, Charset encoding) {
        this.plan = plan;
        this.mapping = mapping;
        this.maxRecordChars = maxRecordChars;
        this.encoding = encoding;
    }

    /** What a run wrote, and what a person should look at. */
    public record Result(RedactionSummary summary, Path out) {
    }

    /**
     * Redacts the inputs into {@code outDir}: each input file under its own name (a folder under its name, with the
     * same relative paths), {@code .gz} staying gzipped.
     *
     * @throws ConfigException when the findings are not a findings file, or belong to none of the input's records
     * @throws InputException  when an input or the findings cannot be read
     */
    public Result run(List<Path> inputs, Path findingsFile, Path outDir) throws IOException, InterruptedException {
        Map<Path, Path> outputs = outputs(inputs, outDir);
        FindingMarks marks = FindingMarks.load(findingsFile, plan, mapping);
        Files.createDirectories(outDir);
        try (RedactionLog log = RedactionLog.open(outDir)) {
            Map<String, BitSet> scanned = new HashMap<>();
            CorpusReader.Result read = new CorpusReader(mapping, maxRecordChars, encoding).read(inputs, new RecordHandler() {
                @Override
                public void record(CorpusRecord record) {
                    scanned.computeIfAbsent(record.origin().file(), f -> new BitSet())
                            .set(Math.toIntExact(record.origin().line()));
                    marks.of(record.id());
                }

                @Override
                public void problem(Rejection rejection) {
                    if (rejection.isRejected()) {
                        try {
                            log.notScanned(rejection);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }
            });
            List<String> warnings = checkFindingsFit(marks, findingsFile, read.files());
            RecordRedactor redactor = (id, origin, fields) -> {
                Redaction redaction = Redaction.decide(marks.of(id), fields);
                try {
                    log.record(id, origin, redaction);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return redaction;
            };
            for (Path input : inputs) {
                if (Files.isDirectory(input) || isText(input)) {
                    copyText(input, outputs.get(input), scanned, redactor);
                } else {
                    copyFile(input, outputs.get(input), scanned.getOrDefault(input.toString(), new BitSet()), redactor);
                }
            }
            long readCount = read.accepted() + read.rejected();
            if (readCount != log.kept() + log.masked() + log.dropped()) {
                throw new IllegalStateException("redact lost count: " + readCount + " records read, "
                        + (log.kept() + log.masked() + log.dropped()) + " kept, masked or dropped");
            }
            RedactionSummary summary = new RedactionSummary(findingsFile.toString(), read.files(), texts(plan.drop()),
                    texts(plan.mask()), plan.minConfidence(),
                    new RedactionSummary.Records(readCount, log.kept(), log.masked(), log.dropped()),
                    log.droppedByReason(), log.droppedByCategory(), log.maskedSpansByCategory(),
                    new RedactionSummary.FindingCounts(marks.findings(), marks.belowConfidence(),
                            marks.leftByCategory(), marks.unseenFindings()),
                    warnings);
            log.commit();
            AtomicFile.write(outDir.resolve(SUMMARY), out -> Json.PRETTY.writeValue(out, summary));
            return new Result(summary, outDir);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Fails when no record id of the findings is in the input (another corpus's findings, or another --map); warns
     * when some are not, or when an input is not among the files the scan hashed (its summary.json, when beside).
     */
    private static List<String> checkFindingsFit(FindingMarks marks, Path findingsFile, List<FileDigest> inputs)
            throws IOException {
        long unseen = marks.unseenRecordIds();
        if (marks.recordIds() > 0 && unseen == marks.recordIds()) {
            throw new ConfigException("none of the " + marks.recordIds() + " record ids in " + findingsFile
                    + " is in the input: these findings are of another corpus (or the scan used another --map)");
        }
        List<String> warnings = new ArrayList<>();
        if (unseen > 0) {
            warnings.add(String.format(Locale.ROOT, "%d of the %d record ids with findings (%d findings) are not in "
                    + "the input: was the scan run on other files?", unseen, marks.recordIds(), marks.unseenFindings()));
        }
        Path scanSummary = findingsFile.resolveSibling("summary.json");
        if (Files.isReadable(scanSummary)) {
            Set<String> hashes = new HashSet<>();
            for (JsonNode file : Json.MAPPER.readTree(scanSummary.toFile()).path("input_files")) {
                hashes.add(file.path("sha256").asText());
            }
            for (FileDigest input : inputs) {
                if (!hashes.contains(input.sha256())) {
                    warnings.add(input.path() + " is not among the files the scan read (no input in " + scanSummary
                            + " has its SHA-256): the findings may not fit it");
                }
            }
        }
        return warnings;
    }

    /** JSON Lines or CSV: read as the scan reads it, written with the same structure. */
    private void copyFile(Path input, Path output, BitSet scanned, RecordRedactor redactor) throws IOException {
        String name = input.toString();
        boolean gzip = isGzip(input);
        boolean csv = CsvReader.isCsv(baseName(input));
        long met;
        try (AtomicFile file = AtomicFile.open(output)) {
            try (InputStream in = open(input, gzip)) {
                if (!csv && JsonArrayReader.isArray(in)) {
                    throw new InputException(name + ": a JSON array; redact writes JSON Lines and CSV only: convert"
                            + " it first (jq -c '.[]' " + name + " > " + name + "l) and scan and redact that");
                }
                OutputStream out = gzip ? new GZIPOutputStream(file.stream(), 1 << 16) : file.stream();
                met = csv ? CsvRewriter.rewrite(in, out, name, mapping.inputName("id"), scanned, redactor)
                        : JsonlRewriter.rewrite(in, out, name, CorpusReader.maxLineBytes(maxRecordChars), mapping,
                        scanned, redactor);
                if (out instanceof GZIPOutputStream gz) {
                    gz.finish();
                }
            }
            requireSameRecords(name, met, scanned.cardinality());
            file.commit();
        }
    }

    /**
     * A folder of {@code .txt} files, or one: read again with the scan's reader (one record a file), and each record
     * the first pass accepted written to its own file, masked; dropped records leave no file.
     */
    private void copyText(Path input, Path output, Map<String, BitSet> scanned, RecordRedactor redactor)
            throws IOException, InterruptedException {
        String textField = mapping.inputName("text");
        Map<String, Long> met = new LinkedHashMap<>();
        new CorpusReader(mapping, maxRecordChars, encoding).read(List.of(input), new RecordHandler() {
            @Override
            public void record(CorpusRecord record) {
                String name = record.origin().file();
                if (!scanned.getOrDefault(name, new BitSet()).get(0)) {
                    return; // the first pass rejected it (a duplicate id of another input)
                }
                met.merge(name, 1L, Long::sum);
                Redaction redaction = redactor.redact(record.id(), record.origin(), Map.of(textField, record.text()));
                if (redaction.action() == Redaction.Action.DROPPED) {
                    return;
                }
                Path target = Files.isDirectory(input) ? output.resolve(input.relativize(Path.of(name))) : output;
                String text = redaction.newValues().getOrDefault(textField, record.text());
                try {
                    AtomicFile.write(target, out -> {
                        OutputStream o = isGzip(target) ? new GZIPOutputStream(out) : out;
                        o.write(text.getBytes(StandardCharsets.UTF_8));
                        if (o instanceof GZIPOutputStream gz) {
                            gz.finish();
                        }
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void problem(Rejection rejection) {
                // logged by the first pass
            }
        });
        for (Map.Entry<String, BitSet> file : scanned.entrySet()) {
            if (file.getKey().equals(input.toString()) || isUnder(file.getKey(), input)) {
                requireSameRecords(file.getKey(), met.getOrDefault(file.getKey(), 0L), file.getValue().cardinality());
            }
        }
    }

    private static boolean isUnder(String name, Path folder) {
        return Files.isDirectory(folder) && Path.of(name).startsWith(folder);
    }

    /** Both passes must see the same records; otherwise the file changed in between. */
    private static void requireSameRecords(String file, long met, long scanned) {
        if (met != scanned) {
            throw new InputException(file + ": " + scanned + " records on the first read, " + met
                    + " on the second: did the file change while it was redacted?");
        }
    }

    /**
     * Where each input's copy goes: the file's name (or the folder's) under {@code outDir}. Refuses to write over an
     * input, into a folder input, or two inputs to one name.
     */
    private static Map<Path, Path> outputs(List<Path> inputs, Path outDir) {
        Path out = outDir.toAbsolutePath().normalize();
        Map<Path, Path> outputs = new LinkedHashMap<>();
        Set<Path> taken = new HashSet<>(Set.of(out.resolve(RedactionLog.FILE), out.resolve(SUMMARY)));
        for (Path input : inputs) {
            Path absolute = input.toAbsolutePath().normalize();
            if (absolute.getFileName() == null) {
                throw new ConfigException("cannot name the copy of input " + input + "; give a file or a folder");
            }
            if (Files.isDirectory(absolute) && out.startsWith(absolute)) {
                throw new ConfigException("--out " + outDir + " is inside the input folder " + input);
            }
            Path target = out.resolve(absolute.getFileName().toString());
            if (!taken.add(target)) {
                throw new ConfigException("two inputs would be copied to " + target + "; redact them one at a time");
            }
            if (inputs.stream().anyMatch(i -> i.toAbsolutePath().normalize().equals(target))) {
                throw new ConfigException("--out " + outDir + " would overwrite the input " + input);
            }
            outputs.put(input, target);
        }
        return outputs;
    }

    /** The input's text as the scan reads it: decompressed, and UTF-8 without a byte-order mark ({@link TextEncoding}). */
    private InputStream open(Path input, boolean gzip) throws IOException {
        InputStream raw = Files.newInputStream(input);
        InputStream in = raw;
        if (gzip) {
            try {
                in = new GZIPInputStream(raw, 1 << 16);
            } catch (IOException e) {
                raw.close();
                throw new InputException(input + ": not a gzip file (" + e.getMessage() + ")");
            }
        }
        return TextEncoding.toUtf8(in, encoding);
    }

    private static boolean isText(Path input) {
        return baseName(input).endsWith(".txt");
    }

    private static boolean isGzip(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    private static String baseName(Path path) {
        String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
    }

    private static List<String> texts(List<CategoryPattern> patterns) {
        return patterns.stream().map(CategoryPattern::text).toList();
    }
}
