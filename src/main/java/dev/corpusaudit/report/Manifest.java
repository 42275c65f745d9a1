package dev.corpusaudit.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.corpusaudit.ingest.InputFile;
import dev.corpusaudit.model.AuditSummary;
import dev.corpusaudit.model.Json;
import dev.corpusaudit.model.ToolInfo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code manifest.json}: proof of what was scanned and produced. The tool version, the ruleset and its SHA-256,
 * every input with its SHA-256 and size, every output file of the report folder (the index included) likewise, and
 * when the scan started and ended.
 */
public final class Manifest {
    public static final String FILE = "manifest.json";

    @JsonPropertyOrder({"tool", "tool_version", "ruleset", "started_at", "finished_at", "inputs", "outputs"})
    record Content(String tool, @JsonProperty("tool_version") String toolVersion, AuditSummary.RulesetInfo ruleset,
                   @JsonProperty("started_at") String startedAt, @JsonProperty("finished_at") String finishedAt,
                   List<InputFile> inputs, List<InputFile> outputs) {
    }

    private Manifest() {
    }

    /** Hashes every file under {@code out} (but the manifest itself) and writes the manifest there. */
    public static void write(Path out, AuditSummary.RulesetInfo ruleset, List<InputFile> inputs, Instant started)
            throws IOException {
        List<InputFile> outputs = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = out.relativize(file).toString().replace('\\', '/');
                if (!relative.equals(FILE) && !file.getFileName().toString().endsWith(".tmp")) {
                    outputs.add(new InputFile(relative, sha256(file), Files.size(file)));
                }
            }
        }
        Content content = new Content(ToolInfo.NAME, ToolInfo.VERSION, ruleset, started.toString(),
                Instant.now().toString(), inputs, outputs);
        AtomicFile.write(out.resolve(FILE), stream -> Json.PRETTY.writeValue(stream, content));
    }

    /** The SHA-256 of a file, in lower-case hex. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                digest.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
