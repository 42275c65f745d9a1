package dev.corpusaudit.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corpusaudit.model.AuditSummary;
import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.model.ExposedMember;
import dev.corpusaudit.model.Finding;
import dev.corpusaudit.model.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A scan's report folder read back, so that {@code corpus-audit report} can write the reports again (with an
 * {@code eval} result, say) without scanning: {@code summary.json}, {@code members.json} and {@code findings.jsonl},
 * streamed.
 */
public final class ReportFolder {
    public static final String FINDINGS = "findings.jsonl";
    public static final String SUMMARY = "summary.json";
    public static final String MEMBERS = "members.json";
    public static final String REJECTED = "rejected.jsonl";

    private final Path dir;
    private final AuditSummary summary;
    private final List<ExposedMember> mostExposed;

    private ReportFolder(Path dir, AuditSummary summary, List<ExposedMember> mostExposed) {
        this.dir = dir;
        this.summary = summary;
        this.mostExposed = mostExposed;
    }

    /** Reads the folder's summary and members; a missing or unreadable file is a {@link ConfigException}. */
    public static ReportFolder open(Path dir) throws IOException {
        for (String name : List.of(SUMMARY, FINDINGS)) {
            if (!Files.isRegularFile(dir.resolve(name))) {
                throw new ConfigException(dir + " is not a report folder: no " + name);
            }
        }
        AuditSummary summary;
        try {
            summary = Json.MAPPER.readValue(dir.resolve(SUMMARY).toFile(), AuditSummary.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new ConfigException(dir.resolve(SUMMARY) + ": not a summary of this tool version ("
                    + e.getOriginalMessage() + ")", e);
        }
        List<ExposedMember> members = new ArrayList<>();
        Path membersFile = dir.resolve(MEMBERS);
        if (Files.isRegularFile(membersFile)) {
            JsonNode listed = Json.MAPPER.readTree(membersFile.toFile()).get("most_exposed");
            if (listed != null) {
                for (JsonNode m : listed) {
                    members.add(Json.MAPPER.treeToValue(m, ExposedMember.class));
                }
            }
        }
        return new ReportFolder(dir, summary, List.copyOf(members));
    }

    public Path dir() {
        return dir;
    }

    public AuditSummary summary() {
        return summary;
    }

    public List<ExposedMember> mostExposed() {
        return mostExposed;
    }

    public Path rejected() {
        return dir.resolve(REJECTED);
    }

    /** The findings, streamed from {@code findings.jsonl} (see {@link FindingsFile#read}). */
    public Iterable<Finding> findings() {
        return FindingsFile.read(dir.resolve(FINDINGS));
    }
}
