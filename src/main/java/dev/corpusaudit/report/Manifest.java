package dev.corpusaudit.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.corpusaudit.model.AuditSummary;
import dev.corpusaudit.model.FileDigest;
import dev.corpusaudit.model.Json;
import dev.corpusaudit.model.ToolInfo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code manifest.json}: proof of what was scanned and produced. The tool version, the ruleset and its SHA-256,
 * every input with its SHA-256 and size, every output file of the report folder (the index included) likewise, and
 * when the scan started and ended.
 */
public final class Manifest {
    public static final String FILE = "manifest.json";

    /**
     * The manifest's content.
     *
     * @param inputs  every input as the scan named it (relative to the folder the scan ran in, or absolute)
     * @param outputs every file of the report folder, relative to it, with {@code /} as separator
     */
    @JsonPropertyOrder({"tool", "tool_version", "ruleset", "started_at", "finished_at", "inputs", "outputs"})
    public record Content(String tool, @JsonProperty("tool_version") String toolVersion, AuditSummary.RulesetInfo ruleset,
                   @JsonProperty("started_at") String startedAt, @JsonProperty("finished_at") String finishedAt,
                   List<FileDigest> inputs, List<FileDigest> outputs) {
    }

    private Manifest() {
    }

    /**
     * Hashes every file under {@code out} (but the manifest and its signature) and writes the manifest there. A
     * signature of an earlier manifest is removed: it cannot fit the new one.
     */
    public static void write(Path out, AuditSummary.RulesetInfo ruleset, List<FileDigest> inputs, Instant started)
            throws IOException {
        Files.deleteIfExists(out.resolve(ManifestSignature.FILE));
        List<FileDigest> outputs = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = out.relativize(file).toString().replace('\\', '/');
                if (!relative.equals(FILE) && !file.getFileName().toString().endsWith(".tmp")) {
                    outputs.add(FileDigest.of(file, relative));
                }
            }
        }
        Content content = new Content(ToolInfo.NAME, ToolInfo.VERSION, ruleset, started.toString(),
                Instant.now().toString(), inputs, outputs);
        AtomicFile.write(out.resolve(FILE), stream -> Json.PRETTY.writeValue(stream, content));
    }

    /**
     * Hashes the outputs of a report folder again after its reports were rewritten ({@code corpus-audit report}),
     * keeping the inputs and the start time the scan recorded.
     */
    public static void refresh(Path reportDir) throws IOException {
        Content old = read(reportDir);
        write(reportDir, old.ruleset(), old.inputs(), Instant.parse(old.startedAt()));
    }

    /** Reads the manifest of a report folder back. */
    public static Content read(Path reportDir) throws IOException {
        return Json.MAPPER.readValue(reportDir.resolve(FILE).toFile(), Content.class);
    }

}
