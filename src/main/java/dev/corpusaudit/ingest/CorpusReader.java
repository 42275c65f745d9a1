package dev.corpusaudit.ingest;

import dev.corpusaudit.model.CorpusRecord;
import dev.corpusaudit.model.FileDigest;
import dev.corpusaudit.model.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Streams the records of the scan's inputs: JSON Lines ({@code .jsonl}, {@code .ndjson}, {@code .json}), CSV with a
 * header ({@code .csv}, {@code .tsv}), each optionally gzipped ({@code .gz}), and folders of {@code .txt} files (one
 * record each, id = path relative to the folder), in UTF-8 or, with its byte-order mark, UTF-16 or UTF-32, or in
 * an encoding the user names ({@link TextEncoding}). Hashes every file as it reads it (its bytes on disk), so
 * inputs are read once.
 */
public final class CorpusReader {
    private final FieldMapping mapping;
    private final int maxRecordChars;
    private final Charset encoding;
    private final AtomicLong bytesRead;

    /**
     * @param encoding  the files' encoding where they have no byte-order mark ({@code --encoding}; UTF-8 by default)
     * @param bytesRead counts the input bytes read so far (on disk, before decompression), for progress
     */
    public CorpusReader(FieldMapping mapping, int maxRecordChars, Charset encoding, AtomicLong bytesRead) {
        this.mapping = mapping;
        this.maxRecordChars = maxRecordChars;
        this.encoding = encoding;
        this.bytesRead = bytesRead;
    }

    public CorpusReader(FieldMapping mapping, int maxRecordChars, Charset encoding) {
        this(mapping, maxRecordChars, encoding, new AtomicLong());
    }

    /** What a read produced, besides the records: the files with their hashes, and the counts. */
    public record Result(List<FileDigest> files, long accepted, long rejected, long flagged) {
    }

    /**
     * Reads all inputs in order.
     *
     * @throws InputException when an input does not exist or cannot be opened
     */
    public Result read(List<Path> inputs, RecordHandler handler) throws InterruptedException {
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new InputException("input not found: " + input);
            }
            if (!Files.isReadable(input)) {
                throw new InputException("input not readable: " + input);
            }
        }
        RecordAssembler assembler = new RecordAssembler(mapping, maxRecordChars, handler);
        List<FileDigest> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                readFolder(input, assembler, files);
            } else {
                files.add(readFile(input, input.toString(), input.toString(), assembler));
            }
        }
        return new Result(List.copyOf(files), assembler.accepted(), assembler.rejected(), assembler.flagged());
    }

    private FileDigest readFile(Path path, String name, String textRecordId, RecordAssembler assembler)
            throws InterruptedException {
        String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gzip = lower.endsWith(".gz");
        String base = gzip ? lower.substring(0, lower.length() - 3) : lower;
        MessageDigest sha = FileDigest.newSha256();
        long[] size = new long[1];
        JsonlReader.LineCounter counter = new JsonlReader.LineCounter();
        try (InputStream raw = new HashingInputStream(Files.newInputStream(path), sha, size, bytesRead)) {
            InputStream in = raw;
            if (gzip) {
                try {
                    in = new GZIPInputStream(raw, 1 << 16);
                } catch (ZipException e) {
                    throw new InputException(name + ": not a gzip file (" + e.getMessage() + ")");
                }
            }
            in = TextEncoding.toUtf8(in, encoding);
            if (CsvReader.isCsv(base)) {
                new CsvReader(assembler, mapping).read(in, name, counter);
            } else if (base.endsWith(".txt")) {
                readText(in, name, textRecordId, assembler);
            } else if (JsonArrayReader.isArray(in)) {
                new JsonArrayReader(assembler, mapping).read(in, name, counter);
            } else {
                new JsonlReader(assembler, mapping, maxLineBytes(maxRecordChars)).read(in, name, counter);
            }
            in.transferTo(OutputStream.nullOutputStream()); // hash what the reader did not need
        } catch (NoSuchFileException e) {
            throw new InputException("input not found: " + name);
        } catch (IOException e) {
            // A file that breaks part-way (truncated gzip, disk error): keep what was read, account for the rest.
            assembler.reject(new CorpusRecord.Origin(name, counter.line + 1), null,
                    "file could not be read past this point: " + e.getMessage());
        }
        return new FileDigest(name, FileDigest.hex(sha), size[0]);
    }

    private void readFolder(Path folder, RecordAssembler assembler, List<FileDigest> files) throws InterruptedException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new InputException("folder not readable: " + folder + " (" + e.getMessage() + ")");
        }
        for (Path path : paths) {
            String relative = folder.relativize(path).toString().replace('\\', '/');
            String name = folder.resolve(relative).toString();
            if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
                assembler.reject(new CorpusRecord.Origin(name, 0), null, "not a .txt file; a folder input holds .txt records only");
                continue;
            }
            files.add(readFile(path, name, relative, assembler));
        }
    }

    private void readText(InputStream in, String name, String recordId, RecordAssembler assembler)
            throws IOException, InterruptedException {
        byte[] bytes = in.readNBytes(maxRecordChars * 4 + 1);
        CorpusRecord.Origin origin = new CorpusRecord.Origin(name, 0);
        if (bytes.length > maxRecordChars * 4) {
            assembler.reject(origin, null, "file is over --max-record-chars " + maxRecordChars);
            return;
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        boolean replaced = false;
        String text;
        try {
            text = decoder.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            text = new String(bytes, StandardCharsets.UTF_8);
            replaced = true;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(mapping.inputName("id"), recordId);
        fields.put(mapping.inputName("text"), text);
        assembler.offer(fields, origin, replaced);
    }

    /** The longest JSON line read for this text limit; longer lines are rejected unparsed. */
    public static int maxLineBytes(int maxRecordChars) {
        // JSON escapes and UTF-8 make a line longer than its text; leave room, but bound it.
        return (int) Math.min(Integer.MAX_VALUE - 16, (long) maxRecordChars * 6 + 65_536);
    }

    /** Hashes and counts the raw bytes of a file as they are read. */
    private static final class HashingInputStream extends java.io.FilterInputStream {
        private final MessageDigest digest;
        private final long[] count;
        private final AtomicLong total;

        HashingInputStream(InputStream in, MessageDigest digest, long[] count, AtomicLong total) {
            super(in);
            this.digest = digest;
            this.count = count;
            this.total = total;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                digest.update((byte) b);
                count[0]++;
                total.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                digest.update(b, off, n);
                count[0] += n;
                total.addAndGet(n);
            }
            return n;
        }
    }

}
